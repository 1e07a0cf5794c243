using System;
using System.Collections.Generic;
using System.IO;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Utility;

namespace Rkaskpd.Html;

/// <summary>Writes the before and after values of a perubahan (amended budget) form for <see cref="RkaHtmlWriter"/>:
/// a before row and a difference row around the year-n amount, and a rincian table with Sebelum Perubahan and Setelah
/// Perubahan column groups, the difference and the penjelasan.</summary>
internal static class PerubahanHtmlWriter
{
    /// <summary>Writes the before row of a year-n amount with perubahan values (nothing otherwise).</summary>
    public static void WriteSebelum(TextWriter writer, AmountRow? row)
    {
        if (row?.Perubahan is not { } p)
        {
            return;
        }

        WriteRow(writer, p.SebelumLabel.Length > 0 ? p.SebelumLabel : "Jumlah Anggaran Sebelum Perubahan",
            p.Sebelum is { } amount ? "Rp " + amount.ToString() : p.SebelumText, p.SebelumTerbilang);
    }

    /// <summary>Writes the difference row of a year-n amount with perubahan values (nothing otherwise).</summary>
    public static void WriteSelisih(TextWriter writer, AmountRow? row)
    {
        if (row?.Perubahan is not { } p || (p.Selisih is null && p.SelisihText is null))
        {
            return;
        }

        WriteRow(writer, p.SelisihLabel.Length > 0 ? p.SelisihLabel : "Bertambah/(Berkurang)",
            p.Selisih is { } amount ? "Rp " + amount.ToString() : p.SelisihText, string.Empty);
    }

    /// <summary>Writes the rincian table of a form whose lines have before values; false (nothing written) otherwise.</summary>
    public static bool TryWriteRincian(TextWriter writer, RkaForm form)
    {
        IReadOnlyList<RincianLine> lines = form.Rincian;
        if (!PerubahanTextWriter.HasRincianColumns(lines))
        {
            return false;
        }

        writer.Write("<div class=\"caption\">RINCIAN PERUBAHAN ANGGARAN BELANJA LANGSUNG MENURUT PROGRAM DAN PER KEGIATAN</div>\n");
        bool sipd = PerubahanTextWriter.HasSipdColumns(lines);
        string group = sipd
            ? "<col style=\"width:7%\"><col style=\"width:5%\"><col style=\"width:8%\"><col style=\"width:3.5%\"><col style=\"width:9%\">"
            : "<col style=\"width:5%\"><col style=\"width:6%\"><col style=\"width:10%\"><col style=\"width:10.5%\">";
        writer.Write("<table class=\"section-table perubahan\"><colgroup><col style=\"width:8%\"><col>");
        writer.Write(group);
        writer.Write(group);
        writer.Write(sipd ? "<col style=\"width:9%\"><col style=\"width:7%\"></colgroup>\n<thead><tr><th colspan=\"14\" class=\"repeat\">Kegiatan "
            : "<col style=\"width:10.5%\"><col style=\"width:8%\"></colgroup>\n<thead><tr><th colspan=\"12\" class=\"repeat\">Kegiatan ");
        HtmlText.Write(writer, form.KegiatanCodeText);
        writer.Write(' ');
        HtmlText.Write(writer, form.Header.Kegiatan.Name);
        string span = sipd ? "5" : "4";
        writer.Write("</th></tr>\n<tr><th rowspan=\"2\">Kode Rekening</th><th rowspan=\"2\">Uraian</th><th colspan=\"");
        writer.Write(span);
        writer.Write("\">Sebelum Perubahan</th><th colspan=\"");
        writer.Write(span);
        writer.Write("\">Setelah Perubahan</th><th rowspan=\"2\">Bertambah/ (Berkurang)</th><th rowspan=\"2\">Penjelasan</th></tr>\n<tr>");
        string columns = sipd
            ? "<th>Koefisien</th><th>Satuan</th><th>Harga</th><th>PPN</th><th>Jumlah</th>"
            : "<th>Volume</th><th>Satuan</th><th>Harga Satuan</th><th>Jumlah</th>";
        writer.Write(columns);
        writer.Write(columns);
        writer.Write("</tr></thead>\n<tbody>\n");
        foreach (RincianLine line in lines)
        {
            RincianPerubahan? before = line.Perubahan;
            writer.Write(line.IsRekening ? "<tr class=\"rekening\"><td>" : "<tr><td>");
            HtmlText.Write(writer, line.KodeRekening);
            writer.Write("</td><td>");
            HtmlText.Write(writer, line.Uraian);
            writer.Write("</td>");
            WriteGroup(writer, sipd, RincianGroupCells.Before(line));
            WriteGroup(writer, sipd, RincianGroupCells.After(line));
            writer.Write("<td class=\"num\">");
            HtmlText.Write(writer, before?.Selisih?.ToString());
            writer.Write("</td><td>");
            HtmlText.Write(writer, before?.Penjelasan);
            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
        return true;
    }

    private static void WriteRow(TextWriter writer, string label, string? amount, string terbilang)
    {
        writer.Write("<tr><td>");
        HtmlText.Write(writer, label);
        writer.Write("</td><td class=\"colon\">:</td><td class=\"amount\">");
        HtmlText.Write(writer, amount);
        writer.Write("</td><td class=\"terbilang\">");
        if (terbilang.Length > 0)
        {
            writer.Write('(');
            HtmlText.Write(writer, terbilang);
            writer.Write(')');
        }

        writer.Write("</td></tr>\n");
    }

    /// <summary>Writes one column group: the volume (in SIPD's columns the koefisien where there is one), satuan,
    /// harga satuan, the PPN rate in SIPD's columns, and jumlah.</summary>
    private static void WriteGroup(TextWriter writer, bool sipd, RincianGroupCells group)
    {
        writer.Write("<td class=\"num\">");
        HtmlText.Write(writer, sipd && group.Koefisien is not null ? group.Koefisien
            : group.Volume is { } volume ? IndonesianNumber.Format(volume) : null);
        writer.Write("</td><td>");
        HtmlText.Write(writer, group.Satuan);
        writer.Write("</td><td class=\"num\">");
        HtmlText.Write(writer, group.Harga?.ToString());
        if (sipd)
        {
            writer.Write("</td><td class=\"num\">");
            HtmlText.Write(writer, group.Ppn is { } rate ? IndonesianNumber.Format(rate) + "%" : null);
        }

        writer.Write("</td><td class=\"num\">");
        HtmlText.Write(writer, group.Jumlah?.ToString());
        writer.Write("</td>");
    }
}
