using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using Rkaskpd.Html;
using Rkaskpd.Recap;
using Rkaskpd.Tests.Recap;
using Xunit;
using Xunit.Abstractions;

namespace Rkaskpd.Tests.Html;

/// <summary>
/// Renders the seed the way a person would look at it, with headless Chromium: a screenshot of the first page and a
/// printed PDF whose pages are counted with <c>pdfinfo</c>. Runs only where <c>chromium</c> and <c>pdfinfo</c> are on the
/// PATH; with <c>CHROMIUM_TESTS=1</c> their absence is a failure, otherwise the test reports itself skipped.
/// Set <c>RKASKPD_RENDER_DIR</c> to keep the HTML, PNG and PDF in that folder.
/// </summary>
public sealed partial class RkaHtmlWriterTests
{
    private readonly ITestOutputHelper output;

    public RkaHtmlWriterTests(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    public void Seed_prints_in_chromium_one_or_more_A4_pages_per_form()
    {
        string? chromium = FindOnPath("chromium");
        string? pdfinfo = FindOnPath("pdfinfo");
        if (chromium is null || pdfinfo is null)
        {
            string note = $"Chromium rendering check not run: {(chromium is null ? "chromium" : "pdfinfo (poppler-utils)")} is not on the PATH.";
            Assert.False(Environment.GetEnvironmentVariable("CHROMIUM_TESTS") == "1", note + " CHROMIUM_TESTS=1 requires it.");
            throw new SkipException(note + " Set CHROMIUM_TESTS=1 to require it.");
        }

        string? keep = Environment.GetEnvironmentVariable("RKASKPD_RENDER_DIR");
        string folder = keep ?? Path.Combine(Path.GetTempPath(), "rkaskpd-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string html = Path.Combine(folder, "rka-221.html");
            string png = Path.Combine(folder, "rka-221-form.png");
            string pdf = Path.Combine(folder, "rka-221.pdf");
            string recapHtml = Path.Combine(folder, "rka-22.html");
            string recapPdf = Path.Combine(folder, "rka-22.pdf");
            File.WriteAllText(html, RkaHtmlWriter.Write(SeedDocument.Document));
            File.WriteAllText(recapHtml, RkaHtmlWriter.WriteRecap(Rekapitulasi.Compute(SeedDocument.Document)));
            string url = new Uri(html).AbsoluteUri;

            // One after another: on a busy machine parallel Chromium processes only compete for the same cores.
            RunChromium(chromium!, folder, $"--screenshot={png} --window-size=900,1180 --force-device-scale-factor=1 --hide-scrollbars {url}");
            RunChromium(chromium!, folder, $"--no-pdf-header-footer --print-to-pdf={pdf} {url}");
            RunChromium(chromium!, folder, $"--no-pdf-header-footer --print-to-pdf={recapPdf} {new Uri(recapHtml).AbsoluteUri}");

            Assert.True(new FileInfo(png).Length > 10_000, "The screenshot is (nearly) empty.");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
            string info = Run(pdfinfo!, $"\"{pdf}\"", folder);
            Match pages = Regex.Match(info, @"^Pages:\s+(\d+)", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
            Match size = Regex.Match(info, @"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
            Assert.True(pages.Success && size.Success, info);
            int count = int.Parse(pages.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            double width = double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            double height = double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            output.WriteLine($"{count} pages of {width} x {height} pt in {folder}");
            Assert.InRange(count, 11, 33); // 11 forms, each starting a page; none should sprawl over more than three
            Assert.InRange(width, 594, 597); // A4 portrait: 595.3 x 841.9 pt
            Assert.InRange(height, 841, 843);

            string recapInfo = Run(pdfinfo, $"\"{recapPdf}\"", folder);
            output.WriteLine(recapInfo);
            Assert.Matches(new Regex(@"^Pages:\s+[12]$", RegexOptions.Multiline, TimeSpan.FromSeconds(1)), recapInfo); // 4 programs, 11 kegiatan: one or two landscape pages
            Assert.Matches(new Regex(@"^Page size:\s+841\.\d+ x 59[45]\.\d+ pts", RegexOptions.Multiline, TimeSpan.FromSeconds(1)), recapInfo);
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void RunChromium(string chromium, string folder, string arguments) =>
        Run(chromium, $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-extensions --disable-dev-shm-usage --user-data-dir={Path.Combine(folder, "profile")} {arguments}", folder);

    private static string Run(string file, string arguments, string folder)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + file);
        System.Threading.Tasks.Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        System.Threading.Tasks.Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within 90 s.");
        }

        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    private static string? FindOnPath(string name)
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(directory, name);
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
