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

    /// <summary>Writes the rincian table with the before and after groups.</summary>
    public static void WriteRincian(IReadOnlyList<RincianLine> lines, TextWriter writer)
    {
        writer.Write("### Rincian Belanja\n\n| Kode Rekening | Uraian | Volume Sebelum | Satuan Sebelum | Harga Satuan Sebelum (Rp) "
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
            WriteGroup(before?.VolumeSebelum, before?.SatuanSebelum, before?.HargaSatuanSebelum, before?.JumlahSebelum, buffer, writer);
            WriteGroup(line.Volume, line.Satuan, line.HargaSatuan, line.Jumlah, buffer, writer);
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

    private static void WriteGroup(decimal? volume, string? satuan, Rupiah? harga, Rupiah? jumlah, Span<char> buffer, TextWriter writer)
    {
        writer.Write(" | ");
        if (volume is decimal v)
        {
            writer.Write(v.ToString(CultureInfo.InvariantCulture).Replace('.', ','));
        }

        writer.Write(" | ");
        WriteCell(satuan ?? string.Empty, writer);
        writer.Write(" | ");
        WriteRupiah(harga, buffer, writer);
        writer.Write(" | ");
        WriteRupiah(jumlah, buffer, writer);
    }
}
