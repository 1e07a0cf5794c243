using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Html;
using Rkaskpd.Pdf;
using Rkaskpd.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Rkaskpd.Benchmarks.Pdf;

/// <summary>
/// Reading the seed printed as PDF (the HTML writer's print, by headless Chromium: 11 forms, 16 A4 pages) into the
/// model with <see cref="RkaPdfReader"/>, against PdfPig's own plain text extraction of the same bytes: the pages'
/// <see cref="Page.Text"/> (baseline) and <see cref="ContentOrderTextExtractor"/>. The PDF is printed once in the
/// global setup; <c>chromium</c> must be on the PATH.
/// </summary>
[MemoryDiagnoser]
public class PdfReadBenchmarks
{
    private byte[] pdf = [];

    [GlobalSetup]
    public void PrintSeed()
    {
        string folder = Path.Combine(Path.GetTempPath(), "rkaskpd-pdf-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string html = Path.Combine(folder, "seed.html");
            string output = Path.Combine(folder, "seed.pdf");
            string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"));
            File.WriteAllText(html, RkaHtmlWriter.Write(RkaTextReader.Read(seed).Document));
            var start = new ProcessStartInfo("chromium", $"--headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir={folder}/profile --print-to-pdf={output} {new Uri(html).AbsoluteUri}")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start.");
            process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            pdf = File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public int PdfPigPageText()
    {
        using PdfDocument document = PdfDocument.Open(pdf);
        int length = 0;
        foreach (Page page in document.GetPages())
        {
            length += page.Text.Length;
        }

        return length;
    }

    [Benchmark]
    public int PdfPigContentOrderText()
    {
        using PdfDocument document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (Page page in document.GetPages())
        {
            text.Append(ContentOrderTextExtractor.GetText(page));
        }

        return text.Length;
    }

    [Benchmark]
    public int RkaPdfReaderRead() => RkaPdfReader.Read(pdf).Document.Forms.Count;
}
