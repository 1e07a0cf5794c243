using System;
using System.IO;
using System.Linq;
using System.Text;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Office files that are damaged, not Office files, or hostile: reading never throws, memory stays within the
/// reader's limit, and a diagnostic says what happened.</summary>
public class OfficeHostileTests
{
    private static readonly string Form = "Program\t:\t1.01.1.01.01.15\tProgram Pendidikan Non Formal\n";

    [Fact]
    public void A_truncated_zip_is_reported_as_a_damaged_package()
    {
        byte[] file = OfficeFiles.Docx(Form, tables: true, multiLineCells: false);

        RkaReadResult result = RkaTextReader.Read(file.AsSpan(0, file.Length / 2));

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RKA001", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Contains("zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Document.Forms);
    }

    [Fact]
    public void A_zip_that_is_neither_word_nor_excel_names_the_parts_it_lacks()
    {
        byte[] file = OfficeFiles.Zip(("readme.txt", "Program : 1.01"));

        Diagnostic error = Assert.Single(RkaTextReader.Read(file).Diagnostics);

        Assert.Equal("RKA001", error.Code);
        Assert.Contains("word/document.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("xl/workbook.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_declares_a_dtd_is_refused_and_its_entities_never_expand()
    {
        string laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
            + "<w:document xmlns:w=\"" + OfficeFiles.W + "\"><w:body><w:p><w:r><w:t>&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>";

        Diagnostic error = Assert.Single(RkaTextReader.Read(OfficeFiles.Zip(("word/document.xml", laughs))).Diagnostics);

        Assert.Equal("RKA001", error.Code);
        Assert.Contains("word/document.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_names_the_part_and_where()
    {
        byte[] file = OfficeFiles.Zip(("word/document.xml", "<w:document xmlns:w=\"" + OfficeFiles.W + "\">\n<w:body><w:p></w:body>"));

        Diagnostic error = Assert.Single(RkaTextReader.Read(file).Diagnostics);

        Assert.Equal("RKA001", error.Code);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_inflates_past_the_limit_is_read_up_to_it_and_reported()
    {
        // 4 MB of paragraphs compress to a few kilobytes; the limit here is 64 KB of XML.
        var body = new StringBuilder("<w:p><w:r><w:t>Program</w:t><w:tab/><w:t>:</w:t><w:tab/><w:t>1.01.1.01.01.15 Program Pendidikan</w:t></w:r></w:p>");
        body.Insert(0, "<w:p><w:r><w:t>x</w:t></w:r></w:p>", 4 << 20 >> 5);
        byte[] file = OfficeFiles.Docx(body.ToString());
        Assert.True(file.Length < 200_000, "the test package should be highly compressed");

        RkaReadResult result = RkaTextReader.Read(file, maxDocumentLength: 64 << 10, maxForms: 10);

        Diagnostic cut = Assert.Single(result.Diagnostics, d => d.Code == "RKA011");
        Assert.Equal(DiagnosticSeverity.Error, cut.Severity);
        Assert.Contains("word/document.xml", cut.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA021");
    }

    [Fact]
    public void Sheet_rows_far_apart_stop_at_the_text_limit()
    {
        string sheet = "<worksheet xmlns=\"" + OfficeFiles.S + "\"><sheetData>"
            + string.Concat(Enumerable.Range(0, 50).Select(i => "<row r=\"" + (1_000_000 + i) + "\"><c r=\"XFD" + (1_000_000 + i) + "\" t=\"inlineStr\"><is><t>a</t></is></c></row>"))
            + "</sheetData></worksheet>";
        string workbook = "<workbook xmlns=\"" + OfficeFiles.S + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + string.Concat(Enumerable.Range(0, 500).Select(i => "<sheet name=\"s" + i + "\" r:id=\"rId1\"/>")) + "</sheets></workbook>";
        byte[] file = OfficeFiles.Zip(("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", sheet));

        RkaReadResult result = RkaTextReader.Read(file, maxDocumentLength: 4 << 20, maxForms: 10);

        Assert.Contains(result.Diagnostics, d => d.Code == "RKA011" && d.Message.Contains("xl/worksheets/sheet1.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void Deep_nesting_never_throws()
    {
        const int depth = 20_000;
        string tables = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", depth)) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
            + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", depth));
        string runs = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + "<w:p><w:r><w:t>y</w:t></w:r></w:p>"
            + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));

        RkaReadResult result = RkaTextReader.Read(OfficeFiles.Docx(tables + runs));

        Assert.Contains(result.Diagnostics, d => d.Code == "RKA021");
        Assert.Empty(result.Document.Forms);
    }

    [Fact]
    public void Damaged_bytes_anywhere_in_a_package_never_throw()
    {
        byte[][] packages =
        [
            OfficeFiles.Docx(TestData.SeedText, tables: true, multiLineCells: true),
            OfficeFiles.Xlsx(TestData.SeedText, 100),
        ];
        var random = new Random(20261202);
        foreach (byte[] original in packages)
        {
            for (int i = 0; i < 300; i++)
            {
                byte[] file = (byte[])original.Clone();
                for (int n = random.Next(1, 8); n > 0; n--)
                {
                    file[random.Next(4, file.Length)] = (byte)random.Next(256);
                }

                RkaReadResult result = RkaTextReader.Read(file.AsSpan(0, random.Next(2) == 0 ? file.Length : random.Next(4, file.Length)));
                Assert.NotEmpty(result.Diagnostics);
            }
        }
    }

    [Fact]
    public void A_package_through_a_stream_that_cannot_seek_reads_as_from_bytes()
    {
        byte[] file = OfficeFiles.Docx(TestData.SeedText, tables: true, multiLineCells: false);
        using var stream = new ForwardOnlyStream(new MemoryStream(file));

        RkaReadResult viaStream = RkaTextReader.Read(stream);
        RkaReadResult viaBytes = RkaTextReader.Read(file);

        Assert.Equal(viaBytes.Diagnostics.Select(d => d.ToString()), viaStream.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(RkaTextReader.Read(TestData.SeedText).Document.Forms.Count, viaStream.Document.Forms.Count);
    }

    /// <summary>A stream that can only be read forwards (as standard input or a network stream).</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
