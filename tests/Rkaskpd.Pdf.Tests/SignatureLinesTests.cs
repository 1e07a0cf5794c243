using System.Collections.Generic;
using System.Linq;
using Xunit;
using static Rkaskpd.Pdf.Tests.TableRowTests;

namespace Rkaskpd.Pdf.Tests;

/// <summary>The signature under a form printed by a word processor (LibreOffice Writer): the place and date, the
/// jabatan, the name and the NIP centred under one another. Before, the NIP of the same signatory closing two forms was
/// taken for a footer repeated on the pages (and dropped), and a NIP that starts under one of the name's words was
/// joined to the name as its wrapped line; either way the form had no signature.</summary>
public class SignatureLinesTests
{
    private const string Nip = "NIP. 19661104 199203 1 009";

    [Theory]
    [InlineData(Nip, 400, 230)] // two forms of different lengths
    [InlineData(Nip, 230, 230)] // two forms that end at one height: a NIP line is never a footer
    [InlineData("Kepala Dinas Lingkungan Hidup", 400, 230)] // any last line that does not stand at one height
    public void A_last_line_repeated_at_the_foot_of_two_forms_is_no_footer(string last, double first, double second)
    {
        List<List<PdfLine>> pages =
        [
            [Line(700, (30, "5.2 BELANJA LANGSUNG"), (480, "228.430.000,00")), Line(first + 20, (330, "Ir. H. MUHAMMAD SYAIFULLAH, M.Si")), Line(first, (340, last))],
            [Line(700, (30, "5.2 BELANJA LANGSUNG"), (480, "697.500.000,00")), Line(second + 20, (330, "Ir. H. MUHAMMAD SYAIFULLAH, M.Si")), Line(second, (340, last))],
        ];

        string text = PdfTextBuilder.Build(pages).Text;

        Assert.Equal(2, text.Split('\n').Count(l => l.Trim() == last));
    }

    [Fact]
    public void A_stamp_at_one_height_on_every_page_is_still_a_footer()
    {
        List<List<PdfLine>> pages =
        [
            [Line(700, (30, "5.2 BELANJA LANGSUNG"), (480, "228.430.000,00")), Line(40, (30, "Dicetak oleh SIMDA 05-01-2017 08:47"))],
            [Line(700, (30, "5.2 BELANJA LANGSUNG"), (480, "697.500.000,00")), Line(40, (30, "Dicetak oleh SIMDA 05-01-2017 08:48"))],
        ];

        Assert.DoesNotContain("Dicetak", PdfTextBuilder.Build(pages).Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_NIP_that_starts_under_a_word_of_the_name_is_a_line_of_its_own()
    {
        // "Ir. H. MUHAMMAD ..." at 330: "H." starts at 330 + 3 × 4.5 + 2.7 = 346.2, where the NIP starts.
        List<List<PdfLine>> pages =
        [
            [Line(440, (340, "Kepala Dinas Lingkungan Hidup")), Line(420, (330, "Ir. H. MUHAMMAD SYAIFULLAH, M.Si")), Line(409, (346.2, Nip))],
        ];

        string[] lines = PdfTextBuilder.Build(pages).Text.TrimEnd('\n').Split('\n');

        Assert.Equal(Nip, lines[^1].Trim());
        Assert.Equal("Ir. H. MUHAMMAD SYAIFULLAH, M.Si", lines[^2].Trim());
    }
}
