using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Rich Text Format read as the text a person copies out of Word: paragraphs, tables, characters,
/// destinations, fields, hidden text and frames.</summary>
public class RichTextDocumentTests
{
    internal static OfficeText Read(string rtf, long limit = 1 << 20)
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(rtf));
        return RichTextDocument.Read(stream, limit);
    }

    private static string? Text(string body) => Read("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset2 Symbol;}}" + body + "}").Text;

    [Theory]
    [InlineData("Urusan\\par Program\\par", "Urusan\nProgram\n")]
    [InlineData("a\\line b\\tab c\\par", "a\nb\tc\n")]
    [InlineData("a\\page b\\par\\sect c", "a\nb\nc\n")]
    [InlineData("a\\~b\\-c\\_d\\par", "a bc-d\n")]
    [InlineData("\\emdash\\endash\\bullet\\lquote\\rquote\\ldblquote\\rdblquote\\par", "\u2014\u2013\u2022\u2018\u2019\u201C\u201D\n")]
    [InlineData("\\{x\\}\\\\\\par", "{x}\\\n")]
    [InlineData("Pemb\\'e9rian\\'85\\par", "Pemb\u00E9rian\u2026\n")]
    [InlineData("\\u8212\\'97 x\\uc2\\u8220\\'93\\'93y\\uc0\\u8221 z\\u-3913 \\par", "\u2014 x\u201Cy\u201Dz\uF0B7\n")]
    [InlineData("{\\f1\\'b7}\\tab Butir\\par", "\uF0B7\tButir\n")]
    [InlineData("a{\\v tersembunyi}b\\v c\\v0 d\\par", "abd\n")]
    [InlineData("{\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt Tautan}}\\par", "Tautan\n")]
    [InlineData("{\\*\\bkmkstart a}{\\*\\unknown xyz}{\\colortbl;\\red0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\title T}}x\\par", "x\n")]
    [InlineData("{\\header Halaman 1\\par}{\\footer Dicetak\\par}{\\footnote catatan}isi\\par", "isi\n")]
    [InlineData("{\\pict\\wmetafile8 0102ff\\bin3 }}}}x\\par", "x\n")]
    [InlineData("{\\object\\objemb{\\*\\objdata 0102}{\\result Hasil}}\\par", "Hasil\n")]
    [InlineData("{\\listtext 1.\\tab}Satu\\par{\\listtext\\tab}Judul\\par", "1. Satu\nJudul\n")]
    public void Characters_paragraphs_and_destinations_read_as_words_text_export(string body, string expected)
    {
        Assert.Equal(expected, Text(body));
    }

    [Fact]
    public void Table_rows_are_lines_of_tab_separated_cells()
    {
        string body = "\\trowd\\cellx1000\\cellx2000\\cellx3000\\pard\\intbl Program\\cell :\\cell 1.01\\par Pendidikan\\cell\\row"
            + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl a\\cell\\cell\\row\\pard Sesudah\\par";

        Assert.Equal("Program\t:\t1.01\nPendidikan\na\t\nSesudah\n", Text(body));
    }

    [Fact]
    public void A_nested_table_is_flattened_into_its_cell()
    {
        string body = "\\trowd\\cellx1000\\cellx2000\\pard\\intbl Luar\\cell\\pard\\intbl\\itap2 x\\nestcell y\\nestcell"
            + "{\\*\\nesttableprops\\trowd\\cellx500\\cellx900\\nestrow}{\\nonesttables x y\\par}\\pard\\intbl\\itap1 \\cell\\row";

        Assert.Equal("Luar\tx\ty\n\n", Text(body));
    }

    [Fact]
    public void A_code_page_the_runtime_has_decodes_and_one_it_lacks_is_read_as_windows_1252_with_a_note()
    {
        OfficeText latin = Read("{\\rtf1\\ansi\\ansicpg28591 \\'80\\'e9\\par}");
        OfficeText cyrillic = Read("{\\rtf1\\ansi\\ansicpg1251 \\'e9\\par}");
        OfficeText ascii = Read("{\\rtf1\\ansi\\ansicpg1251 abc\\par}");

        Assert.Equal("\u0080\u00E9\n", latin.Text);
        Assert.Equal("\u00E9\n", cyrillic.Text);
        RawNote note = Assert.Single(cyrillic.Notes, n => n.Code == "RKA013");
        Assert.Contains("1251", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ascii.Notes, n => n.Code == "RKA013");
    }

    [Fact]
    public void A_few_frames_stay_where_they_stand_and_many_are_laid_out_by_their_places()
    {
        string few = "Awal\\par\\pard\\phpg\\posx100\\pvpg\\posy100\\absw2000 Bingkai\\par\\pard Akhir\\par";
        Assert.Equal("Awal\nBingkai\nAkhir\n", Text(few));

        // Twenty-four frames: two columns (labels at 1000 twips, right-aligned values ending at 9000) on two pages.
        var many = new StringBuilder();
        for (int page = 0; page < 2; page++)
        {
            for (int row = 0; row < 6; row++)
            {
                int y = 1000 + (row * 240);
                many.Append(CultureInfo.InvariantCulture, $"\\pard\\plain\\phpg\\posx1000\\pvpg\\posy{y}\\absw3000\\absh240\\fs20 Label {page}{row}\\par");
                many.Append(CultureInfo.InvariantCulture, $"\\pard\\plain\\phpg\\posx6000\\pvpg\\posy{y}\\absw3000\\absh240\\qr\\fs20 {row}.000,00\\par");
            }

            many.Append("\\pard\\plain\\page\\par");
        }

        OfficeText read = Read("{\\rtf1\\ansi " + many + "}");
        string[] lines = read.Text!.Split('\n');
        Assert.Contains(read.Notes, n => n.Code == "RKA021" && n.Message.Contains("Crystal Reports", StringComparison.Ordinal));
        Assert.Equal(1, read.Text.Count(c => c == '\f')); // the empty third page after the last \page writes nothing
        string first = Assert.Single(lines, l => l.StartsWith("Label 00", StringComparison.Ordinal));
        string last = Assert.Single(lines, l => l.StartsWith("Label 05", StringComparison.Ordinal));
        Assert.EndsWith("0.000,00", first, StringComparison.Ordinal);
        Assert.Equal(first.Length, last.Length); // right-aligned numbers end in one column
        Assert.True(first.IndexOf("0.000", StringComparison.Ordinal) > "Label 00".Length + 2);
    }

    [Fact]
    public void A_text_box_placed_on_the_page_is_a_box_and_one_anchored_to_a_paragraph_stays_in_the_text()
    {
        string placed = "{\\shp{\\*\\shpinst\\shpleft100\\shptop200\\shpright3000\\shpbottom500\\shpbxpage\\shpbypage{\\sp{\\sn fillColor}{\\sv 0}}"
            + "{\\shptxt \\pard Kotak\\par}}{\\shprslt {\\pict 00}}}";
        string inline = "{\\shp{\\*\\shpinst\\shpleft0\\shptop0\\shpbxcolumn\\shpbypara{\\shptxt Dalam teks}}}";

        Assert.Equal("Awal\nKotak\nAkhir\n", Text("Awal\\par " + placed + "Akhir\\par"));
        Assert.Equal("Dalam teks\nAkhir\n", Text(inline + "Akhir\\par"));
    }

    [Fact]
    public void A_form_saved_as_rtf_is_read_with_the_word_note()
    {
        RkaReadResult result = RkaTextReader.Read(RichTextFiles.Rtf(TestData.SeedText, tables: true));

        Assert.Equal(RkaTextReader.Read(TestData.SeedText).Document.Forms.Count, result.Document.Forms.Count);
        Diagnostic note = Assert.Single(result.Diagnostics, d => d.Code == "RKA021");
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Contains("Rich Text Format", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_before_the_group_is_no_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. RichTextFiles.Rtf(TestData.SeedText, tables: false)];

        RkaReadResult result = RkaTextReader.Read(bytes);

        Assert.NotEmpty(result.Document.Forms);
        Assert.Equal(RkaTextReader.Read(TestData.SeedText).Document.Forms[0].Header.PemerintahDaerah, result.Document.Forms[0].Header.PemerintahDaerah);
    }
}
