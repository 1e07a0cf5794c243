using System;
using System.IO;
using System.Text;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

public class RawDumpTests
{
    [Fact]
    public void Dump()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt");
        RawDocument doc = RawFormScanner.Scan(File.ReadAllText(path));
        var sb = new StringBuilder();
        foreach (RawForm f in doc.Forms)
        {
            sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"=== FORM {f.StartLine}-{f.EndLine} pemda={f.PemerintahDaerah} ta={f.TahunAnggaran} no={f.FormNumber} rev={f.IsRevised}");
            foreach (var t in f.TitleLines) sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  T {t}");
            foreach (var x in f.Fields) sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  F {x}");
            foreach (var x in f.Amounts) sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  A {x}");
            foreach (var x in f.Indicators) sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  I {x}");
            foreach (var x in f.KakSections) sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  K {x.Line} [{x.Heading}] {x.Kind} :: {x.Text[..Math.Min(60, x.Text.Length)]} ... {x.Text[Math.Max(0, x.Text.Length - 40)..]}");
            foreach (var x in f.UnrecognisedLines) sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  U {x}");
        }
        foreach (var n in doc.Notes) sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"NOTE {n}");
        File.WriteAllText("/tmp/reader-dump.txt", sb.ToString());
    }
}
