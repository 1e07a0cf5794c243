using System.Linq;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Rkaskpd.Pdf.Tests;

/// <summary>groff's <c>gropdf</c> writes an indicator row's kind and target as one string padded with spaces and
/// places the tolok ukur's words over those spaces. The spaces under the words are no part of the text: the tolok ukur
/// reads as words, not letter by letter (<c>J u m l a h D a n a</c>).</summary>
public class CoveredSpacesTests
{
    private const double Size = 9;

    [Fact]
    public void A_letter_of_an_absurd_size_or_place_is_no_trouble()
    {
        // A broken or hostile file: a space of a ten-million-point font, a letter far off the page.
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        page.AddText("Masukan" + new string(' ', 90) + "Rp. 1.000,00", Size, new PdfPoint(40, 720), font);
        page.AddText("Jumlah Dana", Size, new PdfPoint(150, 720), font);
        page.AddText("a b c d e f", 1e7, new PdfPoint(40, 600), font);
        page.AddText("x y z w", Size, new PdfPoint(40, 1e19), font);

        string text = RkaPdfReader.Extract(builder.Build()).Text;

        Assert.Contains("Jumlah Dana", text, System.StringComparison.Ordinal); // read, not letter by letter
    }

    [Fact]
    public void Words_printed_over_a_padded_string_read_as_words()
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        page.AddText("Masukan" + new string(' ', 90) + "Rp. 22.117.500,00", Size, new PdfPoint(40, 700), font);
        page.AddText("Jumlah Dana", Size, new PdfPoint(150, 700), font);
        page.AddText("Hasil" + new string(' ', 130) + "100 %", Size, new PdfPoint(40, 680), font);
        page.AddText("Meningkatnya partisipasi masyarakat", Size, new PdfPoint(150, 680), font);

        string[] lines = [.. RkaPdfReader.Extract(builder.Build()).Text.Split('\n').Select(l => l.TrimEnd('\r'))];

        Assert.Contains("Masukan\tJumlah Dana\tRp. 22.117.500,00", lines);
        Assert.Contains("Hasil\tMeningkatnya partisipasi masyarakat\t100 %", lines);
    }

    [Fact]
    public void Spaces_with_nothing_over_them_still_part_words()
    {
        // The page has covered spaces (its words are made again without them): the other lines' spaces stay.
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        page.AddText("Masukan" + new string(' ', 90) + "Rp. 22.117.500,00", Size, new PdfPoint(40, 720), font);
        page.AddText("Jumlah Dana", Size, new PdfPoint(150, 720), font);
        page.AddText("Belanja Alat Tulis Kantor", Size, new PdfPoint(40, 700), font);
        page.AddText("Kertas HVS", Size, new PdfPoint(40, 680), font);

        string[] lines = [.. RkaPdfReader.Extract(builder.Build()).Text.Split('\n').Select(l => l.TrimEnd('\r'))];

        Assert.Contains("Masukan\tJumlah Dana\tRp. 22.117.500,00", lines);
        Assert.Contains("Belanja Alat Tulis Kantor", lines);
        Assert.Contains("Kertas HVS", lines);
    }
}
