using System.IO;
using System.Linq;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests.Xls;

/// <summary>
/// The metamorphic relation of the <c>.xls</c> reader: a workbook saved as Excel 97-2003 by LibreOffice
/// (<c>libreoffice --headless --convert-to xls</c>) reads with <see cref="RkaXlsReader"/> into the same model, with the
/// same findings (codes, severities, messages, forms, paths and lines), as its <c>.xlsx</c> with
/// <see cref="RkaTextReader"/>; only the <c>RKA022</c> note names the other format.
/// </summary>
public class RkaXlsReaderMetamorphicTests
{
    private const string ReadAsExcel = "RKA022";

    public static TheoryData<string> Workbooks => new()
    {
        "simda-2016-rka-skpd-221-workbook",
        "calc-2019-rka-skpd-221-defects",
        "sipd-2024-rka-sub-kegiatan-export",
    };

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void An_xls_reads_into_the_model_of_its_xlsx(string workbook)
    {
        RkaReadResult xlsx = RkaTextReader.Read(UnseenData.Bytes(workbook + ".xlsx"));
        RkaReadResult xls = RkaXlsReader.Read(UnseenData.PathOf(workbook + ".xls"));

        Assert.NotEmpty(xls.Document.Forms);
        Assert.Equal(RkaJson.Serialize(xlsx.Document, indented: true), RkaJson.Serialize(xls.Document, indented: true));
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void An_xls_has_the_findings_of_its_xlsx_but_the_note_naming_its_format(string workbook)
    {
        RkaReadResult xlsx = RkaTextReader.Read(UnseenData.Bytes(workbook + ".xlsx"));
        using FileStream file = File.OpenRead(UnseenData.PathOf(workbook + ".xls"));
        RkaReadResult xls = RkaXlsReader.Read(file);

        Assert.Equal(Findings(xlsx.Validate()), Findings(xls.Validate()));
        Diagnostic note = Assert.Single(xls.Diagnostics, d => d.Code == ReadAsExcel);
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Contains(".xls)", note.Message, System.StringComparison.Ordinal);
        Assert.Equal(
            Assert.Single(xlsx.Diagnostics, d => d.Code == ReadAsExcel).Message.Split('(', ')')[3],
            note.Message.Split('(', ')')[3]); // the same sheets named, in the same order
    }

    private static string[] Findings(System.Collections.Generic.IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Code != ReadAsExcel).Select(d => d.ToString())];
}
