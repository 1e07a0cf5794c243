using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Rkaskpd.Forms;
using static Rkaskpd.Text.MarkdownText;
using static Rkaskpd.Text.RkaMarkdownWriter;

namespace Rkaskpd.Text;

/// <summary>Writes the before and after values of a perubahan (amended budget) form for <see cref="RkaMarkdownWriter"/>:
/// two more rows in the amounts table (before, and the difference) and a rincian table with Sebelum and Setelah
/// columns, the difference and the penjelasan.</summary>
internal static class PerubahanMarkdownWriter
{
    /// <summary>Writes the before and difference rows after the year-n row.</summary>
    public static void WriteAmountRows(AmountPerubahan perubahan, TextWriter writer)
    {
        Span<char> buffer = stackalloc char[64];
        writer.Write("| n (sebelum perubahan) | ");
        WriteCell(perubahan.SebelumLabel.Length > 0 ? perubahan.SebelumLabel : "Jumlah Anggaran Sebelum Perubahan", writer);
        writer.Write(" | ");
        WriteAmount(perubahan.Sebelum, perubahan.SebelumText, buffer, writer);
        writer.Write(" | ");
        WriteCell(perubahan.SebelumTerbilang, writer);
        writer.Write(" |\n");
        if (perubahan.SelisihText is not null || perubahan.Selisih is not null)
        {
            writer.Write("| n (bertambah/(berkurang)) | ");
            WriteCell(perubahan.SelisihLabel.Length > 0 ? perubahan.SelisihLabel : "Bertambah/(Berkurang)", writer);
            writer.Write(" | ");
            WriteAmount(perubahan.Selisih, perubahan.SelisihText ?? string.Empty, buffer, writer);
            writer.Write(" |  |\n");
        }
    }

    /// <summary>Whether any line has before values.</summary>
    public static bool HasColumns(IReadOnlyList<RincianLine> lines) => PerubahanTextWriter.HasRincianColumns(lines);

    /// <summary>Writes the rincian table with the before and after groups; when a line, before or after the amendment,
    /// has a koefisien or a PPN rate, each group has SIPD's columns (koefisien, satuan, harga, PPN, jumlah).</summary>
    public static void WriteRincian(IReadOnlyList<RincianLine> lines, TextWriter writer)
    {
        bool sipd = PerubahanTextWriter.HasSipdColumns(lines);
        writer.Write(sipd
            ? "### Rincian Belanja\n\n| Kode Rekening | Uraian | Koefisien Sebelum | Satuan Sebelum | Harga Sebelum (Rp) | PPN Sebelum "
                + "| Jumlah Sebelum (Rp) | Koefisien Setelah | Satuan Setelah | Harga Setelah (Rp) | PPN Setelah | Jumlah Setelah (Rp) "
                + "| Bertambah/(Berkurang) (Rp) | Penjelasan |\n|---|---|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|\n"
            : "### Rincian Belanja\n\n| Kode Rekening | Uraian | Volume Sebelum | Satuan Sebelum | Harga Satuan Sebelum (Rp) "
                + "| Jumlah Sebelum (Rp) | Volume Setelah | Satuan Setelah | Harga Satuan Setelah (Rp) | Jumlah Setelah (Rp) "
                + "| Bertambah/(Berkurang) (Rp) | Penjelasan |\n|---|---|---:|---|---:|---:|---:|---|---:|---:|---:|---|\n");
        Span<char> buffer = stackalloc char[64];
        foreach (RincianLine line in lines)
        {
            RincianPerubahan? before = line.Perubahan;
            writer.Write("| ");
            WriteCell(line.KodeRekening ?? string.Empty, writer);
            writer.Write(" | ");
            WriteCell(line.Uraian, writer);
            WriteGroup(RincianGroupCells.Before(line), sipd, buffer, writer);
            WriteGroup(RincianGroupCells.After(line), sipd, buffer, writer);
            writer.Write(" | ");
            WriteRupiah(before?.Selisih, buffer, writer);
            writer.Write(" | ");
            WriteCell(before?.Penjelasan ?? string.Empty, writer);
            writer.Write(" |\n");
        }

        writer.Write('\n');
    }

    private static void WriteAmount(Rupiah? amount, string text, Span<char> buffer, TextWriter writer)
    {
        if (amount is Rupiah value && value.TryFormat(buffer, out int written, "G"))
        {
            writer.Write(buffer[..written]);
        }
        else
        {
            WriteCell(text, writer);
        }
    }

    /// <summary>Writes one column group's cells: the volume (in SIPD's columns the koefisien where there is one),
    /// satuan, harga satuan, the PPN rate in SIPD's columns, and jumlah.</summary>
    private static void WriteGroup(RincianGroupCells group, bool sipd, Span<char> buffer, TextWriter writer)
    {
        writer.Write(" | ");
        if (sipd && group.Koefisien is not null)
        {
            WriteCell(group.Koefisien, writer);
        }
        else if (group.Volume is decimal v)
        {
            writer.Write(v.ToString(CultureInfo.InvariantCulture).Replace('.', ','));
        }

        writer.Write(" | ");
        WriteCell(group.Satuan ?? string.Empty, writer);
        writer.Write(" | ");
        WriteRupiah(group.Harga, buffer, writer);
        if (sipd)
        {
            writer.Write(" | ");
            if (group.Ppn is decimal ppn)
            {
                writer.Write(ppn.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ','));
                writer.Write('%');
            }
        }

        writer.Write(" | ");
        WriteRupiah(group.Jumlah, buffer, writer);
    }
}
