using System;
using System.Collections.Generic;
using System.IO;
using Rkaskpd.Forms;
using static Rkaskpd.Text.RkaTextWriter;

namespace Rkaskpd.Text;

/// <summary>Writes the before and after columns of a perubahan (amended budget) form for <see cref="RkaTextWriter"/>,
/// in the layout <see cref="RkaTextReader"/> reads back: the Sebelum, Setelah and Bertambah/(Berkurang) amount rows,
/// the indicator table with Sebelum and Setelah columns, and the rincian table with its before and after groups.</summary>
internal static class PerubahanTextWriter
{
    private const string SebelumLabel = "Jumlah Anggaran Sebelum Perubahan";
    private const string SelisihLabel = "Bertambah/(Berkurang)";
    private const string IndicatorTableHeader = "Indikator\tTolok Ukur Kinerja Sebelum Perubahan\tTolok Ukur Kinerja Setelah Perubahan"
        + "\tTarget Kinerja Sebelum Perubahan\tTarget Kinerja Setelah Perubahan";
    private const string RincianHeading = "RINCIAN ANGGARAN BELANJA LANGSUNG";
    private const string RincianGroups = "Kode Rekening\tUraian\tSebelum Perubahan\t\t\t\tSetelah Perubahan\t\t\t\tBertambah/(Berkurang)\tPenjelasan";
    private const string RincianColumns = "\t\tVolume\tSatuan\tHarga Satuan\tJumlah\tVolume\tSatuan\tHarga Satuan\tJumlah\t(Rp)";
    private const string SipdRincianGroups = "Kode Rekening\tUraian\tSebelum Perubahan\t\t\t\t\tSetelah Perubahan\t\t\t\t\tBertambah/(Berkurang)\tPenjelasan";
    private const string SipdRincianColumns = "\t\tKoefisien\tSatuan\tHarga\tPPN\tJumlah\tKoefisien\tSatuan\tHarga\tPPN\tJumlah\t(Rp)";
    private const string SipdVolumeColumns = "\t\tVolume\tSatuan\tHarga\tPPN\tJumlah\tVolume\tSatuan\tHarga\tPPN\tJumlah\t(Rp)";

    /// <summary>Writes the year-n row of a perubahan form: the before row, the row itself (the after amount) and the
    /// difference row; a row left empty is not written.</summary>
    public static void WriteAmount(AmountRow row, AmountPerubahan perubahan, TextWriter writer)
    {
        if (perubahan.SebelumText.Length > 0)
        {
            RkaTextWriter.WriteAmount(new AmountRow
            {
                Label = perubahan.SebelumLabel.Length > 0 ? perubahan.SebelumLabel : SebelumLabel,
                AmountText = perubahan.SebelumText,
                Terbilang = perubahan.SebelumTerbilang,
            }, writer);
        }

        if (row.Label.Length > 0 || row.AmountText.Length > 0)
        {
            RkaTextWriter.WriteAmount(row, writer);
        }

        if (!string.IsNullOrEmpty(perubahan.SelisihText))
        {
            WriteCell(perubahan.SelisihLabel.Length > 0 ? perubahan.SelisihLabel : SelisihLabel, writer);
            writer.Write("\t: ");
            WriteCell(perubahan.SelisihText, writer);
            writer.Write('\n');
        }
    }

