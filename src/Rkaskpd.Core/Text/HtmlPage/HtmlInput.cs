using System;
using System.Collections.Generic;
using System.IO;
using Rkaskpd.Text.Decoding;

namespace Rkaskpd.Text.HtmlPage;

/// <summary>
/// The HTML stage of the reader pipeline, between decoding and the line reader: looks at how a document starts
/// (<see cref="HtmlStart"/>) and, for an HTML page, reads the lines of the page's text as a browser copies it
/// (<see cref="HtmlTextReader"/>) instead of the lines of its source.
/// </summary>
/// <remarks>
/// Form text costs one block read ahead, which the line reader then reads from (nothing is read twice or copied), and
/// a look at its first character that is not white space. A page's source is read up to
/// <see cref="MaxSourceLength(long)"/> characters; its text is then held to the reader's usual limits.
/// </remarks>
internal static class HtmlInput
{
    private const int BlockLength = 8192;

    /// <summary>Gets the most characters of a page's source read for a text limit of <paramref name="maxChars"/>:
    /// as many as the bytes <see cref="DecodedReader"/> reads for that limit (markup takes room the text does not).</summary>
    /// <param name="maxChars">The reader's character limit.</param>
    /// <returns>The source limit.</returns>
    public static long MaxSourceLength(long maxChars) => DecodedReader.MaxBytesFor(maxChars);

    /// <summary>Opens the lines of a document read from <paramref name="reader"/>.</summary>
    /// <param name="reader">The document; read to its end (or the limits), never closed.</param>
    /// <param name="maxChars">The reader's character limit.</param>
    /// <param name="page">The page's reader when the document is an HTML page; otherwise null.</param>
    /// <returns>The lines: of the text itself, or of the page's text.</returns>
    public static LineReader Open(TextReader reader, long maxChars, out HtmlTextReader? page)
    {
        char[] first = new char[BlockLength];
        int length = reader.Read(first, 0, first.Length);
        if (length > 0 && length < HtmlStart.Length && MayStartPage(first.AsSpan(0, length)))
        {
            // A short first block (a reader that hands over little at a time) is completed for the look at its start.
            length += reader.ReadBlock(first, length, HtmlStart.Length - length);
        }

        if (length > 0 && HtmlStart.Is(first.AsSpan(0, length)))
        {
            page = new HtmlTextReader(reader, first, length, MaxSourceLength(maxChars));
            return new LineReader(page, RkaTextReader.MaxLineLength);
        }

        page = null;
        return new LineReader(reader, RkaTextReader.MaxLineLength, first, Math.Max(length, 0));
    }

    /// <summary>Gets the notes about reading a page: that it was read as one (RKA020; as a PDF converter's, laid out by
    /// its runs' places, when it was one), and whether its source went on
    /// past <see cref="MaxSourceLength(long)"/> (RKA011).</summary>
    /// <param name="page">The page's reader, once the scanner is done with it.</param>
    /// <param name="lineCount">The lines of the page's text read.</param>
    /// <param name="maxChars">The reader's character limit.</param>
    /// <returns>The notes.</returns>
    public static IEnumerable<RawNote> Notes(HtmlTextReader page, int lineCount, long maxChars)
    {
        yield return new RawNote(0, TextReaderMessages.ReadAsHtml, page.Positioned ? TextReaderMessages.HtmlPositioned() : TextReaderMessages.Html());
        if (page.SourceTruncated)
        {
            yield return new RawNote(lineCount + 1, TextReaderMessages.DocumentTooLong, TextReaderMessages.DocumentLimit(MaxSourceLength(maxChars), lineCount));
        }
    }

    /// <summary>Whether a start is all white space so far or has <c>&lt;</c> as its first other character.</summary>
    private static bool MayStartPage(ReadOnlySpan<char> start)
    {
        ReadOnlySpan<char> rest = (start.Length > 0 && start[0] == '\uFEFF' ? start[1..] : start).TrimStart();
        return rest.Length == 0 || rest[0] == '<';
    }
}
