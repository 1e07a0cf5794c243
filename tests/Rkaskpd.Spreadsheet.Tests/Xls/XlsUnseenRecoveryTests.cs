using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Xunit;
using Xunit.Abstractions;

namespace Rkaskpd.Spreadsheet.Tests.Xls;

/// <summary>
/// The recovery measurement on the unseen workbooks saved as Excel 97-2003 (<c>tests/data/unseen/*.xls</c>, made from
/// their <c>.xlsx</c> by <c>libreoffice --headless --convert-to xls</c>), read with <see cref="RkaXlsReader"/> and
/// scored against the same expected files, with the same scoring, as the <c>.xlsx</c> in the core tests'
/// <c>UnseenRecoveryTests</c>; the floors are the <c>.xlsx</c> figures, which the <c>.xls</c> reached when it was added.
/// Run with <c>--logger "console;verbosity=detailed"</c> to see the figures.
/// </summary>
public class XlsUnseenRecoveryTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, int> Documents => new()
    {
        { "calc-2019-rka-skpd-221-defects.xls", "calc-2019-rka-skpd-221-defects.expected", 154 },
        { "sipd-2024-rka-sub-kegiatan-export.xls", "sipd-2024-rka-sub-kegiatan-export.expected", 245 },
        { "simda-2016-rka-skpd-221-workbook.xls", "simda-2016-rka-skpd-221-workbook.expected", 395 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_at_least_the_values_its_xlsx_reads(string document, string expected, int floor)
    {
        UnseenExpectation expectation = UnseenExpectation.Load(expected);
        RkaReadResult result = RkaXlsReader.Read(UnseenData.PathOf(document));

        expectation.AssertReadsAtLeast(result, floor, document, output);
    }
}
