using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text.Decoding;
using Rkaskpd.Text.HtmlPage;
using Rkaskpd.Text.Mapping;
using Rkaskpd.Text.Office;
using Rkaskpd.Validation;

namespace Rkaskpd.Text;

/// <summary>
/// Reads RKA-SKPD 2.2.1 forms from their text (as exported by regional planning systems or copied from them) into the
/// typed model, tolerating the layouts and slips real documents have: other regions and years, codes with spaces,
/// English amounts, misspelled headings, spilled header lines, HTML fragments, truncated forms.
/// </summary>
/// <remarks>
/// <para>Reading never throws for bad input: what cannot be read is kept as written and reported in
/// <see cref="RkaReadResult.Diagnostics"/> with its line. Reading takes time linear in the length of the text and never
/// depends on the current culture.</para>
/// <para>Hostile or runaway input is bounded by three limits, each reported by one diagnostic rather than an
/// exception: <see cref="MaxLineLength"/> (<c>RKA005</c>, the line is truncated), <see cref="MaxDocumentLength"/>
/// (<c>RKA011</c>, reading stops at the last whole line within it) and <see cref="MaxForms"/> (<c>RKA012</c>, reading
/// stops before the next form). Within them, memory stays proportional to the text read.</para>
/// <para>A document that starts as an HTML page (<c>&lt;!DOCTYPE html</c>, <c>&lt;html</c>, <c>&lt;head</c>,
/// <c>&lt;body</c>, <c>&lt;table</c> or <c>&lt;meta</c>, after white space), such as a budgeting system's print page
/// saved from the browser or a form saved from Word or Excel as a web page, is read as a browser copies its text (table
/// cells joined by tabs, rows and <c>&lt;br&gt;</c> as line breaks, white space collapsed, entities decoded, scripts,
/// styles and comments left out), by every <c>Read</c> overload; <c>RKA020</c> (info) says so, and line numbers then
/// count the lines of that text.</para>
/// <para>The reader is thread-safe: concurrent calls share no state.</para>
/// </remarks>
public static class RkaTextReader
{
    /// <summary>The longest line read, in characters: 1 048 576 (1 Mi). A longer line is truncated to this length
    /// and reported as <c>RKA005</c> (warning); the characters past it are skipped without being held in memory.</summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>The most characters read from one document, line breaks included: 67 108 864 (64 Mi, about 64 MB of
    /// UTF-8 text). Past it, reading stops at the last whole line within the limit, the rest of the reader is left
    /// unread, and <c>RKA011</c> (error) says so; the forms read so far are kept.</summary>
    public const long MaxDocumentLength = 64L << 20;

    /// <summary>The most forms read from one document: 10 000 (a whole regency's budget is a few thousand). The line
    /// that would start form 10 001 and everything after it are not read; <c>RKA012</c> (error) says so.</summary>
    public const int MaxForms = 10_000;

