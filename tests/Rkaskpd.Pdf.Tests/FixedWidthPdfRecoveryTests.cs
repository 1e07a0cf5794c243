using System.Globalization;
using System.IO;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Xunit;
using Xunit.Abstractions;

namespace Rkaskpd.Pdf.Tests;

/// <summary>
/// The unseen fixed-width documents (<c>tests/data/unseen/*.layout.txt</c>, as <c>pdftotext -layout</c> gives them)
/// typeset back into the PDFs they could have come from (<see cref="FixedWidthPdf"/>: each word at its column, every
/// line at the same height, no ruling lines, no spaces between columns, as a report engine prints) and read with
/// <see cref="RkaPdfReader"/>: each word in Courier on whole pages and on pages of about 60 lines, and each cell as one
/// run of Helvetica. Each must read at least its floor, the
/// figure reached when the floor was last raised; the text of each reads all of its values. Run with
/// <c>--logger "console;verbosity=detailed"</c> to see the figures and what is missed.
/// </summary>
public class FixedWidthPdfRecoveryTests(ITestOutputHelper output)
{
    /// <summary>Document, its expected file, and the number of expected values it must get right. When the test was
    /// written the PDFs read 303 of the 501 values that their texts read: group and detail lines set at the same height
    /// as the wrapped lines above them were joined to their rekening, a table one character right of the labels had
    /// no empty first column, the header's Capaian Program table came out as one line, and the form's title lost its
    /// first line at the top of the next page and started a new form; and 479, when the perubahan table (DPPA) lost
    /// the columns of its rekening rows, which have cells in only three of its thirteen columns.</summary>
    public static TheoryData<string, string, int> Documents => new()
    {
        { "sipd-2023-rka-rincian-belanja.layout.txt", "sipd-2023-rka-rincian-belanja.expected", 134 },
        { "sipd-2023-dpa-rincian-belanja.layout.txt", "sipd-2023-dpa-rincian-belanja.expected", 81 },
        { "sipd-2023-dpa-defects.layout.txt", "sipd-2023-dpa-defects.expected", 32 },
        { "sipd-2023-dppa-rincian-belanja.layout.txt", "sipd-2023-dppa-rincian-belanja.expected", 73 },
        { "simda-2016-rka-skpd-221.layout.txt", "simda-2016-rka-skpd-221.expected", 60 },
        { "sipd-2025-rka-sub-kegiatan.layout.txt", "sipd-2025-rka-sub-kegiatan.expected", 121 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_typeset_print_reads_at_least_its_floor(string document, string expected, int floor)
    {
        UnseenExpectation expectation = UnseenExpectation.Load(expected);
        string text = File.ReadAllText(UnseenData.PathOf(document));
        int fromText = expectation.Count - expectation.Misses(RkaTextReader.Read(text)).Count;
        foreach ((int linesPerPage, bool proportional) in new[] { (0, false), (60, false), (0, true) })
        {
            RkaReadResult result = RkaPdfReader.Read(new MemoryStream(FixedWidthPdf.Build(text, linesPerPage: linesPerPage, proportional: proportional)));
            string how = (linesPerPage == 0 ? "whole pages" : linesPerPage + " lines a page") + (proportional ? ", Helvetica cells" : ", Courier words");
            expectation.AssertReadsAtLeast(result, floor, string.Create(CultureInfo.InvariantCulture, $"{document} ({how}; its text {fromText})"), output);
        }
    }
}
