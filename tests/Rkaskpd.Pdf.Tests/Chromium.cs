using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace Rkaskpd.Pdf.Tests;

/// <summary>Prints HTML to PDF with headless Chromium; a test that needs it skips when <c>chromium</c> is not on the
/// PATH (with <c>CHROMIUM_TESTS=1</c>, as CI runs, its absence is a failure).</summary>
internal static class Chromium
{
    public static string Require()
    {
        string? found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            const string note = "PDF print check not run: chromium is not on the PATH.";
            Assert.False(Environment.GetEnvironmentVariable("CHROMIUM_TESTS") == "1", note + " CHROMIUM_TESTS=1 requires it.");
            throw new SkipException(note + " Set CHROMIUM_TESTS=1 to require it.");
        }

        return found;
    }

    public static byte[] Print(string chromium, string html)
    {
        string folder = Path.Combine(Path.GetTempPath(), "rkaskpd-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string page = Path.Combine(folder, "form.html");
            string pdf = Path.Combine(folder, "form.pdf");
            File.WriteAllText(page, html);
            var start = new ProcessStartInfo(chromium, $"--headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir={folder}/profile --print-to-pdf={pdf} {new Uri(page).AbsoluteUri}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            };
            using Process process = Process.Start(start)!;
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish printing within 3 minutes.");
            }

            Assert.True(File.Exists(pdf), $"Chromium wrote no PDF (exit code {process.ExitCode}).");
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
