using System.Linq;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Projection;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Pdf.Tests;

/// <summary>A form laid out word by word with PdfPig's builder (<see cref="BuiltForm"/>) reads back to the model of its
/// canonical text: same JSON, page numbers dropped, the rincian table whole across a portrait and a landscape page.</summary>
public class BuiltFormTests
{
    [Fact]
    public void Built_form_reads_back_to_the_model_of_its_text()
    {
        RkaReadResult source = RkaTextReader.Read(BuiltForm.SourceText);
        Assert.Single(source.Document.Forms);
        Assert.Equal(4, source.Document.Forms[0].Rincian.Count);

        RkaReadResult read = RkaPdfReader.Read(BuiltForm.Build());

        Assert.Equal(RkaJson.Serialize(source.Document, indented: true), RkaJson.Serialize(read.Document, indented: true));
        Assert.Equal(source.Diagnostics.Select(d => d.Code), read.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData(BuiltForm.SecondPage.Portrait)]
    [InlineData(BuiltForm.SecondPage.RotatedLandscape)]
    [InlineData(BuiltForm.SecondPage.Sideways)]
    [InlineData(BuiltForm.SecondPage.SidewaysDown)]
    public void The_second_page_reads_the_same_however_it_is_turned(BuiltForm.SecondPage secondPage)
    {
        RkaReadResult source = RkaTextReader.Read(BuiltForm.SourceText);

        byte[] pdf = BuiltForm.Build(secondPage);
        using (var opened = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            // PdfPig turns a /Rotate page upright itself; a sideways table's words come out rotated.
            var orientations = opened.GetPage(2).GetWords().Select(w => w.TextOrientation).Distinct().ToList();
            Assert.Equal(
                secondPage switch
                {
                    BuiltForm.SecondPage.Sideways => UglyToad.PdfPig.Content.TextOrientation.Rotate270,
                    BuiltForm.SecondPage.SidewaysDown => UglyToad.PdfPig.Content.TextOrientation.Rotate90,
                    _ => UglyToad.PdfPig.Content.TextOrientation.Horizontal,
                },
                Assert.Single(orientations));
        }

        RkaReadResult read = RkaPdfReader.Read(pdf);

        Assert.Equal(RkaJson.Serialize(source.Document, indented: true), RkaJson.Serialize(read.Document, indented: true));
        Assert.Equal(source.Diagnostics.Select(d => d.Code), read.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Page_numbers_and_the_repeated_table_header_are_dropped_and_every_line_has_its_page()
    {
        PdfText text = RkaPdfReader.Extract(BuiltForm.Build());

        string[] lines = text.Text.TrimEnd('\n').Split('\n');
        Assert.DoesNotContain(lines, line => line.StartsWith("Halaman", System.StringComparison.Ordinal));
        Assert.Single(lines, line => line.StartsWith("Kode Rekening\t", System.StringComparison.Ordinal));
        Assert.Equal(lines.Length, text.PageOfLine.Length);
        int second = lines.ToList().FindIndex(l => l.StartsWith("\f5.2.3.26.01", System.StringComparison.Ordinal)); // a new page starts with a form feed
        Assert.Equal(2, text.PageOfLine[second]);
        Assert.Equal(1, text.PageOfLine[second - 1]);
        Assert.Equal(1, text.PageOfLine[lines.ToList().FindIndex(l => l.StartsWith("Program :", System.StringComparison.Ordinal))]);
    }

    [Fact]
    public void Findings_name_their_page()
    {
        // The built form's year n+1 is 110 % of year n: under a 20 % projection policy RKA203 reports it, with its page.
        RkaReadResult read = RkaPdfReader.Read(BuiltForm.Build(secondPageLandscape: false));
        var findings = read.Validate(RuleSet.Default.WithProjection(ProjectionRule.Create(0.2m)));
        Assert.All(findings.Where(d => d.Line is not null), d => Assert.Equal(read.PageOf(d.Line!.Value), d.Page));
        Assert.Contains(findings, d => d.Code == "RKA203" && d.Page == 1);
    }
}
