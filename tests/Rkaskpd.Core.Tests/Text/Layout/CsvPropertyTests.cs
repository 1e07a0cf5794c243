using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>
/// Metamorphic properties of the CSV stage: a document saved as CSV (<see cref="CsvTransform"/>: either delimiter,
/// Excel's padding and quoting, CR LF, multi-line cells) reads to the same model as the tab text it was written from,
/// with the same diagnostics (codes, forms, paths, lines and messages, after validation) apart from the one
/// <c>RKA018</c> note that says it was read as CSV.
/// </summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 40)]
public class CsvPropertyTests
{
    private const string ReadAsCsv = "RKA018";

    private static readonly Lazy<string> Canonical = new(() => RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document));

    /// <summary>Generated documents written by <see cref="RkaTextWriter"/>, saved as CSV.</summary>
    [Property]
    public Property A_generated_document_saved_as_csv_reads_the_same(RkaDocument document, bool semicolon, bool multiLineCells)
    {
        string text = RkaTextWriter.Write(document);
        string csv = CsvTransform.ToCsv(text, semicolon ? ';' : ',', multiLineCells);
        string difference = Difference(text, csv, semicolon ? ';' : ',');
        return (difference.Length == 0).Label(difference + "\n--- csv ---\n" + csv);
    }

    /// <summary>The seed file itself, and the seed as the writer writes it, saved as CSV with either delimiter.</summary>
    [Theory]
    [InlineData(';', false, false)]
    [InlineData(';', true, false)]
    [InlineData(',', false, false)]
    [InlineData(',', true, false)]
    [InlineData(';', true, true)]
    [InlineData(',', true, true)]
    public void The_seed_saved_as_csv_reads_the_same(char delimiter, bool multiLineCells, bool written)
    {
        string text = written ? Canonical.Value : TestData.SeedText;
        string csv = CsvTransform.ToCsv(text, delimiter, multiLineCells);

        Assert.NotEqual(text, csv);
        string difference = Difference(text, csv, delimiter);
        Assert.True(difference.Length == 0, difference);
    }

    [Fact]
    public void The_seeds_title_cells_become_quoted_multi_line_fields()
    {
        string csv = CsvTransform.ToCsv(TestData.SeedText, ';', multiLineCells: true);

        Assert.Contains("\"**RENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH**\";", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nJumlah Tahun 2020 : 551.204.390,00 (LIMA RATUS", csv, StringComparison.Ordinal);
        string english = CsvTransform.ToCsv(TestData.SeedText, ',', multiLineCells: false);
        Assert.Contains("\r\n\"Jumlah Tahun 2020 : 551.204.390,00 (LIMA RATUS", english, StringComparison.Ordinal);
        Assert.Contains(",\"Rp. 551.204.390,00\"", english, StringComparison.Ordinal);
    }

    /// <summary>Returns the first difference between reading the tab text and reading its CSV, or an empty string.</summary>
    private static string Difference(string text, string csv, char delimiter)
    {
        RkaReadResult expected = RkaTextReader.Read(text);
        RkaReadResult actual = RkaTextReader.Read(csv);
        string model = FormDifference.First(expected.Document, actual.Document, kakLineBreaks: true);
        if (model.Length > 0)
        {
            return model;
        }

        Diagnostic[] notes = [.. actual.Diagnostics.Where(d => d.Code == ReadAsCsv)];
        if (expected.Document.Forms.Count > 0
            && (notes.Length != 1 || notes[0].Severity != DiagnosticSeverity.Info || !notes[0].Message.Contains("'" + delimiter + "'", StringComparison.Ordinal)))
        {
            return "expected one RKA018 info note naming '" + delimiter + "', found " + string.Join(" | ", notes);
        }

        return FormDifference.FirstFinding(expected, actual, ReadAsCsv);
    }
}