    /// <summary>Reads a document of RKA-SKPD 2.2.1 forms from a reader, to its end (the reader is not closed).</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The document, the reader's findings and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="IOException">The reader itself fails (e.g. a file read error); bad text never throws.</exception>
    /// <example>
    /// <code>
    /// using StreamReader file = File.OpenText("rka-skpd-221-lumajang-2020.txt");
    /// RkaReadResult result = RkaTextReader.Read(file);
    /// foreach (RkaForm form in result.Document.Forms)
    /// {
    ///     Console.WriteLine($"{form.KegiatanCodeText} {form.Amounts.CurrentYear?.Amount}");
    /// }
    ///
    /// foreach (Diagnostic diagnostic in result.Validate())
    /// {
    ///     Console.WriteLine(diagnostic); // e.g. RKA201 error 3.05.3.05.09.39.007 amounts.currentYear.terbilang (line 350): ...
    /// }
    /// </code>
    /// </example>
    public static RkaReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader, MaxDocumentLength, MaxForms, null);
    }

    /// <summary>Reads a document of RKA-SKPD 2.2.1 forms from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document, the reader's findings and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <example>
    /// <code>
    /// RkaReadResult result = RkaTextReader.Read(text);
    /// RkaForm first = result.Document.Forms[0];
    /// int? line = result.LineOf(first, "amounts.currentYear.terbilang");
    /// IReadOnlyList&lt;Diagnostic&gt; findings = result.Validate(RuleSet.Default.Without(RuleIds.AmountNotation));
    /// </code>
    /// </example>
    public static RkaReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HtmlStart.Is(text)
            ? Read(new StringReader(text), MaxDocumentLength, MaxForms, null)
            : Build(RawFormScanner.Scan(text));
    }

    /// <summary>Reads a document of RKA-SKPD 2.2.1 forms from a stream of bytes, from its current position to its end
    /// (the stream is not closed), recognising the encoding.</summary>
    /// <param name="stream">The bytes, e.g. a file opened with <see cref="File.OpenRead(string)"/>.</param>
    /// <returns>The document, the reader's findings and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream itself fails (e.g. a file read error); bad bytes never throw.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read (it is write-only or closed).</exception>
    /// <remarks>
    /// <para>The encodings accepted, in the order they are recognised: a UTF-8 byte order mark (<c>EF BB BF</c>), a
    /// UTF-16 little-endian (<c>FF FE</c>, Excel's "Unicode Text") or big-endian (<c>FE FF</c>) byte order mark; without
    /// a mark, UTF-8 when the bytes are valid UTF-8 and Windows-1252 (older Office exports) when they are not, reported
    /// as <c>RKA013</c> (info). Byte sequences that are invalid after a byte order mark become U+FFFD, reported as
    /// <c>RKA014</c> (warning). Lines may end in CR LF, LF or CR.</para>
    /// <para>A Word document (<c>.docx</c>) or an Excel workbook (<c>.xlsx</c>), recognised by its zip signature
    /// (<c>PK\x03\x04</c>), is read from the text a person would copy out of it: a Word paragraph or table row, or a
    /// sheet row, is a line, table and sheet cells separated by tabs; <c>RKA021</c> (info) or <c>RKA022</c> (info) says
    /// so, and line numbers count the lines of that text. An OpenDocument text or spreadsheet from LibreOffice
    /// (<c>.odt</c>, <c>.ods</c>, a zip with <c>content.xml</c>; or a flat <c>.fodt</c>, <c>.fods</c>, whose root is
    /// <c>office:document</c>) is read as the same document saved as <c>.docx</c> or <c>.xlsx</c> is; <c>RKA025</c>
    /// (info) says so. A zip that is none of these, is damaged, or holds XML that is not well formed (a DTD is refused)
    /// gives <c>RKA001</c> (error) with the reason; decompressed bytes are read at most up to
    /// <see cref="MaxDocumentLength"/> (<c>RKA011</c>).</para>
    /// <para>A Word 97-2003 document (<c>.doc</c>, an OLE2 compound file with a <c>WordDocument</c> stream) is read
    /// from its main text as the same document saved as <c>.docx</c> is; <c>RKA021</c> (info) says so. A damaged,
    /// truncated or password-protected one gives <c>RKA001</c> (error) with the reason; another Office 97-2003 file (an
    /// Excel <c>.xls</c>) gives <c>RKA001</c> naming it.</para>
    /// <para>A Rich Text Format file (<c>.rtf</c>, starting with <c>{\rtf</c> after any UTF-8 byte order mark: Word,
    /// WordPad and LibreOffice saves, Crystal Reports' export of a SIMDA report) is read from its text as a <c>.docx</c>
    /// is, its characters decoded through the code page it declares; a report whose fields stand in frames placed on
    /// the page is laid out by their places as <c>pdftotext -layout</c> writes a page. <c>RKA021</c> (info) says so; a
    /// file without any text gives <c>RKA001</c> (error).</para>
    /// <para>The same limits apply as to text (<see cref="MaxLineLength"/>, <see cref="MaxDocumentLength"/>,
    /// <see cref="MaxForms"/>). The text is decoded block by block and never held whole. A stream that can seek is
    /// read twice (once to check that it is UTF-8); one that cannot is first copied into memory, up to the bytes that
    /// <see cref="MaxDocumentLength"/> characters can take.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// using FileStream file = File.OpenRead("rka-skpd-221-lumajang-2020.txt"); // UTF-8, UTF-16 or Windows-1252
    /// RkaReadResult result = RkaTextReader.Read(file);
    /// Console.WriteLine($"{result.Document.Forms.Count} forms");
    /// </code>
    /// </example>
    public static RkaReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read (it is write-only or closed).", nameof(stream));
        }

        return Read(stream, MaxDocumentLength, MaxForms);
    }

    /// <summary>Reads a document of RKA-SKPD 2.2.1 forms from bytes, recognising the encoding as
    /// <see cref="Read(Stream)"/> does.</summary>
    /// <param name="bytes">The bytes, e.g. an upload or <see cref="File.ReadAllBytes(string)"/>.</param>
    /// <returns>The document, the reader's findings and the source lines.</returns>
    /// <remarks>The same limits apply as to text; bytes past those that <see cref="MaxDocumentLength"/> characters
    /// can take are not looked at.</remarks>
    /// <example>
    /// <code>
    /// byte[] upload = File.ReadAllBytes("rka-unicode-text.txt"); // e.g. saved by Excel as "Unicode Text"
    /// RkaReadResult result = RkaTextReader.Read(upload);
    /// bool windows1252 = result.Diagnostics.Any(d => d.Code == "RKA013");
    /// </code>
    /// </example>
    public static RkaReadResult Read(ReadOnlySpan<byte> bytes) => Read(bytes, MaxDocumentLength, MaxForms);

    /// <summary>Reads bytes with other limits (tests exercise the limits with small values).</summary>
    internal static RkaReadResult Read(ReadOnlySpan<byte> bytes, long maxDocumentLength, int maxForms)
    {
        int length = (int)Math.Min(bytes.Length, DecodedReader.MaxBytesFor(maxDocumentLength));
        byte[] copy = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            bytes[..length].CopyTo(copy);
            using var stream = new MemoryStream(copy, 0, length, writable: false);
            return Read(stream, maxDocumentLength, maxForms);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy, clearArray: true);
        }
    }

    /// <summary>Reads a stream with other limits (tests exercise the limits with small values).</summary>
    internal static RkaReadResult Read(Stream stream, long maxDocumentLength, int maxForms)
    {
        using MemoryStream? copy = stream.CanSeek ? null : DecodedReader.CopyOf(stream, maxDocumentLength);
        Stream source = copy ?? stream;
        // The first bytes, read once, tell a zip package, a flat OpenDocument file, Rich Text Format and the formats
        // not read from text.
        long start = source.Position;
        Span<byte> buffer = stackalloc byte[OfficePackage.HeadLength];
        ReadOnlySpan<byte> head = buffer[..source.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];
        source.Position = start;
        bool zip = OfficePackage.StartsAsZip(head);
        bool compound = CompoundFile.StartsAsCompoundFile(head);
        bool rich = RichTextDocument.Starts(head);
        if (zip || compound || rich || OfficePackage.StartsAsFlatOpenDocument(head))
        {
            OfficeText office = zip ? OfficePackage.Read(source, maxDocumentLength)
                : compound ? WordBinaryText.Read(source, maxDocumentLength)
                : rich ? RichTextDocument.Read(source, maxDocumentLength)
                : OfficePackage.ReadFlat(source, maxDocumentLength);
            RawDocument text = office.Text is null
                ? new RawDocument([], [], 0)
                : RawFormScanner.Scan(new StringReader(office.Text), maxDocumentLength, maxForms);
            return Build(text, office.Notes);
        }

        if (OtherFileFormat.Recognise(head) is { } format)
        {
            return Build(new RawDocument([], [], 0), [new RawNote(0, TextReaderMessages.NotAnRka, format)]);
        }

        using DecodedReader decoded = DecodedReader.Open(source, maxDocumentLength);
        return Read(decoded.Reader, maxDocumentLength, maxForms, decoded.Notes());
    }

    /// <summary>Reads text with other limits: an HTML page as its text (<see cref="HtmlInput"/>), any other text as
    /// it is. The notes given (the decoding's) are enumerated once the text has been read.</summary>
    internal static RkaReadResult Read(TextReader reader, long maxDocumentLength, int maxForms, IEnumerable<RawNote>? notes)
    {
        LineReader lines = HtmlInput.Open(reader, maxDocumentLength, out HtmlTextReader? page);
        // A page's table rows are whole lines, but for a PDF converter's page laid out by position (known from its first
        // run on, before its first line is read).
        RawDocument raw = RawFormScanner.Scan(lines, maxDocumentLength, maxForms, wholeRows: page is null ? null : () => !page.Positioned);
        if (page is null)
        {
            return Build(raw, notes);
        }

        IEnumerable<RawNote> pageNotes = HtmlInput.Notes(page, raw.LineCount, maxDocumentLength);
        return Build(raw, notes is null ? pageNotes : notes.Concat(pageNotes));
    }

    internal static RkaReadResult Build(RawDocument raw, IEnumerable<RawNote>? decodingNotes = null)
    {
        int count = raw.Forms.Count;
        var forms = new List<RkaForm>(count);
        var lines = new Dictionary<RkaForm, FormLineMap>(count, ReferenceEqualityComparer.Instance);
        var diagnostics = new List<Diagnostic>();
        var maps = new List<(RkaForm Form, FormLineMap Lines)>(count);
        var codes = new CodeCache();
        for (int i = 0; i < count; i++)
        {
            // Each raw form is let go as it is mapped: the raw document and the model never both live whole.
            RawFormMapper mapper = RawFormMapper.Map(raw.TakeForm(i), codes);
            forms.Add(mapper.Form);
            lines.Add(mapper.Form, mapper.Lines);
            maps.Add((mapper.Form, mapper.Lines));
            foreach ((RawNote note, string path) in mapper.Notes)
            {
                diagnostics.Add(ToDiagnostic(note, mapper.Form, path));
            }
        }

        // The scanner's notes are ordered by line, as are the forms: one merge pass finds each note's form.
        int index = 0;
        foreach (RawNote note in raw.Notes)
        {
            while (index < maps.Count && note.Line > maps[index].Lines.EndLine)
            {
                index++;
            }

            diagnostics.Add(index < maps.Count && maps[index].Lines.Contains(note.Line)
                ? ToDiagnostic(note, maps[index].Form, maps[index].Lines.PathAt(note.Line))
                : ToDiagnostic(note, null, string.Empty));
        }

        if (decodingNotes is not null)
        {
            foreach (RawNote note in decodingNotes)
            {
                diagnostics.Add(ToDiagnostic(note, null, string.Empty));
            }
        }

        Diagnostic[] ordered = [.. diagnostics.OrderBy(d => d.Line ?? 0)];
        return new RkaReadResult(new RkaDocument { Forms = forms }, ordered, lines);
    }

    private static Diagnostic ToDiagnostic(RawNote note, RkaForm? form, string path) =>
        new(note.Code, TextReaderMessages.SeverityOf(note.Code), note.Message, form?.KegiatanCodeText, path)
        {
            Line = note.Line > 0 ? note.Line : null,
        };
}
