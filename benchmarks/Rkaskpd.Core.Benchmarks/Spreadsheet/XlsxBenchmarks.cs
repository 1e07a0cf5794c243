using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Forms;
using Rkaskpd.Spreadsheet;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Spreadsheet;

/// <summary>
/// XLSX export of the seed (11 forms) and of the seed repeated 100 times (1,100 forms, 1,100 sheets) against a
/// baseline that writes the same cells (header block, amounts, terbilang, indicators, kelompok sasaran, KAK texts)
/// as CSV to a <see cref="MemoryStream"/>.
/// </summary>
[MemoryDiagnoser]
public class XlsxBenchmarks
{
    private static readonly RkaDocument Seed =
        RkaTextReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"))).Document;

    private static readonly RkaDocument Seed100 = new() { Forms = [.. Enumerable.Repeat(Seed.Forms, 100).SelectMany(f => f)] };

    /// <summary>Gets or sets how many times the seed's forms are repeated.</summary>
    [Params(1, 100)]
    public int Copies { get; set; }

    private RkaDocument Document => Copies == 1 ? Seed : Seed100;

    [Benchmark(Baseline = true)]
    public long Csv()
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (RkaForm form in Document.Forms)
            {
                FormHeader header = form.Header;
                Row(writer, "RKA-SKPD 2.2.1", form.KegiatanCodeText, header.Kegiatan.Name);
                Row(writer, "Pemerintah Daerah", string.Empty, header.PemerintahDaerah);
                Row(writer, "Tahun Anggaran", header.TahunAnggaran?.ToString(CultureInfo.InvariantCulture), null);
                Row(writer, header.Urusan.Label, header.Urusan.CodeText, header.Urusan.Name);
                Row(writer, header.Organisasi.Label, header.Organisasi.CodeText, header.Organisasi.Name);
                Row(writer, header.Program.Label, header.Program.CodeText, header.Program.Name);
                Row(writer, header.Kegiatan.Label, header.Kegiatan.CodeText, header.Kegiatan.Name);
                Row(writer, "Lokasi Kegiatan", string.Empty, header.Lokasi);
                foreach (AmountRow row in form.Amounts.Rows)
                {
                    Row(writer, row.Label, row.Amount?.Amount.ToString(CultureInfo.InvariantCulture), row.Terbilang);
                }

                foreach (Indicator indicator in form.Indicators)
                {
                    Row(writer, indicator.Label, indicator.TolokUkur, indicator.Target.Text);
                }

                Row(writer, "Kelompok Sasaran Kegiatan", string.Empty, form.KelompokSasaran);
                foreach (KakSection section in form.Kak?.Sections ?? [])
                {
                    Row(writer, KakHeadings.GetCanonicalHeading(section.Kind), string.Empty, section.Body);
                }
            }
        }

        return stream.Length;
    }

    [Benchmark]
    public long Xlsx()
    {
        using var stream = new MemoryStream();
        RkaXlsxWriter.Write(Document, stream);
        return stream.Length;
    }

    private static void Row(StreamWriter writer, string? a, string? b, string? c)
    {
        Field(writer, a);
        writer.Write(',');
        Field(writer, b);
        writer.Write(',');
        Field(writer, c);
        writer.Write("\r\n");
    }

    private static void Field(StreamWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
