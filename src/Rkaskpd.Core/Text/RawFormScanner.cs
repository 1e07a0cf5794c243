using System;
using System.IO;
using Rkaskpd.Text.Layout;
using Rkaskpd.Text.Sections;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text;

/// <summary>The dispatcher of the text reader: splits a document of RKA-SKPD 2.2.1 forms (text extracted from PDF,
/// Word or HTML) into <see cref="RawForm"/> records and <see cref="RawNote"/>s. It reads line by line, in linear time,
/// and never throws for any input text.</summary>
/// <remarks>
/// <see cref="LineReader"/> → <see cref="DelimitedLines"/> (CSV to tab cells) → <see cref="LayoutNormaliser"/> (logical rows) → this dispatcher → the section readers of
/// <c>Text/Sections</c> → <see cref="RawFormMapper"/> (<c>docs/reader-pipeline.md</c> walks through it). The dispatcher
/// owns only where a form starts and ends and which section a row belongs to (<see cref="ScanMode"/>); it hands each row
/// to the reader that owns that part (<see cref="TitleBlockReader"/>, <see cref="HeaderFieldReader"/>,
/// <see cref="AmountRowReader"/>, <see cref="IndicatorRowReader"/>, <see cref="KakReader"/>,
/// <see cref="RincianRowReader"/>, <see cref="ClosingBlock"/>), each keeping its own state. This file holds the
/// dispatch by mode; <c>RawFormScanner.Body.cs</c> the order in which a body row is offered to the section readers.
/// </remarks>
internal sealed partial class RawFormScanner
{
    /// <summary>The longest line kept, in characters; longer lines are truncated with a note.</summary>
    public const int MaxLineLength = RkaTextReader.MaxLineLength;

    private readonly NoteSink sink = new();
    private readonly FormCollector forms;
    private readonly HeaderFieldReader headers;
    private readonly AmountRowReader amounts;
    private readonly IndicatorRowReader indicators;
    private readonly KakReader kak;
    private readonly RincianRowReader rincian;
    private readonly LineCells cells = new();
    private readonly LayoutNormaliser layout = new();
    private readonly DelimitedLines delimited;
    private readonly SideBlocks side;
    private readonly PerubahanHeading perubahan = new();
    private readonly OcrNumbers ocr = new();
    private readonly HyphenatedWords hyphens = new();
    private readonly PageTitleHold pageTitle = new();
    private readonly long maxDocumentLength;

    private ScanMode mode;
    private bool previousBlank = true;
    private bool stopped;
    private bool siteTail;

    private RawFormScanner(long maxDocumentLength, int maxForms, Func<bool>? wholeRows = null)
    {
        this.maxDocumentLength = maxDocumentLength;
        forms = new FormCollector(sink, maxForms);
        headers = new HeaderFieldReader(sink);
        indicators = new IndicatorRowReader(sink);
        amounts = new AmountRowReader(sink);
        rincian = new RincianRowReader(sink, wholeRows);
        kak = new KakReader(sink);
        side = new SideBlocks(sink);
        delimited = new DelimitedLines(layout);
    }

    private RawFormBuilder? form => forms.Current;

    /// <summary>Reads a whole document from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text; read to its end, never closed.</param>
    /// <returns>The forms and notes found; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static RawDocument Scan(TextReader reader) =>
        Scan(reader ?? throw new ArgumentNullException(nameof(reader)), RkaTextReader.MaxDocumentLength, RkaTextReader.MaxForms);

    /// <summary>Reads a whole document with other limits (tests exercise the limits with small values).</summary>
    internal static RawDocument Scan(TextReader reader, long maxDocumentLength, int maxForms) =>
        new RawFormScanner(maxDocumentLength, maxForms).Run(new LineReader(reader, MaxLineLength));

    /// <summary>Reads a whole document from lines opened by the caller (<see cref="HtmlPage.HtmlInput"/>);
    /// <paramref name="wholeRows"/> says, as rows are read, whether each table row is one line (an HTML page's text),
    /// so a row is never the wrapped part of the row above.</summary>
    internal static RawDocument Scan(LineReader lines, long maxDocumentLength, int maxForms, Func<bool>? wholeRows = null) =>
        new RawFormScanner(maxDocumentLength, maxForms, wholeRows).Run(lines);

