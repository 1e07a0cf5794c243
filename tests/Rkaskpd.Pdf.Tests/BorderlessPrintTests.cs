using System.IO;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Xunit;
using Xunit.Abstractions;

namespace Rkaskpd.Pdf.Tests;

/// <summary>
/// The unseen SIPD TA 2023 RKA - RINCIAN BELANJA SKPD page (<c>tests/data/unseen/*.html</c>) printed by headless
/// Chromium as offices print it: with its table borders, and without them (no ruling lines for the cells), in a serif
/// typeface (whose text layer keeps the <c>ﬁ</c> ligature of <c>Koeﬁsien</c>, and whose long kode rekening stands
/// less than a font size before its uraian) or with no cell padding. Every print reads all 134 values a person reads
/// off the page.
/// </summary>
public class BorderlessPrintTests(ITestOutputHelper output)
{
    public static TheoryData<string> Styles => new()
    {
        string.Empty,
        "* { border: none !important; }",
        "* { border: none !important; font-family: 'DejaVu Serif', serif !important; font-size: 9pt !important; }",
        "td, th { border: none !important; padding: 0 4px !important; }",
    };

    [SkippableTheory]
    [MemberData(nameof(Styles))]
    public void The_form_printed_with_or_without_borders_reads_every_value(string style)
    {
        string chromium = Chromium.Require();
        string html = File.ReadAllText(UnseenData.PathOf("sipd-2023-rka-rincian-belanja.html"));
        Assert.Contains("</head>", html, System.StringComparison.Ordinal);
        byte[] pdf = Chromium.Print(chromium, html.Replace("</head>", "<style>" + style + "</style></head>", System.StringComparison.Ordinal));
        UnseenExpectation expectation = UnseenExpectation.Load("sipd-2023-rka-rincian-belanja.expected");

        expectation.AssertReadsAtLeast(RkaPdfReader.Read(new MemoryStream(pdf)), expectation.Count, $"'{style}'", output);
    }
}
