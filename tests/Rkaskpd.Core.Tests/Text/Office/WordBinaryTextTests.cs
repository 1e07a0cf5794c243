using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Rkaskpd.Validation;
using Xunit;
using static Rkaskpd.Tests.Text.Office.WordBinaryFiles;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>A Word 97-2003 document's text ([MS-DOC]): the piece table's compressed and Unicode pieces, paragraphs,
/// table cells and rows, fields and special characters give the lines the <c>.docx</c> path writes; a damaged,
/// encrypted or older document is one clear error.</summary>
public class WordBinaryTextTests
{
    [Theory]
    [InlineData("docx-2019-rka-skpd-221-kak")]
    [InlineData("pandoc-2016-rka-skpd-221-kak")]
    [InlineData("writer-2020-rka-skpd-221-kak")]
    [InlineData("writer-2015-dpa-skpd-221-triwulan")]
    public void LibreOffice_doc_gives_the_lines_of_the_same_document_as_docx(string name)
    {
        OfficeText doc = WordBinaryText.Read(UnseenData.Bytes(name + ".doc"), 1 << 26);
        using FileStream docx = File.OpenRead(UnseenData.PathOf(name + ".docx"));
        OfficeText word = OfficePackage.Read(docx, 1 << 26);

        // Writer keeps a page break before a paragraph as a property in .doc but writes a break into .docx, which gives
        // an empty line there: the lines that hold text are the same, tables row by row and cell by cell.
        string[] Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();
        Assert.Equal(Lines(word.Text!), Lines(doc.Text!));
        Assert.Contains('\t', doc.Text!);
        Assert.Equal(TextReaderMessages.ReadAsWord, Assert.Single(doc.Notes).Code);
    }

    [Fact]
    public void Compressed_and_unicode_pieces_join_in_order()
    {
        byte[] file = Doc([("Program \u201CPelayanan\u201D \u2013 ", true), ("Kecamatan Ciŕebon ", false), ("\u0160tart\r", true)]);

        Assert.Equal("Program \u201CPelayanan\u201D \u2013 Kecamatan Ciŕebon \u0160tart\n", Text(file));
    }

    [Fact]
    public void Compressed_bytes_decode_as_ms_doc_maps_them()
    {
        char[] decoded = new char[6];

        WordPieceTable.Decode([0x41, 0x80, 0x85, 0x8D, 0x93, 0xE9], decoded);

        Assert.Equal("A\u0080\u2026\u008D\u201C\u00E9", new string(decoded));
    }

    [Fact]
    public void Only_the_main_document_is_read_not_the_stories_after_it()
    {
        byte[] file = Doc([("Kegiatan : 1.01\r", true)], after: "Catatan kaki\r");

        Assert.Equal("Kegiatan : 1.01\n", Text(file));
    }

    [Fact]
    public void A_row_is_one_line_of_cells_and_empty_cells_stay_cells()
    {
        string table = $"Urusan\u0007:\u0007\u00071.01 Pendidikan\u0007{RowEnd}\u0007\u0007\u0007\u0007{RowEnd}";
        byte[] file = Doc([(Paragraphs("Judul") + table + Paragraphs("Akhir"), true)]);

        Assert.Equal("Judul\nUrusan\t:\t\t1.01 Pendidikan\n\t\t\t\nAkhir\n", Text(file));
    }

    [Fact]
    public void A_row_end_whose_properties_lie_in_the_data_stream_ends_the_row()
    {
        string table = $"a\u0007\u0007{RowEnd}b\u0007c\u0007{RowEnd}";

        Assert.Equal("a\t\nb\tc\n", Text(Doc([(table, false)], hugeRowEnds: true)));
    }

    [Fact]
    public void Without_paragraph_properties_a_second_cell_mark_ends_the_row()
    {
        string table = $"a\u0007b\u0007{RowEnd}c\u0007d\u0007{RowEnd}";

        Assert.Equal("a\tb\nc\td\n", Text(Doc([(table, true)], marks: false)));
    }

    [Fact]
    public void A_cells_paragraphs_are_joined_by_line_breaks_as_in_docx()
    {
        string table = $"Lumajang, 2 Januari 2020\rKepala Kecamatan\u0007Jumlah\u0007{RowEnd}";

        Assert.Equal("Lumajang, 2 Januari 2020\nKepala Kecamatan\tJumlah\n", Text(Doc([(table, true)])));
    }