    /// <summary>Reads a whole document from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The forms and notes found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static RawDocument Scan(string text) =>
        new RawFormScanner(RkaTextReader.MaxDocumentLength, RkaTextReader.MaxForms)
            .Run(new LineReader(text ?? throw new ArgumentNullException(nameof(text)), MaxLineLength));

    private RawDocument Run(LineReader lines)
    {
        int lineNumber = 0;
        bool anyText = false;
        while (!stopped && lines.TryReadLine(out ReadOnlyMemory<char> raw, out bool truncated))
        {
            if (lines.Consumed > maxDocumentLength)
            {
                // The line that crosses the limit is not read: no form ends on half a line.
                sink.Items.Add(new RawNote(lineNumber + 1, TextReaderMessages.DocumentTooLong, TextReaderMessages.DocumentLimit(maxDocumentLength, lineNumber)));
                break;
            }

            lineNumber++;
            if (truncated)
            {
                sink.Add(lineNumber, TextReaderMessages.LineTooLong, TextReaderMessages.LineTruncated(MaxLineLength));
            }

            raw = InvisibleCharacters.Normalise(raw);
            raw = ocr.Repair(raw, lineNumber);
            bool sawOcr = ocr.SawOcr;
            raw = OcrMarks.Repair(raw, ref sawOcr);
            ocr.SawOcr = sawOcr;
            anyText |= !raw.Span.IsWhiteSpace();
            int rowLine = lineNumber;
            if (hyphens.IsHolding)
            {
                if (hyphens.TryJoin(raw.Span, out string joined, out rowLine))
                {
                    raw = joined.AsMemory(); // a word hyphenated over two lines: one line, at the first line's number
                }
                else
                {
                    (string text, int heldLine) = hyphens.Release();
                    ReadLine(text.AsMemory(), heldLine);
                }
            }

            if (HyphenatedWords.EndsInBrokenWord(raw.Span.TrimEnd()))
            {
                hyphens.Hold(raw.ToString().TrimEnd(), rowLine);
                continue;
            }

            ReadLine(raw, rowLine);
        }

        if (hyphens.IsHolding)
        {
            (string text, int heldLine) = hyphens.Release();
            ReadLine(text.AsMemory(), heldLine);
        }

        delimited.Complete();
        layout.Complete();
        ProcessRows();
        if (pageTitle.IsHolding)
        {
            ReleasePageTitle(string.Empty, string.Empty, lineNumber); // a title with nothing after it: a form of its own
        }

        EndForm();
        forms.FlushOutside();
        SpilledHeaderRepair.Repair(forms.Forms, sink);
        forms.MergeCovers();
        forms.DropBookPages();
        ocr.Report(sink);

        if (forms.Forms.Count == 0)
        {
            sink.Items.Clear();
            sink.Items.Add(new RawNote(0, TextReaderMessages.NotAnRka,
                anyText ? TextReaderMessages.NoFormFound(lineNumber) : TextReaderMessages.EmptyDocument()));
        }

        return new RawDocument(forms.Build(), sink.ToSortedArray(), lineNumber);
    }

    /// <summary>Hands one line (cleaned of invisible characters and OCR-garbled numbers, a hyphenated word joined) to
    /// the CSV and layout stages, or reads it in place when both would pass it through.</summary>
    private void ReadLine(ReadOnlyMemory<char> raw, int line)
    {
        if (delimited.PassesThrough(raw.Span) && layout.TryPassThrough(raw.Span))
        {
            ProcessLine(raw, line); // a row as it is (the seed's tab layout): read in place, no string made
        }
        else
        {
            delimited.Push(raw.ToString(), line);
            ProcessRows();
        }
    }

    /// <summary>Reads the logical rows the layout stage has ready (<see cref="LayoutNormaliser"/>).</summary>
    private void ProcessRows()
    {
        while (!stopped && layout.TryTake(out LogicalRow row))
        {
            if (row.NoteCode is null)
            {
                ProcessLine(row.Text.AsMemory(), row.Line);
            }
            else
            {
                sink.Add(row.Line, row.NoteCode, row.Text);
            }
        }
    }

