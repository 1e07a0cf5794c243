using System;
using System.Collections.Generic;
using System.IO;

namespace Rkaskpd.Text.Office;

/// <summary>
/// The stage before the line stages for a Rich Text Format document (<c>.rtf</c>: Word, WordPad and LibreOffice saves,
/// Crystal Reports' "Rich Text Format" export of SIMDA's reports, and many a downloaded <c>.doc</c>), recognised by
/// <c>{\rtf</c> at its start (after any UTF-8 byte order mark): its text, as <see cref="RichTextBuilder"/> writes it,
/// with the note saying how it was read (<c>RKA021</c>, as for a Word document). Never throws for bad bytes: a file
/// without any text (damaged, cut short, pictures only) gives <c>RKA001</c> with the reason; a file cut short that still
/// has text is read and says so; text past the reader's limit is not read (<c>RKA011</c>); a code page the runtime does
/// not have is read as Windows-1252 (<c>RKA013</c>).
/// </summary>
internal static class RichTextDocument
{
    /// <summary>Gets whether a document's first bytes start a Rich Text Format file.</summary>
    /// <param name="head">The document's first bytes.</param>
    /// <returns>Whether it starts with <c>{\rtf</c>, after any UTF-8 byte order mark.</returns>
    public static bool Starts(ReadOnlySpan<byte> head) =>
        (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head).StartsWith("{\\rtf"u8);

    /// <summary>Reads the document's text.</summary>
    /// <param name="stream">The document, from its current position (its start; a byte order mark before the
    /// outermost group is no text); left open.</param>
    /// <param name="maxDocumentLength">The most characters of text read.</param>
    /// <returns>The text (null when there is none) and the notes; never throws for bad bytes.</returns>
    /// <exception cref="IOException">The stream itself fails.</exception>
    public static OfficeText Read(Stream stream, long maxDocumentLength)
    {
        var builder = new RichTextBuilder(stream, maxDocumentLength);
        bool positioned = builder.Read();
        string text = builder.Text.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, [new RawNote(0, TextReaderMessages.NotAnRka, TextReaderMessages.RichTextNoText())]);
        }

        var notes = new List<RawNote>
        {
            new(0, TextReaderMessages.ReadAsWord, positioned ? TextReaderMessages.RichTextPositioned() : TextReaderMessages.RichText()),
        };
        if (!builder.Closed && !builder.Cut)
        {
            notes.Add(new RawNote(0, TextReaderMessages.ReadAsWord, TextReaderMessages.RichTextUnclosed()));
        }

        if (builder.Cut)
        {
            notes.Add(new RawNote(0, TextReaderMessages.DocumentTooLong, TextReaderMessages.RichTextLimit(maxDocumentLength)));
        }

        if (builder.CodePage.Substituted)
        {
            notes.Add(new RawNote(0, TextReaderMessages.ReadAsWindows1252, TextReaderMessages.RichTextCodePage(builder.CodePage.Declared)));
        }

        return new(text, notes);
    }
}
