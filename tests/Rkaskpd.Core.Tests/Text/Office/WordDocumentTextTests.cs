using System.IO;
using Rkaskpd.Text.Office;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>The text a Word document's XML gives (<see cref="WordDocumentText"/> through <see cref="OfficePackage"/>),
/// element by element; each expected text is what copying the document out of Word gives.</summary>
public class WordDocumentTextTests
{
    [Fact]
    public void Runs_join_and_tabs_breaks_and_symbols_are_characters()
    {
        string body =
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"900\"/></w:tabs></w:pPr>"
            + "<w:r><w:t>Prog</w:t></w:r><w:r><w:rPr><w:tab/></w:rPr><w:t xml:space=\"preserve\">ram </w:t></w:r><w:r><w:tab/><w:t>:</w:t><w:ptab w:relativeTo=\"margin\" w:alignment=\"left\" w:leader=\"none\"/></w:r>"
            + "<w:r><w:t>1.01</w:t><w:noBreakHyphen/><w:t>A</w:t><w:softHyphen/><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:sym w:font=\"x\" w:char=\"2022\"/><w:sym w:char=\"zz\"/></w:r></w:p>"
            + "<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:cr/><w:t>c &amp; d</w:t></w:r></w:p>"
            + "<w:p/><w:p><w:r><w:t>e</w:t></w:r></w:p>";

        Assert.Equal("Program \t:\t1.01-A\u00B7\u2022\na\nb\nc & d\n\ne\n", Text(body));
    }

    [Fact]
    public void A_table_row_is_a_line_of_tab_separated_cells_and_a_cell_of_paragraphs_is_lines()
    {
        string body = "<w:p><w:r><w:t>before</w:t></w:r></w:p>"
            + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>"
            + "<w:tr><w:trPr/><w:tc><w:tcPr/><w:p><w:r><w:t>Kode</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>Uraian</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>RENCANA</w:t></w:r></w:p><w:p><w:r><w:t>SATUAN</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>"
            + "</w:tbl><w:p><w:r><w:t>after</w:t></w:r></w:p>";

        Assert.Equal("before\nKode\t\tUraian\nRENCANA\nSATUAN\tx\nafter\n", Text(body));
    }

    [Fact]
    public void A_nested_table_is_lines_inside_its_cell()
    {
        string inner = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>n1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>n2</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>n3</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>n4</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        string body = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>" + inner + "<w:p/></w:tc><w:tc><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

        Assert.Equal("x\nn1\tn2\nn3\tn4\n\ty\n", Text(body));
    }

    [Fact]
    public void Deleted_text_field_instructions_and_fallback_content_are_skipped_inserted_text_is_kept()
    {
        string body = "<w:p><w:r><w:t>Jumlah </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>Rp. 9.000,00</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\">Rp. 8.000,00 </w:t></w:r></w:ins>"
            + "<w:r><w:delText>gone</w:delText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>!</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>?</w:t></w:r></mc:Fallback></mc:AlternateContent>"
            + "</w:p>";

        Assert.Equal("Jumlah Rp. 8.000,00 3!\n", Text(body));
    }

    [Fact]
    public void Strict_open_xml_reads_like_transitional()
    {
        byte[] file = OfficeFiles.Zip(("word/document.xml",
            "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body><w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r></w:p></w:body></w:document>"));

        Assert.Equal("a\tb\n", Read(file).Text);
    }

    private static string? Text(string body) => Read(OfficeFiles.Docx(body)).Text;

    private static OfficeText Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return OfficePackage.Read(stream, 1 << 20);
    }
}
