using System;
using System.IO;
using System.Linq;
using System.Text;
using Rkaskpd.Pdf;
using Rkaskpd.Spreadsheet;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace RkaConvert;

/// <summary>
/// Reads an input (a file, or standard input for <c>-</c>) into a <see cref="LoadedDocument"/>: a PDF when it starts
/// with <c>%PDF-</c> (read by <see cref="RkaPdfReader"/>), a Word (<c>.docx</c>), Excel (<c>.xlsx</c>) or OpenDocument
/// (<c>.odt</c>, <c>.ods</c>) file when it starts with a zip header (read by <see cref="RkaTextReader.Read(Stream)"/>
/// from its text), an Office 97-2003 compound file as a Word 97-2003 document (<c>.doc</c>, read by
/// <see cref="RkaTextReader.Read(Stream)"/> from its text) or else as an Excel 97-2003 workbook (<c>.xls</c>, read by
/// <see cref="RkaXlsReader"/>), JSON when its first non-white-space character is <c>{</c>,
/// form text otherwise, read through <see cref="RkaTextReader.Read(Stream)"/>
/// so every encoding the reader recognises (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252) is accepted, and so
/// are a sheet saved as CSV, an HTML page (<c>.html</c>/<c>.htm</c>, recognised by how it starts, read as a browser
/// copies its text) and a flat OpenDocument file (<c>.fodt</c>, <c>.fods</c>).
/// Every way the input can be unusable becomes a <see cref="UsageException"/> whose one-line message says what to do.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>The reader's rule ID for a text that holds no RKA form at all.</summary>
    private const string NotAnRka = "RKA001";

    /// <summary>The reader's code for a document read as a Word file.</summary>
    private const string ReadAsWord = "RKA021";

    /// <summary>The reader's code for a document read as an Excel workbook.</summary>
    private const string ReadAsExcel = "RKA022";

    /// <summary>The reader's code for a document read as an OpenDocument text or spreadsheet (LibreOffice).</summary>
    private const string ReadAsOpenDocument = "RKA025";

    /// <summary>How many bytes are looked at to tell binary, JSON and text apart (as git does with its first 8000).</summary>
    private const int SniffLength = 8192;

    private const int BufferSize = 1 << 16;

    /// <summary>Reads an input.</summary>
    /// <param name="path">The file's path, or <c>-</c> for standard input.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The document.</returns>
    /// <exception cref="UsageException">The input is missing, a folder, unreadable, an unreadable PDF, binary, bad JSON or holds no RKA form.</exception>
    public static LoadedDocument Load(string path, Stream stdin)
    {
        string source = CliMessages.SourceName(path);
        if (path == OutputTarget.StandardStream)
        {
            using MemoryStream copy = CopyOf(stdin, source);
            return Load(copy, source);
        }

        if (Directory.Exists(path))
        {
            throw new UsageException(CliMessages.IsFolder(path));
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException(CliMessages.FileNotFound(path), ex);
        }
        catch (Exception ex) when (OutputTarget.IsFileProblem(ex))
        {
            throw new UsageException(CliMessages.CannotRead(source, RkaConvertApp.OneLine(ex.Message)), ex);
        }

        using (file)
        {
            return Load(file, source);
        }
    }

    /// <summary>Reads a document from a seekable stream of bytes.</summary>
    /// <param name="stream">The bytes, positioned at their start.</param>
    /// <param name="source">The input's name for messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="UsageException">The bytes are binary, bad JSON, hold no RKA form, or reading them fails.</exception>
    public static LoadedDocument Load(Stream stream, string source)
    {
        try
        {
            long start = stream.Position;
            byte[] head = new byte[SniffLength];
            int length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = start;
            ReadOnlySpan<byte> sniffed = head.AsSpan(0, length);
            if (sniffed.StartsWith("%PDF-"u8))
            {
                return Checked(ReadPdf(stream, source), source);
            }

            if (sniffed.StartsWith(CompoundFile))
            {
                return ReadOffice(ReadCompoundFile(stream, start), source);
            }

            if (sniffed.StartsWith("PK\x03\x04"u8) || StartsAsRichText(sniffed))
            {
                return ReadOffice(RkaTextReader.Read(stream), source);
            }

            if (LooksBinary(sniffed))
            {
                throw new UsageException(CliMessages.Binary(source));
            }

            if (LooksLikeJson(sniffed, out bool utf16))
            {
                return new LoadedDocument(utf16 ? JsonInput.Deserialize(ReadUtf16(stream), source) : JsonInput.Deserialize(stream, source), null);
            }

            return Checked(RkaTextReader.Read(stream), source);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(CliMessages.CannotRead(source, RkaConvertApp.OneLine(ex.Message)), ex);
        }
    }

    /// <summary>Reads a PDF (recognised by its <c>%PDF-</c> header, whatever the file's name).</summary>
    private static RkaReadResult ReadPdf(Stream stream, string source)
    {
        try
        {
            return RkaPdfReader.Read(stream);
        }
        catch (RkaPdfException ex)
        {
            throw new UsageException(CliMessages.Pdf(source, ex.Message), ex);
        }
    }

    /// <summary>Reads an Office 97-2003 compound file: the core reads a Word <c>.doc</c> (and names a damaged one);
    /// anything else, an Excel <c>.xls</c> above all, goes to <see cref="RkaXlsReader"/>, which leaves a damaged
    /// <c>.doc</c> whose directory still names its <c>WordDocument</c> stream to the core's note again.</summary>
    private static RkaReadResult ReadCompoundFile(Stream stream, long start)
    {
        RkaReadResult word = RkaTextReader.Read(stream);
        if (word.Diagnostics.Any(d => d.Code == ReadAsWord))
        {
            return word;
        }

        stream.Position = start;
        return RkaXlsReader.Read(stream);
    }

    /// <summary>Checks what was read from a zip package (recognised by <c>PK\x03\x04</c>, whatever the file's name) or
    /// an Office 97-2003 file: a Word document (<c>.docx</c> or <c>.doc</c>), an Excel workbook (<c>.xlsx</c> or
    /// <c>.xls</c>) or an OpenDocument text or spreadsheet, or a Rich Text Format file, is read from its text; a zip
    /// that is none of these, a damaged one, a damaged <c>.doc</c> or <c>.xls</c> or an RTF file without text is a
    /// usage error with the reader's reason.</summary>
    private static LoadedDocument ReadOffice(RkaReadResult result, string source)
    {
        if (!result.Diagnostics.Any(d => d.Code is ReadAsWord or ReadAsExcel or ReadAsOpenDocument)
            && result.Diagnostics.FirstOrDefault(d => d.Code == NotAnRka) is { } unreadable)
        {
            throw new UsageException(CliMessages.Office(source, unreadable.Message));
        }

        return Checked(result, source);
    }

    /// <summary>The document of a reader's result, unless it holds no form.</summary>
    private static LoadedDocument Checked(RkaReadResult result, string source)
    {
        if (result.Document.Forms.Count == 0 || result.Diagnostics.Any(d => string.Equals(d.Code, NotAnRka, StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error))
        {
            throw new UsageException(CliMessages.NoForm(source, NotAnRka));
        }

        return new LoadedDocument(result.Document, result);
    }

    private static MemoryStream CopyOf(Stream stdin, string source)
    {
        var copy = new MemoryStream();
        try
        {
            stdin.CopyTo(copy, BufferSize);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            copy.Dispose();
            throw new UsageException(CliMessages.CannotRead(source, RkaConvertApp.OneLine(ex.Message)), ex);
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>The first bytes of an Office 97-2003 file (an OLE2 compound file: Word .doc, Excel .xls).</summary>
    private static ReadOnlySpan<byte> CompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Rich Text Format, which the reader reads (it would otherwise pass for JSON).</summary>
    private static bool StartsAsRichText(ReadOnlySpan<byte> head) =>
        (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head).StartsWith("{\\rtf"u8);

    /// <summary>Binary: a NUL character within the first bytes (a NUL code unit for UTF-16 text).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (IsUtf16(head))
        {
            for (int i = 2; i + 1 < head.Length; i += 2)
            {
                if (head[i] == 0 && head[i + 1] == 0)
                {
                    return true;
                }
            }

            return false;
        }

        return head.Contains((byte)0);
    }

    private static bool IsUtf16(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>JSON: the first character after a byte order mark and white space is <c>{</c>.</summary>
    private static bool LooksLikeJson(ReadOnlySpan<byte> head, out bool utf16)
    {
        utf16 = IsUtf16(head);
        if (utf16)
        {
            bool little = head[0] == 0xFF;
            for (int i = 2; i + 1 < head.Length; i += 2)
            {
                char c = (char)(little ? head[i] | (head[i + 1] << 8) : (head[i] << 8) | head[i + 1]);
                if (!char.IsWhiteSpace(c))
                {
                    return c == '{';
                }
            }

            return false;
        }

        ReadOnlySpan<byte> rest = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        int first = rest.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8);
        return first >= 0 && rest[first] == (byte)'{';
    }

    private static string ReadUtf16(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.Unicode, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: true);
        return reader.ReadToEnd();
    }
}