    [Fact]
    public void A_nested_tables_rows_are_lines_inside_its_cell_as_in_docx()
    {
        // Outer row: "A" | a nested table of two rows (x | y, z | w). Nested cells and rows end with 0x0D marks whose
        // properties say so (sprmPFInnerTableCell, sprmPFInnerTtp).
        const string text = "A\u0007x\ry\r\rz\rw\r\r\u0007\u0007";
        WordParagraphKind?[] kinds =
        [
            null, WordParagraphKind.Cell, null, WordParagraphKind.InnerCell, null, WordParagraphKind.InnerCell, WordParagraphKind.InnerRowEnd,
            null, WordParagraphKind.InnerCell, null, WordParagraphKind.InnerCell, WordParagraphKind.InnerRowEnd, WordParagraphKind.Cell, WordParagraphKind.RowEnd,
        ];
        var lines = new System.Text.StringBuilder();

        new WordBinaryLines(lines, cp => kinds[cp]).Write(text);

        Assert.Equal("A\tx\ty\nz\tw\n", lines.ToString());
    }

    [Theory]
    [InlineData("08D6 0500 01020304 0DC6 02 AABB 1264 00000000 1624 01 1724 01", (int)WordParagraphKind.RowEnd)]
    [InlineData("TDEF 1624 01 1724 01", (int)WordParagraphKind.RowEnd)]
    [InlineData("1624 01 4966 01000000", (int)WordParagraphKind.Cell)]
    [InlineData("1624 01 4966 02000000 4B24 01", (int)WordParagraphKind.InnerCell)]
    [InlineData("1624 01 4966 02000000 4C24 01", (int)WordParagraphKind.InnerRowEnd)]
    [InlineData("1624 00 1724 01", (int)WordParagraphKind.Body)]
    [InlineData("15C6 FF 1624 01", (int)WordParagraphKind.Body)]
    [InlineData("1624", (int)WordParagraphKind.Body)]
    public void Paragraph_sprms_are_walked_by_their_operand_sizes(string hex, int expected)
    {
        // TDEF: a sprmTDefTable whose 16-bit size (0x0101: 256 bytes follow it) a one-byte size would misread.
        string table = "08D60101" + string.Concat(Enumerable.Repeat("17", 256));
        byte[] sprms = Convert.FromHexString(hex.Replace("TDEF", table, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal));

        Assert.Equal((WordParagraphKind)expected, WordParagraphMarks.KindOf(sprms, default));
    }

    [Fact]
    public void A_field_gives_its_result_only_also_when_nested()
    {
        string text = "Halaman \u0013 PAGE \u00142\u0015 dari \u0013 IF \u0013 NUMPAGES \u00143\u0015 > 1 \u0014tiga\u0015.\r"
            + "\u0013 TOC \\o \u0015Tanpa hasil\r";

        Assert.Equal("Halaman 2 dari tiga.\nTanpa hasil\n", Text(Doc(text)));
    }

    [Fact]
    public void Special_characters_are_written_as_docx_writes_them()
    {
        string text = "Rp.\u00A0500\u0001\u0008 non\u001Ebreaking op\u001Ftional\u000Bbaris\u000Chalaman\tkolom\u0002\u0005\r";

        Assert.Equal("Rp. 500 non-breaking optional\nbaris\nhalaman\tkolom\n", Text(Doc(text)));
    }

