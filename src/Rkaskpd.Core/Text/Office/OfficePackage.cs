using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// The stage before decoding for Office files: recognises a zip package (<c>PK\x03\x04</c>) and, when it is a Word
/// document (<c>word/document.xml</c>), an Excel workbook (<c>xl/workbook.xml</c>) or an OpenDocument text or
/// spreadsheet (<c>content.xml</c>, LibreOffice's <c>.odt</c>, <c>.ods</c>), turns it into the text a person would copy
/// out of it, for the same line stages as any text; a flat OpenDocument file (<c>.fodt</c>, <c>.fods</c>: one XML
/// document whose root is <c>office:document</c>) is recognised by how it starts and read the same way. Never throws
/// for bad bytes: a damaged zip, a package that is none of these, or a part that is not well-formed XML (a DTD is
/// refused) gives an <c>RKA001</c> note with the reason; decompressed bytes are read at most up to the reader's
/// document limit (<c>RKA011</c> when a part is cut).
/// </summary>
internal static class OfficePackage
{
    private const string WordPart = "word/document.xml";

    private const string WorkbookPart = "xl/workbook.xml";

    private const string ContentPart = "content.xml";

    /// <summary>How many of a document's first bytes are looked at to tell its kind: a zip header, or a flat
    /// OpenDocument file's root after its XML declaration and comments.</summary>
    public const int HeadLength = 4096;

