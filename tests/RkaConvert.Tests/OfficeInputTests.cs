using System;
using System.Linq;
using Rkaskpd.Tests.Text.Office;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>A form as a Word document, an Excel workbook or a LibreOffice Writer document or Calc sheet is read by the
/// CLI like its text, whatever the file is named; a zip that is none of these is a usage error that says why.</summary>
public class OfficeInputTests
{
    [Theory]
    [InlineData("rka-skpd-221.docx", true)]
    [InlineData("rka-skpd-221.xlsx", false)]
    [InlineData("rka-skpd-221.bin", true)]
    public void The_seed_as_docx_or_xlsx_converts_to_the_same_json_and_validate_says_how_it_was_read(string name, bool word)
    {
        using var files = new TempFiles();
        byte[] file = word ? OfficeFiles.Docx(TempFiles.SeedText, tables: true, multiLineCells: true) : OfficeFiles.Xlsx(TempFiles.SeedText);
        string path = files.WriteBytes(name, file);
        string code = word ? "RKA021" : "RKA022";

        AppResult converted = AppRun.Of("convert", path);
        AppResult validated = AppRun.Of("validate", path, "--lang", "en");

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(AppRun.Of("convert", TempFiles.SeedPath).Stdout, converted.Stdout);
        Assert.Contains(validated.StdoutLines, l => l.StartsWith(code + " info", StringComparison.Ordinal));
        string[] expected = AppRun.Of("validate", TempFiles.SeedPath, "--lang", "en").StdoutLines;
        string[] found = [.. validated.StdoutLines.Where(l => !l.StartsWith(code, StringComparison.Ordinal))];
        Assert.Equal(expected[..^1], found[..^1]);
    }

    [Theory]
    [InlineData("rka-skpd-221.odt", true)]
    [InlineData("rka-skpd-221.ods", false)]
    [InlineData("rka-skpd-221.zip", true)]
    public void The_seed_as_odt_or_ods_converts_to_the_same_json_and_validate_says_how_it_was_read(string name, bool writer)
    {
        using var files = new TempFiles();
        byte[] file = writer ? OpenDocumentFiles.Odt(TempFiles.SeedText, tables: true, multiLineCells: true) : OpenDocumentFiles.Ods(TempFiles.SeedText);
        string path = files.WriteBytes(name, file);

        AppResult converted = AppRun.Of("convert", path);
        AppResult validated = AppRun.Of("validate", path, "--lang", "en");

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(AppRun.Of("convert", TempFiles.SeedPath).Stdout, converted.Stdout);
        Assert.Contains(validated.StdoutLines, l => l.StartsWith("RKA025 info", StringComparison.Ordinal));
        string[] expected = AppRun.Of("validate", TempFiles.SeedPath, "--lang", "en").StdoutLines;
        string[] found = [.. validated.StdoutLines.Where(l => !l.StartsWith("RKA025", StringComparison.Ordinal))];
        Assert.Equal(expected[..^1], found[..^1]);
    }

    [Fact]
    public void An_odt_without_a_form_says_it_holds_none_not_that_it_is_no_office_file()
    {
        using var files = new TempFiles();
        string path = files.WriteBytes("notes.odt", OpenDocumentFiles.OdtXml("<text:p>Catatan rapat</text:p>"));

        AppResult result = AppRun.Of("convert", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("RKA001", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("content.xml", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_an_office_file_is_a_usage_error_naming_the_reason()
    {
        using var files = new TempFiles();
        string path = files.WriteBytes("archive.docx", OfficeFiles.Zip(("notes.txt", "Program : 1.01")));

        AppResult result = AppRun.Of("convert", path, "--lang", "en");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("word/document.xml", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("old.doc", "Word 97-2003 document (.doc)", "dokumen Word 97-2003 (.doc)")]
    [InlineData("broken.rtf", "Rich Text Format", "Rich Text Format")]
    public void A_damaged_doc_or_an_rtf_file_without_text_is_a_usage_error_that_says_what_it_is_and_how_to_save_it(string name, string english, string indonesian)
    {
        // An OLE2 compound file would pass for binary, an RTF file (it starts with '{') for bad JSON. The .doc here is
        // a header and a directory naming its WordDocument stream, nothing more: a damaged Word document. (A whole .doc
        // is read: DocInputTests; an Excel .xls too: XlsInputTests; an RTF file with text:
        // The_writer_form_as_rtf_converts_as_its_docx_does.)
        using var files = new TempFiles();
        byte[] bytes = name.EndsWith(".rtf", StringComparison.Ordinal)
            ? System.Text.Encoding.ASCII.GetBytes("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}{\\pict\\bin999999 ")
            : WordDocumentDirectory();
        string path = files.WriteBytes(name, bytes);

        AppResult inEnglish = AppRun.Of("validate", path, "--lang", "en");
        AppResult inIndonesian = AppRun.Of("convert", path, "--lang", "id");

        Assert.NotEqual(0, inEnglish.ExitCode);
        Assert.Contains(english, inEnglish.Stderr, StringComparison.Ordinal);
        Assert.Contains(".docx", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("JSON", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("binary", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(0, inIndonesian.ExitCode);
        Assert.Contains(indonesian, inIndonesian.Stderr, StringComparison.Ordinal);
        Assert.Contains("simpan sebagai", inIndonesian.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A Writer form saved by LibreOffice as Rich Text Format converts to the JSON its .docx converts to (but
    /// for the KAK sections' text as written, which keeps the list numbers RTF carries and a .docx leaves to its
    /// numbering), and validate says how it was read, whatever the file is named.</summary>
    [Theory]
    [InlineData("writer-2020-rka-skpd-221-kak.rtf")]
    [InlineData("downloaded.doc")]
    public void The_writer_form_as_rtf_converts_as_its_docx_does(string name)
    {
        using var files = new TempFiles();
        string path = files.WriteBytes(name, System.IO.File.ReadAllBytes(Unseen("writer-2020-rka-skpd-221-kak.rtf")));

        AppResult converted = AppRun.Of("convert", path);
        AppResult validated = AppRun.Of("validate", path, "--lang", "en");

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(
            AppRun.Of("convert", Unseen("writer-2020-rka-skpd-221-kak.docx")).StdoutLines.Where(l => !l.StartsWith("\"text\":", StringComparison.Ordinal)),
            converted.StdoutLines.Where(l => !l.StartsWith("\"text\":", StringComparison.Ordinal)));
        Assert.Contains(validated.StdoutLines, l => l.StartsWith("RKA021 info", StringComparison.Ordinal) && l.Contains("Rich Text Format", StringComparison.Ordinal));
    }

    private static string Unseen(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "unseen", name);

    /// <summary>The start of a Word .doc (a damaged one): the compound file's header, then its directory's root entry
    /// and the <c>WordDocument</c> stream's entry.</summary>
    private static byte[] WordDocumentDirectory()
    {
        byte[] bytes = new byte[512 + (2 * 128)];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF }.CopyTo(bytes, 0);
        foreach ((int offset, string name, byte type) in new[] { (512, "Root Entry", (byte)5), (640, "WordDocument", (byte)2) })
        {
            System.Text.Encoding.Unicode.GetBytes(name + "\0").CopyTo(bytes, offset);
            bytes[offset + 0x40] = (byte)((name.Length + 1) * 2);
            bytes[offset + 0x42] = type;
        }

        return bytes;
    }
}