    [Fact]
    public void Text_past_the_limit_is_cut_with_a_note()
    {
        OfficeText text = WordBinaryText.Read(Doc(Paragraphs("Program : 1.01", "Kegiatan : 1.01.01")), 20);

        Assert.Equal("Program : 1.01\nKegia\n", text.Text);
        Assert.Contains(text.Notes, n => n.Code == TextReaderMessages.DocumentTooLong);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_file_past_the_bytes_the_limit_allows_is_one_error_without_reading_it_whole(bool seekable)
    {
        byte[] file = UnseenData.Bytes("writer-2020-rka-skpd-221-kak.doc");
        using var stream = new CountingStream(file, seekable);

        RkaReadResult result = RkaTextReader.Read(stream, 1000, 10);

        AssertOneError(result, "larger than the reader's limit");
        Assert.InRange(stream.Position, 0, 1 << 17);
        AssertOneError(RkaTextReader.Read(file.AsSpan(), 1000, 10), "larger than the reader's limit");
    }

    [Fact]
    public void Four_kilobyte_sectors_read_as_512_byte_ones()
    {
        string text = Paragraphs("Program : 1.01") + string.Concat(Enumerable.Repeat("Rincian belanja panjang sekali ", 200)) + "\r";

        Assert.Equal(Text(Doc([(text, false)], sectorShift: 9)), Text(Doc([(text, false)], sectorShift: 12)));
        Assert.StartsWith("Program : 1.01\nRincian", Text(Doc([(text, false)], sectorShift: 12)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0200 | 0x0100, "password")]
    [InlineData(0x0200 | 0x8000, "password")]
    [InlineData(0x0000, "0Table")]
    public void An_encrypted_document_or_a_missing_table_stream_is_one_error(int flags, string named)
    {
        RkaReadResult result = RkaTextReader.Read(Doc([("Program : 1.01\r", true)], flags: flags));

        AssertOneError(result, named);
    }

    [Fact]
    public void A_word_95_document_is_named_as_such()
    {
        byte[] file = Doc("Program : 1.01\r");
        var streams = Streams([("Program : 1.01\r", true)]);
        BinaryPrimitives.WriteUInt16LittleEndian(streams[0].Data.AsSpan(2), 104);

        AssertOneError(RkaTextReader.Read(CompoundFiles.Build(streams).File), "Word 95");
        Assert.NotNull(WordBinaryText.Read(file, 1000).Text);
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x01)]
    public void A_damaged_piece_table_is_one_error(int damage)
    {
        var streams = Streams([("Program : 1.01\r", true)]);
        if (damage == 0)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(streams[0].Data.AsSpan(ClxOffset + 4), 100_000);
        }
        else
        {
            streams[1].Data[6] = 7;
        }

        AssertOneError(RkaTextReader.Read(CompoundFiles.Build(streams).File), "piece table");
    }

    [Fact]
    public void A_piece_past_the_stream_is_one_error()
    {
        var streams = Streams([("Program : 1.01\r", false)]);
        int pcd = 6 + 5 + 8;
        BinaryPrimitives.WriteUInt32LittleEndian(streams[1].Data.AsSpan(pcd + 2), 0x3FFFFF00);

        AssertOneError(RkaTextReader.Read(CompoundFiles.Build(streams).File), "piece table");
    }

    [Fact]
    public void A_truncated_doc_is_one_error_that_says_to_save_it_as_docx()
    {
        byte[] file = UnseenData.Bytes("writer-2020-rka-skpd-221-kak.doc");

        // Cut in half, its directory is gone, but its first sectors still hold the Word document's FIB.
        RkaReadResult result = RkaTextReader.Read(file.AsSpan(0, file.Length / 2));

        AssertOneError(result, "save it as .docx");
        Assert.Contains("Word 97-2003 document (.doc)", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.True(WordBinaryText.LooksLikeWord(file.AsSpan(0, file.Length / 2)));
        Assert.False(WordBinaryText.LooksLikeWord(CompoundFiles.Build([("Workbook", new byte[5000])]).File));
    }

    [Fact]
    public void A_compound_file_without_a_word_document_points_to_RkaXlsReader()
    {
        byte[] file = CompoundFiles.Build([("Workbook", Ascii("BIFF8 bytes"))]).File;

        AssertOneError(RkaTextReader.Read(file), "RkaXlsReader");
    }

    [Fact]
    public void A_doc_is_read_into_forms_with_an_info_note()
    {
        using FileStream file = File.OpenRead(UnseenData.PathOf("docx-2019-rka-skpd-221-kak.doc"));

        RkaReadResult result = RkaTextReader.Read(file);

        Assert.NotEmpty(result.Document.Forms);
        Diagnostic note = Assert.Single(result.Diagnostics, d => d.Code == "RKA021");
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Contains("Word 97-2003", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA001");
    }

    private sealed class CountingStream(byte[] bytes, bool seekable) : MemoryStream(bytes)
    {
        public override bool CanSeek => seekable;
    }

    private static string? Text(byte[] file) => WordBinaryText.Read(file, 1 << 20).Text;

    private static void AssertOneError(RkaReadResult result, string named)
    {
        Assert.Empty(result.Document.Forms);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RKA001", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