    /// <summary>Reads one logical row: decides where forms start and end and which mode the row belongs to. The row is
    /// read in place (a slice of the document, or a row's string); it becomes a string only past the KAK's fast path.</summary>
    private void ProcessLine(ReadOnlyMemory<char> raw, int line)
    {
        if (MarkdownRow.MergedRowBreak(raw.Span) is int bar and > 0)
        {
            // Two printed rows OCR'd onto one line, the table's rule between them: each is read as the row it is.
            ProcessLine(raw[..bar], line);
            ProcessLine(raw[(bar + 1)..], line);
            return;
        }

        ReadOnlyMemory<char> cleaned = MarkdownRow.Clean(raw);
        if (pageTitle.AtPageTop && ClosingBlock.GluedPageNumberLength(cleaned.Span) is int glued and > 0)
        {
            cleaned = cleaned[glued..]; // "2 RINCIAN ANGGARAN ...": a hosting site's page number before the page's title
        }

        ReadOnlySpan<char> text = cleaned.Span;
        if (text.Length == 0)
        {
            previousBlank = true;
            headers.Reset();
            amounts.Reset();
            return;
        }

        bool wasBlank = previousBlank;
        previousBlank = false;
        if (raw.Span[0] == '\f')
        {
            // A new page (pdftotext and the PDF reader start one with a form feed), footer or not.
            rincian.PageBreak();
            pageTitle.PageBreak();
        }

        if (MarkdownRow.IsTableRule(text))
        {
            return;
        }

        if (siteTail || ClosingBlock.IsRelatedDocumentsHeading(text.Trim()))
        {
            // A hosting site's list of other documents after the document's text ("Dokumen yang terkait", each with
            // a snippet of its first page and "Lebih terperinci"): no form's, to the end (reported as RKA003).
            if (!siteTail)
            {
                EndForm();
                siteTail = true;
            }

            forms.Outside.Add(line);
            return;
        }

        if (side.TryTakeRecap(text))
        {
            // A summary page (RKA-SKPD 2.2 recap, ringkasan): not a form; a title-only cover before it is none either.
            if (side.RecapStartsPage)
            {
                if (form is null)
                {
                    forms.FlushOutside(); // lines before the page (no form's title lines) are not part of it
                }

                EndForm();
                forms.NameOutsidePage(RecapPage.TitleOf(text));
            }

            forms.Outside.Add(line);
            return;
        }

        if (mode == ScanMode.Closing)
        {
            string closingText = cleaned.ToString();
            ReadOnlySpan<char> end = closingText.AsSpan().TrimEnd(); // a page number or a stamp's time ends a footer
            if (end.Length > 0 && char.IsAsciiDigit(end[^1]) && ClosingBlock.IsPageFooter(closingText.Trim(), indented: false))
            {
                PageBreak(wasBlank); // the foot of the signature's page: no line of the signature
                return;
            }

            if (TryContinueClosing(closingText, line))
            {
                return;
            }
        }

        ReadOnlySpan<char> rawText = raw.Span;
        bool indented = rawText.Length > 0 && (rawText[0] == '\t' || (rawText[0] == '|' && text.Length > 0 && text[0] == '\t'));

        int lead = MarkdownRow.LeadingWhiteSpace(text);

        if (mode == ScanMode.Kak && indented && form is not null && !amounts.HasPending && !pageTitle.IsHolding
            && !pageTitle.AtPageTop && !ClosingBlock.MayBeIndentedFooter(text[lead..]))
        {
            pageTitle.RowRead();
            // An indented KAK row (most of a document's text). None of the tests below applies to it (they need an
            // unindented line, no form or a pending terbilang, and neither a line that may be a page's foot nor the
            // top of a page, where a centred title is indented), so it is read in place, without a string.
            ProcessKakLine(form, cleaned, lead, line, indented, wasBlank);
            return;
        }

        ProcessRow(raw, cleaned.ToString(), lead, line, indented, wasBlank);
    }

