using System.IO;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>The text an OpenDocument text's body gives (<see cref="OpenDocumentText"/> through
/// <see cref="OfficePackage"/>), element by element; each expected text is what <see cref="WordDocumentText"/> gives for
/// the same document saved as <c>.docx</c>.</summary>
public class OpenDocumentTextTests
{
    [Fact]
    public void Paragraphs_headings_and_list_items_are_lines_with_their_spaces_tabs_and_breaks()
    {
        string body = "<text:h text:outline-level=\"1\">I. LATAR <text:span>BELAKANG</text:span></text:h>"
            + "<text:p>Program<text:s text:c=\"3\"/>:<text:tab/>1.01<text:line-break/>Pendidikan<text:s/>Dasar</text:p>"
            + "<text:p>\n   a  \n\t b <text:soft-page-break/><text:bookmark text:name=\"x\"/><text:a xlink:href=\"#\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">c</text:a></text:p>"
            + "<text:p/>"
            + "<text:list><text:list-item><text:number>1.</text:number><text:p>Undang-Undang Nomor 23</text:p></text:list-item>"
            + "<text:list-item><text:p>Peraturan Pemerintah</text:p><text:list><text:list-item><text:p>nested</text:p></text:list-item></text:list></text:list-item></text:list>";

        Assert.Equal("I. LATAR BELAKANG\nProgram   :\t1.01\nPendidikan Dasar\na b c\n\nUndang-Undang Nomor 23\nPeraturan Pemerintah\nnested\n", Text(body));
    }

    [Fact]
    public void A_table_row_is_a_line_of_tab_separated_cells_and_a_cell_of_paragraphs_is_lines()
    {
        string body = "<text:p>before</text:p><table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"3\"/>"
            + "<table:table-header-rows><table:table-row><table:table-cell><text:p>Kode</text:p></table:table-cell><table:table-cell><text:p/></table:table-cell><table:table-cell><text:p>Uraian</text:p></table:table-cell></table:table-row></table:table-header-rows>"
            + "<table:table-row><table:table-cell><text:p>RENCANA</text:p><text:p>SATUAN</text:p></table:table-cell><table:table-cell><text:p>x<text:line-break/>y</text:p></table:table-cell><table:table-cell/></table:table-row>"
            + "</table:table><text:p>after</text:p>";

        Assert.Equal("before\nKode\t\tUraian\nRENCANA\nSATUAN\tx\ny\t\nafter\n", Text(body));
    }

    /// <summary>Merged cells give the cells Word gives: a cell spanning columns is one cell (its covered cells none), a
    /// cell merged down is one empty cell in each row below, however many columns it spans.</summary>
    [Fact]
    public void Merged_cells_read_as_word_reads_them_and_a_repeated_cell_stands_again()
    {
        string body = "<table:table>"
            + "<table:table-row><table:table-cell table:number-columns-spanned=\"3\"><text:p>Rincian</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated=\"2\"/><table:table-cell><text:p>Jumlah</text:p></table:table-cell></table:table-row>"
            + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\"><text:p>Kode</text:p></table:table-cell><table:covered-table-cell/><table:table-cell table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell></table:table-row>"
            + "<table:table-row><table:covered-table-cell/><table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell><table:table-cell><text:p>a</text:p></table:table-cell><table:table-cell><text:p>b</text:p></table:table-cell></table:table-row>"
            + "</table:table>";

        Assert.Equal("Rincian\tJumlah\nKode\tx\tx\n\ta\tb\n", Text(body));
    }

    [Fact]
    public void A_nested_table_is_lines_inside_its_cell()
    {
        string inner = "<table:table><table:table-row><table:table-cell><text:p>n1</text:p></table:table-cell><table:table-cell><text:p>n2</text:p></table:table-cell></table:table-row>"
            + "<table:table-row><table:table-cell><text:p>n3</text:p></table:table-cell><table:table-cell><text:p>n4</text:p></table:table-cell></table:table-row></table:table>";
        string body = "<table:table><table:table-row><table:table-cell><text:p>x</text:p>" + inner + "<text:p/></table:table-cell><table:table-cell><text:p>y</text:p></table:table-cell></table:table-row></table:table>";

        Assert.Equal("x\nn1\tn2\nn3\tn4\n\ty\n", Text(body));
    }

    [Fact]
    public void Deleted_changes_notes_annotations_drawings_and_index_templates_are_skipped()
    {
        string body = "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>Rp. 9.000,00</text:p></text:deletion></text:changed-region></text:tracked-changes>"
            + "<text:table-of-content><text:table-of-content-source><text:index-title-template>Daftar Isi</text:index-title-template></text:table-of-content-source>"
            + "<text:index-body><text:p>BAB I<text:tab/>1</text:p></text:index-body></text:table-of-content>"
            + "<text:p>Jumlah <text:change text:change-id=\"c1\"/>Rp. 8.000,00<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>catatan</text:p></text:note-body></text:note>"
            + "<office:annotation><text:p>komentar</text:p></office:annotation><draw:frame><draw:text-box><text:p>kotak</text:p></draw:text-box></draw:frame>!</text:p>"
            + "<draw:frame text:anchor-type=\"page\"><draw:text-box><text:p>kotak halaman</text:p></draw:text-box></draw:frame><office:forms><text:p>formulir</text:p></office:forms>";

        Assert.Equal("BAB I\t1\nJumlah Rp. 8.000,00!\n", Text(body));
    }

    [Fact]
    public void The_note_says_the_document_was_read_as_an_OpenDocument_text()
    {
        OfficeText read = Read(OpenDocumentFiles.OdtXml("<text:p>a</text:p>"));

        Assert.Equal("a\n", read.Text);
        RawNote note = Assert.Single(read.Notes);
        Assert.Equal("RKA025", note.Code);
        Assert.Contains(".odt", note.Message, System.StringComparison.Ordinal);
    }

    private static string? Text(string body) => Read(OpenDocumentFiles.OdtXml(body)).Text;

    private static OfficeText Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return OfficePackage.Read(stream, 1 << 20);
    }
}