    /// <summary>Whether any indicator has before values (then the table is written with Sebelum columns).</summary>
    public static bool HasIndicatorColumns(IReadOnlyList<Indicator> indicators)
    {
        foreach (Indicator indicator in indicators)
        {
            if (indicator.Perubahan is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the indicator table's header and rows with the before and after measures and targets.</summary>
    public static void WriteIndicators(IReadOnlyList<Indicator> indicators, TextWriter writer)
    {
        writer.Write(IndicatorTableHeader);
        writer.Write('\n');
        foreach (Indicator indicator in indicators)
        {
            WriteCell(indicator.Label, writer);
            writer.Write('\t');
            WriteCell(indicator.Perubahan?.TolokUkurSebelum ?? string.Empty, writer);
            writer.Write('\t');
            WriteCell(indicator.TolokUkur, writer);
            writer.Write('\t');
            WriteCell(indicator.Perubahan?.TargetSebelum.Text ?? string.Empty, writer);
            writer.Write('\t');
            WriteCell(indicator.Target.Text, writer);
            writer.Write('\n');
        }
    }

    /// <summary>Whether any rincian line has before values (then the table is written with its before group).</summary>
    public static bool HasRincianColumns(IReadOnlyList<RincianLine> lines)
    {
        foreach (RincianLine line in lines)
        {
            if (line.Perubahan is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether the rincian table takes SIPD's columns in each group (koefisien, satuan, harga, PPN,
    /// jumlah): some line, before or after the amendment, has a koefisien or a PPN rate.</summary>
    public static bool HasSipdColumns(IReadOnlyList<RincianLine> lines)
    {
        foreach (RincianLine line in lines)
        {
            if (line.Koefisien is not null || line.Ppn is not null
                || line.Perubahan is { KoefisienSebelum: not null } or { PpnSebelum: not null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether some line has SIPD's koefisien, before or after the amendment: the first column of each
    /// group is then headed <c>Koefisien</c> (and read back as one), otherwise <c>Volume</c>.</summary>
    private static bool HasKoefisien(IReadOnlyList<RincianLine> lines)
    {
        foreach (RincianLine line in lines)
        {
            if (line.Koefisien is not null || line.Perubahan is { KoefisienSebelum: not null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the rincian table with the before and after groups, the difference and the penjelasan; when
    /// <see cref="HasSipdColumns"/>, each group in SIPD's columns (koefisien, satuan, harga, PPN, jumlah), as an SIPD
    /// DPPA prints it. A line without a koefisien has its volume alone under the Koefisien heading, which reads back as
    /// the volume (a koefisien always has a unit).</summary>
    public static void WriteRincian(IReadOnlyList<RincianLine> lines, RincianTotalRow? total, TextWriter writer)
    {
        bool sipd = HasSipdColumns(lines);
        writer.Write('\n');
        writer.Write(RincianHeading);
        writer.Write('\n');
        writer.Write(sipd ? SipdRincianGroups : RincianGroups);
        writer.Write('\n');
        writer.Write(!sipd ? RincianColumns : HasKoefisien(lines) ? SipdRincianColumns : SipdVolumeColumns);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[64];
        foreach (RincianLine line in lines)
        {
            RincianPerubahan? before = line.Perubahan;
            if (line.KodeRekening is not null)
            {
                WriteCell(line.KodeRekening, writer);
            }

            writer.Write('\t');
            WriteCell(line.Uraian, writer);
            writer.Write('\t');
            WriteGroup(RincianGroupCells.Before(line), sipd, buffer, writer);
            writer.Write('\t');
            WriteGroup(RincianGroupCells.After(line), sipd, buffer, writer);
            writer.Write('\t');
            WriteRupiah(before?.Selisih, buffer, writer);
            writer.Write('\t');
            WriteCell(before?.Penjelasan ?? string.Empty, writer);
            writer.Write('\n');
        }

        WriteTotalRow(total, sipd ? "\t\t\t\t\t" : "\t\t\t\t", buffer, writer);
    }

    /// <summary>Writes the printed total row, when the form has one: its label under the uraian, its jumlah before the
    /// amendment under Sebelum's jumlah and its jumlah after it under Setelah's (<paramref name="gap"/> is the tabs
    /// from one group's jumlah to the next's), as written or formatted.</summary>
    private static void WriteTotalRow(RincianTotalRow? total, string gap, Span<char> buffer, TextWriter writer)
    {
        if (total is null || (total.JumlahText is not { Length: > 0 } && total.Jumlah is null
            && total.JumlahSebelumText is not { Length: > 0 } && total.JumlahSebelum is null))
        {
            return;
        }

        writer.Write('\t');
        WriteCell(total.Label, writer);
        writer.Write(gap);
        WriteAmountCell(total.JumlahSebelumText, total.JumlahSebelum, buffer, writer);
        writer.Write(gap);
        WriteAmountCell(total.JumlahText, total.Jumlah, buffer, writer);
        writer.Write("\t\t\n");
    }

    private static void WriteAmountCell(string? text, Rupiah? amount, Span<char> buffer, TextWriter writer)
    {
        if (text is { Length: > 0 })
        {
            WriteCell(text, writer);
        }
        else
        {
            WriteRupiah(amount, buffer, writer);
        }
    }

    /// <summary>Writes one group's cells: volume (or, in SIPD's columns, the koefisien when there is one), satuan,
    /// harga satuan, the PPN rate in SIPD's columns, and jumlah.</summary>
    private static void WriteGroup(RincianGroupCells group, bool sipd, Span<char> buffer, TextWriter writer)
    {
        if (sipd && group.Koefisien is not null)
        {
            WriteCell(group.Koefisien, writer);
        }
        else if (group.Volume is decimal v)
        {
            WriteVolume(v, buffer, writer);
        }

        writer.Write('\t');
        WriteCell(group.Satuan ?? string.Empty, writer);
        writer.Write('\t');
        WriteRupiah(group.Harga, buffer, writer);
        writer.Write('\t');
        if (sipd)
        {
            WritePpn(group.Ppn, writer);
            writer.Write('\t');
        }

        WriteRupiah(group.Jumlah, buffer, writer);
    }
}
