using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Forms;
using Rkaskpd.Html;
using Rkaskpd.Recap;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Html;

/// <summary>
/// Renders the seed (11 forms) and the seed repeated 100 times (1 100 forms) to printable HTML, against a baseline that
/// only appends every text of the forms, HTML-encoded with <see cref="WebUtility.HtmlEncode(string)"/>, to a
/// <see cref="StringBuilder"/> (no layout, no style sheet: the floor of any HTML writer).
/// </summary>
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private static readonly RkaDocument Seed =
        RkaTextReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"))).Document;

    private static readonly RkaDocument Seed100 = new() { Forms = Enumerable.Repeat(Seed.Forms, 100).SelectMany(f => f).ToList() };

    private RkaDocument document = Seed;

    /// <summary>Gets or sets the number of copies of the seed.</summary>
    [Params(1, 100)]
    public int Copies { get; set; }

    /// <summary>Picks the document.</summary>
    [GlobalSetup]
    public void Setup() => document = Copies == 1 ? Seed : Seed100;

    /// <summary>The baseline: every text of the forms, encoded, appended to a string builder.</summary>
    [Benchmark(Baseline = true)]
    public string StringBuilderAppend()
    {
        var builder = new StringBuilder();
        foreach (RkaForm form in document.Forms)
        {
            FormHeader header = form.Header;
            builder.Append("<section>")
                .Append(WebUtility.HtmlEncode(header.PemerintahDaerah)).Append(WebUtility.HtmlEncode(header.Urusan.Name))
                .Append(WebUtility.HtmlEncode(header.Organisasi.Name)).Append(WebUtility.HtmlEncode(header.Program.Name))
                .Append(WebUtility.HtmlEncode(header.Kegiatan.Name)).Append(WebUtility.HtmlEncode(header.Lokasi));
            foreach (AmountRow row in form.Amounts.Rows)
            {
                builder.Append(WebUtility.HtmlEncode(row.Label)).Append(row.Amount?.ToString()).Append(WebUtility.HtmlEncode(row.Terbilang));
            }

            foreach (Indicator indicator in form.Indicators)
            {
                builder.Append(WebUtility.HtmlEncode(indicator.TolokUkur)).Append(WebUtility.HtmlEncode(indicator.Target.Text));
            }

            builder.Append(WebUtility.HtmlEncode(form.KelompokSasaran));
            foreach (KakSection section in form.Kak?.Sections ?? [])
            {
                builder.Append(WebUtility.HtmlEncode(section.Heading)).Append(WebUtility.HtmlEncode(section.Text));
            }

            builder.Append("</section>");
        }

        return builder.ToString();
    }

    /// <summary>The printable 2.2.1 forms.</summary>
    [Benchmark]
    public string WriteForms() => RkaHtmlWriter.Write(document);

    /// <summary>The recap computed and written as a printable page.</summary>
    [Benchmark]
    public string ComputeAndWriteRecap() => RkaHtmlWriter.WriteRecap(Rekapitulasi.Compute(document));
}