    /// <summary>Reads a row past the KAK's fast path, as a string (<paramref name="text"/>, the cleaned row;
    /// <paramref name="raw"/> the row as read, made a string only for a title block).</summary>
    private void ProcessRow(ReadOnlyMemory<char> raw, string text, int lead, int line, bool indented, bool wasBlank)
    {
        string trimmed = text[lead..];
        if (ClosingBlock.IsPageFooter(trimmed, indented))
        {
            PageBreak(wasBlank); // a page footer ("Formulir RKA SKPD 2.2.1 - ... Halaman 1") between the pages of one form
            return;
        }

        // (A fixed-width text indents a centred title: right after a page's foot, an indented title line is held too.)
        if (form is not null && (pageTitle.IsHolding || (pageTitle.AtPageTop && form.HasContent && mode != ScanMode.Rincian))
            && (!indented || pageTitle.AtPageTop || pageTitle.IsHolding) && PageTitleHold.IsTitleLine(trimmed))
        {
            pageTitle.Hold(raw.ToString(), text, line); // the form's title again atop a page: the next line tells
            return;
        }

        if (pageTitle.IsHolding)
        {
            ReleasePageTitle(trimmed, text, line);
        }

        pageTitle.RowRead();

        if (form is not null)
        {
            if (side.TryReadPenarikan(form, trimmed, line, out bool closing))
            {
                form.EndLine = line;
                return;
            }

            if (closing)
            {
                // The plan had the signature beside it: its lines started the closing block, where this row belongs.
                mode = ScanMode.Closing;
                if (TryContinueClosing(text, line))
                {
                    return;
                }
            }
        }

        if (!indented && form is not null && form.HasContent && TitleBlockReader.IsFormTitle(trimmed) && ContainsOrdinal(trimmed, "BELANJA"))
        {
            // The rincian section's own title ("RANCANGAN DOKUMEN PELAKSANAAN ... ANGGARAN BELANJA LANGSUNG"), kept
            // as written with the form's raw lines (the model has no place for it).
            form.UnrecognisedLines.Add(new RawLine(line, trimmed));
            LeaveKakForRincian(form, line);
            amounts.Reset();
            return;
        }

        if (mode == ScanMode.Rincian && form is not null && rincian.IsRepeatedPageTitle(form, trimmed))
        {
            form.EndLine = line; // the title repeated at the top of a page inside the table (pdftotext -raw keeps it whole)
            return;
        }

        if (form is { HasContent: false } && TitleBlockReader.IsFormTitle(trimmed) && TitleBlockReader.StartsAgain(form, trimmed, out string coverTitle))
        {
            // The title lines so far were a cover page (centred, so perhaps indented): the form's own title starts here.
            forms.DropCover(coverTitle);
            if (StartForm(line))
            {
                TitleBlockReader.Read(form!, raw.ToString(), cells.Split(text), line);
            }

            return;
        }

        // Outside any form (at the document's start, after another page of the book) a title opens a form even when a
        // fixed-width text indents it (centred); inside one, an indented title-like line is the form's own text.
        if ((!indented || form is null) && TitleBlockReader.IsFormTitle(trimmed))
        {
            if ((form is null || form.HasContent) && !StartForm(line))
            {
                return;
            }

            TitleBlockReader.Read(form!, raw.ToString(), cells.Split(text), line);
            return;
        }

        if (form is null)
        {
            if (!HeaderFieldReader.StartsWithCodedField(trimmed, out string label))
            {
                forms.Outside.Add(line);
                return;
            }

            if (!StartForm(line))
            {
                return;
            }

            sink.Add(line, TextReaderMessages.FormWithoutTitle, TextReaderMessages.WithoutTitle(label));
        }

        RawFormBuilder current = form!;
        if (amounts.HasPending && amounts.TryContinue(current, trimmed, SectionStarts.LooksStructural(trimmed)))
        {
            current.EndLine = line;
            return;
        }

        amounts.Reset();
        if (mode == ScanMode.Kak && !indented && SectionStarts.StartsRincianAfterKak(trimmed, cells.Split(text)))
        {
            LeaveKakForRincian(current, line);
            return;
        }

        if (mode == ScanMode.Kak)
        {
            ProcessKakLine(current, trimmed.AsMemory(), 0, line, indented, wasBlank);
            return;
        }

        ProcessBodyLine(current, raw, text, trimmed, line, wasBlank);
        if (!stopped)
        {
            form!.EndLine = line;
        }
    }