    /// <summary>Gets whether a document's first bytes are a zip local file header.</summary>
    /// <param name="head">The document's first bytes (<see cref="HeadLength"/> or all of a shorter one).</param>
    /// <returns>Whether the document is a zip package.</returns>
    public static bool StartsAsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8);

    /// <summary>Reads the package's text.</summary>
    /// <param name="stream">The package, seekable, from its current position; left open.</param>
    /// <param name="maxDocumentLength">The most decompressed bytes read, and the reader's character limit.</param>
    /// <returns>The text and the notes; never throws for bad bytes.</returns>
    /// <exception cref="IOException">The stream itself fails.</exception>
    public static OfficeText Read(Stream stream, long maxDocumentLength)
    {
        string part = string.Empty;
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var budget = new PartBudget(maxDocumentLength);
            var text = new StringBuilder();
            if (archive.GetEntry(WordPart) is { } word)
            {
                part = WordPart;
                bool positioned = false;
                budget.Read(word, reader => positioned = WordDocumentText.Read(reader, text));
                return Done(text, budget, new RawNote(0, TextReaderMessages.ReadAsWord, positioned ? TextReaderMessages.PositionedFrames(".docx") : TextReaderMessages.Word()));
            }

            if (archive.GetEntry(WorkbookPart) is not null)
            {
                part = WorkbookPart;
                string sheets = ExcelWorkbookText.Read(archive, budget, text, name => part = name);
                return Done(text, budget, new RawNote(0, TextReaderMessages.ReadAsExcel, TextReaderMessages.Excel(sheets)));
            }

            if (archive.GetEntry(ContentPart) is { } content)
            {
                part = ContentPart;
                var open = new OpenDocumentContent(text, budget, ContentPart);
                budget.Read(content, open.Read);
                return OpenDocument(open, text, budget) ?? Unreadable(TextReaderMessages.PackageNotOpenDocument());
            }

            return Unreadable(TextReaderMessages.PackageNotOffice());
        }
        catch (InvalidDataException)
        {
            return Unreadable(TextReaderMessages.PackageCorrupt());
        }
        catch (NotSupportedException)
        {
            return Unreadable(TextReaderMessages.PackageUnsupported());
        }
        catch (XmlException ex)
        {
            return Unreadable(TextReaderMessages.PackageXml(part, ex.LineNumber, ex.LinePosition));
        }
    }

    /// <summary>Gets whether a seekable stream starts as a flat OpenDocument file: after a UTF-8 byte order mark, white
    /// space, an XML declaration and comments, the root <c>&lt;office:document</c>, within the first bytes; the
    /// position is kept.</summary>
    /// <param name="stream">The bytes, seekable.</param>
    /// <returns>Whether the stream is a flat OpenDocument file.</returns>
    public static bool StartsAsFlatOpenDocument(Stream stream)
    {
        long start = stream.Position;
        Span<byte> head = stackalloc byte[HeadLength];
        int length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return StartsAsFlatOpenDocument(head[..length]);
    }

    /// <summary>Gets whether a document's first bytes start a flat OpenDocument file (see
    /// <see cref="StartsAsFlatOpenDocument(Stream)"/>).</summary>
    /// <param name="head">The document's first bytes (<see cref="HeadLength"/> or all of a shorter one).</param>
    /// <returns>Whether the document is a flat OpenDocument file.</returns>
    public static bool StartsAsFlatOpenDocument(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> rest = head;
        if (rest.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            rest = rest[3..];
        }

        while (true)
        {
            rest = rest.TrimStart(" \t\r\n"u8);
            ReadOnlySpan<byte> close = rest.StartsWith("<?"u8) ? "?>"u8 : rest.StartsWith("<!--"u8) ? "-->"u8 : default;
            if (close.IsEmpty)
            {
                break;
            }

            int end = rest.IndexOf(close);
            if (end < 0)
            {
                return false;
            }

            rest = rest[(end + close.Length)..];
        }

        return rest.StartsWith("<office:document"u8) && rest.Length > 16 && rest[16] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>';
    }

    /// <summary>Reads a flat OpenDocument file's text.</summary>
    /// <param name="stream">The file, from its current position; left open.</param>
    /// <param name="maxDocumentLength">The most bytes of XML read, and the reader's character limit.</param>
    /// <returns>The text and the notes; never throws for bad bytes.</returns>
    /// <exception cref="IOException">The stream itself fails.</exception>
    public static OfficeText ReadFlat(Stream stream, long maxDocumentLength)
    {
        var budget = new PartBudget(maxDocumentLength);
        var text = new StringBuilder();
        var open = new OpenDocumentContent(text, budget, "office:document");
        try
        {
            budget.Read(stream, "office:document", open.Read, leaveOpen: true);
        }
        catch (XmlException ex)
        {
            return new(null, [new RawNote(0, TextReaderMessages.NotAnRka, TextReaderMessages.FlatUnreadable(TextReaderMessages.FlatXml(ex.LineNumber, ex.LinePosition)))]);
        }

        return OpenDocument(open, text, budget)
            ?? new(null, [new RawNote(0, TextReaderMessages.NotAnRka, TextReaderMessages.FlatUnreadable(TextReaderMessages.PackageNotOpenDocument()))]);
    }

    /// <summary>The text of an OpenDocument file read, with its note; null when its body is neither a text nor a
    /// spreadsheet.</summary>
    private static OfficeText? OpenDocument(OpenDocumentContent open, StringBuilder text, PartBudget budget) => open.Body switch
    {
        OpenDocumentBody.Text => Done(text, budget, new RawNote(0, TextReaderMessages.ReadAsOpenDocument, open.Positioned ? TextReaderMessages.PositionedFrames(".odt") : TextReaderMessages.OpenDocumentText())),
        OpenDocumentBody.Spreadsheet => Done(text, budget, new RawNote(0, TextReaderMessages.ReadAsOpenDocument, TextReaderMessages.OpenDocumentSpreadsheet(string.Join(", ", open.Sheets)))),
        _ => null,
    };

    private static OfficeText Done(StringBuilder text, PartBudget budget, RawNote readAs) =>
        new(text.ToString(), budget.Cut is { } cut
            ? [readAs, new RawNote(0, TextReaderMessages.DocumentTooLong, TextReaderMessages.PartLimit(cut, budget.Limit))]
            : [readAs]);

    private static OfficeText Unreadable(string reason) =>
        new(null, [new RawNote(0, TextReaderMessages.NotAnRka, TextReaderMessages.PackageUnreadable(reason))]);
}
