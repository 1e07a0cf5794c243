using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// The stage before decoding for Office files: recognises a zip package (<c>PK\x03\x04</c>) and, when it is a Word
/// document (<c>word/document.xml</c>) or an Excel workbook (<c>xl/workbook.xml</c>), turns it into the text a person
/// would copy out of it, for the same line stages as any text. Never throws for bad bytes: a damaged zip, a package
/// that is neither, or a part that is not well-formed XML (a DTD is refused) gives an <c>RKA001</c> note with the
/// reason; decompressed bytes are read at most up to the reader's document limit (<c>RKA011</c> when a part is cut).
/// </summary>
internal static class OfficePackage
{
    private const string WordPart = "word/document.xml";

    private const string WorkbookPart = "xl/workbook.xml";

    /// <summary>Gets whether a seekable stream starts with a zip local file header; the position is kept.</summary>
    /// <param name="stream">The bytes, seekable.</param>
    /// <returns>Whether the stream is a zip package.</returns>
    public static bool StartsAsZip(Stream stream)
    {
        long start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        int length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return head[..length].SequenceEqual("PK\x03\x04"u8);
    }

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
                budget.Read(word, reader => WordDocumentText.Read(reader, text));
                return Done(text, budget, new RawNote(0, TextReaderMessages.ReadAsWord, TextReaderMessages.Word()));
            }

            if (archive.GetEntry(WorkbookPart) is not null)
            {
                part = WorkbookPart;
                string sheets = ExcelWorkbookText.Read(archive, budget, text, name => part = name);
                return Done(text, budget, new RawNote(0, TextReaderMessages.ReadAsExcel, TextReaderMessages.Excel(sheets)));
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

    private static OfficeText Done(StringBuilder text, PartBudget budget, RawNote readAs) =>
        new(text.ToString(), budget.Cut is { } cut
            ? [readAs, new RawNote(0, TextReaderMessages.DocumentTooLong, TextReaderMessages.PartLimit(cut, budget.Limit))]
            : [readAs]);

    private static OfficeText Unreadable(string reason) =>
        new(null, [new RawNote(0, TextReaderMessages.NotAnRka, TextReaderMessages.PackageUnreadable(reason))]);
}