    /// <summary>A page footer or print stamp was read: the rincian table and the title hold learn of the page break;
    /// the row after it follows what came before it (<paramref name="wasBlank"/>).</summary>
    private void PageBreak(bool wasBlank)
    {
        rincian.PageBreak();
        pageTitle.PageBreak();
        previousBlank = wasBlank;
    }

    /// <summary>Decides what the title lines held atop a page were, at the first line after them
    /// (<see cref="PageTitleHold"/>): page furniture of the form that goes on, or the next form's title block.</summary>
    private void ReleasePageTitle(string trimmed, string text, int line)
    {
        if (form is not null && PageTitleHold.GoesOn(trimmed, cells.Split(text)))
        {
            form.EndLine = line; // (a summary page read meanwhile has ended the form: the title is then the next form's)
        }
        else if (StartForm(pageTitle.Held[0].Line))
        {
            foreach ((string heldRaw, string heldText, int heldLine) in pageTitle.Held)
            {
                TitleBlockReader.Read(form!, heldRaw, cells.Split(heldText), heldLine);
            }
        }

        pageTitle.Clear();
    }

    /// <summary>Reads a line in KAK mode: <paramref name="text"/> from <paramref name="lead"/> on is the trimmed line.
    /// A place and date starts the closing block, an unindented urusan the next form; anything else is the
    /// <see cref="KakReader"/>'s (the form then ends at the line when it was read).</summary>
    private void ProcessKakLine(RawFormBuilder current, ReadOnlyMemory<char> text, int lead, int line, bool indented, bool wasBlank)
    {
        if (SignaturePlaceAndDate.EndsWithPlaceAndDate(text.Span[lead..]))
        {
            // "Lumajang, 10 Oktober 2019" after the KAK: the form's signature block.
            kak.FlushTrailing(current);
            kak.Close(current);
            StartClosing(line, text[lead..].ToString());
            current.EndLine = line;
            return;
        }

        if (!indented && HeaderFieldReader.StartsWithUrusanField(text[lead..].ToString(), out string label))
        {
            if (StartForm(line))
            {
                sink.Add(line, TextReaderMessages.FormWithoutTitle, TextReaderMessages.WithoutTitle(label));
                RawFormBuilder next = form!;
                next.EndLine = line;
                string whole = text[lead..].ToString();
                ProcessBodyLine(next, whole.AsMemory(), whole, whole, line, wasBlank: true);
            }
        }
        else if (kak.ReadLine(current, text, lead, line, indented, wasBlank))
        {
            current.EndLine = line;
        }
    }

    /// <summary>Ends the KAK (the held lines were part of it) and enters the rincian table at <paramref name="line"/>.</summary>
    private void LeaveKakForRincian(RawFormBuilder current, int line)
    {
        kak.FlushTrailing(current);
        kak.Close(current);
        EnterRincian(current);
        current.EndLine = line;
    }

    /// <summary>Starts a new form at <paramref name="line"/>; false (and reading stops) past the form limit.</summary>
    private bool StartForm(int line)
    {
        if (!forms.CanStart(line))
        {
            stopped = true;
            return false;
        }

        EndForm();
        forms.Start(line);
        mode = ScanMode.Header;
        headers.Reset();
        amounts.Reset();
        indicators.Reset();
        perubahan.Reset();
        return true;
    }

    /// <summary>Ends the open form: closes its KAK and its closing block, then the <see cref="FormCollector"/> ends it.</summary>
    private void EndForm()
    {
        side.FlushPenarikan();
        if (form is null)
        {
            return;
        }

        kak.EndForm(form, forms.Outside);
        side.FlushClosing(form);
        forms.End(beforeSummaryPage: side.RecapStartsPage);
        mode = ScanMode.Header;
    }

    /// <summary>Offers a row to the open closing block; when the block does not take it, ends the block (its signature
    /// goes to the form) and goes back to the form's body, where the caller reads the row.</summary>
    private bool TryContinueClosing(string text, int line)
    {
        if (side.TryAddClosing(text, line))
        {
            return true;
        }

        side.FlushClosing(form);
        mode = ScanMode.Body;
        return false;
    }

    /// <summary>Starts a closing block (signatures, place and date) at <paramref name="line"/>.</summary>
    private void StartClosing(int line, string trimmed)
    {
        side.StartClosing(line, trimmed);
        mode = ScanMode.Closing;
    }
}
