using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Rkaskpd.Forms;
using Rkaskpd.Text.Layout;
using Rkaskpd.Text.Sections;
using static Rkaskpd.Text.Sections.ScanText;
using Rkaskpd.Resources;

namespace Rkaskpd.Text;

/// <summary>The first layer of the text reader: splits a document of RKA-SKPD 2.2.1 forms (text extracted from PDF,
/// Word or HTML) into <see cref="RawForm"/> records and <see cref="RawNote"/>s. It reads line by line, in linear
/// time, and never throws for any input text.</summary>
/// <remarks>The scanner decides which part of a form a line belongs to and hands it to the section reader that owns
/// that part (<c>Text/Sections</c>): <see cref="TitleBlockReader"/> (title lines), <see cref="AmountRowReader"/>
/// (Jumlah Tahun rows and their terbilang), <see cref="IndicatorRowReader"/> (the indicator table),
/// <see cref="RincianRowReader"/> (the rincian table, with <see cref="TabRincianRow"/> and <see cref="FlatRincianRow"/>)
/// and <see cref="ClosingBlock"/> (page footers, notes and signatures); header fields and the KAK are still read here.
/// Each reader reads both the tab layout and flattened rows (single spaces between cells).</remarks>
internal sealed class RawFormScanner
{
    /// <summary>The longest line kept, in characters; longer lines are truncated with a note.</summary>
    public const int MaxLineLength = RkaTextReader.MaxLineLength;

    /// <summary>The most characters read from one document; reading stops at the last line within it, with a note.</summary>
    public const long MaxDocumentLength = RkaTextReader.MaxDocumentLength;

    /// <summary>The most forms read from one document; reading stops before the next one, with a note.</summary>
    public const int MaxForms = RkaTextReader.MaxForms;

    /// <summary>The most notes kept for one document.</summary>
    public const int MaxNotes = NoteSink.MaxNotes;

    private readonly List<RawFormBuilder> forms = [];
    private readonly NoteSink sink = new();
    private readonly AmountRowReader amounts = new();
    private readonly IndicatorRowReader indicators;
    private readonly RincianRowReader rincian;
    private readonly List<RawLine> trailing = [];
    private readonly StringBuilder kakText = new();
    private readonly LineCells cells = new();
    private readonly LayoutNormaliser layout = new();

    private RawFormBuilder? form;
    private Mode mode;
    private bool previousBlank = true;
    private int lastFieldIndex = -1;
    private int outsideFirst;
    private int outsideLast;
    private int outsideCount;
    private int closingFirst;
    private int closingLast;
    private int closingCount;
    private readonly long maxDocumentLength;
    private readonly int maxForms;
    private bool stopped;

    private bool kakOpen;
    private int kakLine;
    private string? kakHeading;
    private KakSectionKind? kakKind;
    private bool kakInParagraph;

    private bool beforeAndAfter;
    private readonly RencanaPenarikanBlock penarikan;
    private readonly RecapPage recapPage = new();

    private RawFormScanner(long maxDocumentLength, int maxForms)
    {
        this.maxDocumentLength = maxDocumentLength;
        this.maxForms = maxForms;
        indicators = new IndicatorRowReader(sink);
        rincian = new RincianRowReader(sink);
        penarikan = new RencanaPenarikanBlock(sink);
    }

    private enum Mode
    {
        Header,
        Body,
        Indicators,
        Kak,
        Rincian,

        /// <summary>The form's closing block (Keterangan, place and date, signatory): not read into the form.</summary>
        Closing,
    }

    private List<RawNote> notes => sink.Items;

    private void Note(int line, string code, string message) => sink.Add(line, code, message);

    /// <summary>Reads a whole document from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text; read to its end, never closed.</param>
    /// <returns>The forms and notes found; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static RawDocument Scan(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new RawFormScanner(MaxDocumentLength, MaxForms).Run(new LineReader(reader, MaxLineLength));
    }

    /// <summary>Reads a whole document with other limits (tests exercise the limits with small values).</summary>
    internal static RawDocument Scan(TextReader reader, long maxDocumentLength, int maxForms) =>
        new RawFormScanner(maxDocumentLength, maxForms).Run(new LineReader(reader, MaxLineLength));

    /// <summary>Reads a whole document from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The forms and notes found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static RawDocument Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new RawFormScanner(MaxDocumentLength, MaxForms).Run(new LineReader(text, MaxLineLength));
    }

    private RawDocument Run(LineReader lines)
    {
        int lineNumber = 0;
        bool anyText = false;
        while (!stopped && lines.TryReadLine(out string raw, out bool truncated))
        {
            if (lines.Consumed > maxDocumentLength)
            {
                // The line that crosses the limit is not read: no form ends on half a line.
                notes.Add(new RawNote(lineNumber + 1, TextReaderMessages.DocumentTooLong, TextReaderMessages.DocumentLimit(maxDocumentLength, lineNumber)));
                break;
            }

            lineNumber++;
            if (truncated)
            {
                Note(lineNumber, TextReaderMessages.LineTooLong, TextReaderMessages.LineTruncated(MaxLineLength));
            }

            anyText |= !string.IsNullOrWhiteSpace(raw);
            layout.Push(raw, lineNumber);
            ProcessRows();
        }

        layout.Complete();
        ProcessRows();
        EndForm();
        FlushOutside();
        RepairSpilledHeaders();
        foreach (RawFormBuilder merged in CoverPage.Merge(forms, notes))
        {
            ReportMissingParts(merged); // a cover merged into the form of its kegiatan (Sections/CoverPage)
        }

        if (forms.Count == 0)
        {
            notes.Clear();
            notes.Add(new RawNote(0, TextReaderMessages.NotAnRka,
                anyText ? TextReaderMessages.NoFormFound(lineNumber) : TextReaderMessages.EmptyDocument()));
        }

        var built = new RawForm[forms.Count];
        for (int i = 0; i < forms.Count; i++)
        {
            built[i] = forms[i].Build();
        }

        RawNote[] sorted = notes.ToArray();
        int[] order = new int[sorted.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable order by line (the order of discovery breaks ties).
        Array.Sort(order, (a, b) => sorted[a].Line != sorted[b].Line
            ? sorted[a].Line.CompareTo(sorted[b].Line)
            : a.CompareTo(b));
        var ordered = new RawNote[sorted.Length];
        for (int i = 0; i < order.Length; i++)
        {
            ordered[i] = sorted[order[i]];
        }

        return new RawDocument(built, ordered, lineNumber);
    }

    /// <summary>Reads the logical rows the layout stage has ready (<see cref="LayoutNormaliser"/>).</summary>
    private void ProcessRows()
    {
        while (!stopped && layout.TryTake(out LogicalRow row))
        {
            if (row.NoteCode is null)
            {
                ProcessLine(row.Text, row.Line);
            }
            else
            {
                Note(row.Line, row.NoteCode, row.Text);
            }
        }
    }

    private void ProcessLine(string raw, int line)
    {
        string text = Clean(raw);
        bool blank = text.Length == 0;
        if (blank)
        {
            previousBlank = true;
            lastFieldIndex = -1;
            amounts.Reset();
            return;
        }

        bool wasBlank = previousBlank;
        previousBlank = false;
        if (IsTableRule(text))
        {
            return;
        }

        if (recapPage.TryTake(text))
        {
            // A summary page (RKA-SKPD 2.2 recap, ringkasan): not a form; a title-only cover before it is none either.
            if (recapPage.StartsPage) { EndForm(); }
            Outside(line);
            return;
        }

        if (mode == Mode.Closing)
        {
            string closingText = text.Trim();
            if (!TitleBlockReader.IsFormTitle(closingText) && !LooksStructural(closingText) && !StartsWithKakHeadingAndColon(closingText))
            {
                closingCount++;
                closingLast = line;
                return;
            }

            FlushClosing();
            mode = Mode.Body;
        }

        bool indented = raw.Length > 0 && (raw[0] == '\t' || (raw[0] == '|' && text.Length > 0 && text[0] == '\t'));

        // Clean leaves no trailing white space, so the trimmed line is the text past its leading white space.
        int lead = 0;
        while (char.IsWhiteSpace(text[lead]))
        {
            lead++;
        }

        if (mode == Mode.Kak && indented && form is not null && !amounts.HasPending)
        {
            // An indented KAK row (most of a document's text). None of the tests below applies to it (they need an
            // unindented line, no form or a pending terbilang), so it is read in place, without a trimmed copy.
            if (ProcessKakLine(form, text, lead, line, indented, wasBlank))
            {
                form.EndLine = line;
            }

            return;
        }

        string trimmed = text[lead..];
        if (!indented && ClosingBlock.IsPageFooter(trimmed))
        {
            return; // a page footer ("Formulir RKA SKPD 2.2.1 - ... Halaman 1") between the pages of one form
        }

        if (form is not null && penarikan.TryRead(trimmed, line))
        {
            form.EndLine = line;
            return;
        }

        if (!indented && form is not null && form.HasContent && TitleBlockReader.IsFormTitle(trimmed) && ContainsOrdinal(trimmed, "BELANJA"))
        {
            // The rincian section's own title ("RANCANGAN DOKUMEN PELAKSANAAN ... ANGGARAN BELANJA LANGSUNG"), kept
            // as written with the form's raw lines (the model has no place for it).
            form.UnrecognisedLines.Add(new RawLine(line, trimmed));
            FlushTrailingIntoKak();
            CloseKakSection(form);
            EnterRincian(form);
            amounts.Reset();
            form.EndLine = line;
            return;
        }

        if (!indented && TitleBlockReader.IsFormTitle(trimmed))
        {
            if ((form is null || form.HasContent) && !StartForm(line))
            {
                return;
            }

            TitleBlockReader.Read(form!, raw, cells.Split(text), line);
            return;
        }

        if (form is null)
        {
            if (StartsWithHeaderField(trimmed, out string label))
            {
                if (!StartForm(line))
                {
                    return;
                }

                Note(line, TextReaderMessages.FormWithoutTitle, TextReaderMessages.WithoutTitle(label));
            }
            else
            {
                Outside(line);
                return;
            }
        }

        RawFormBuilder current = form!;
        if (amounts.HasPending && amounts.TryContinue(current, trimmed, LooksStructural(trimmed)))
        {
            current.EndLine = line;
            return;
        }

        amounts.Reset();
        if (mode == Mode.Kak && !indented && StartsRincianAfterKak(text, trimmed))
        {
            FlushTrailingIntoKak();
            CloseKakSection(current);
            EnterRincian(current);
            current.EndLine = line;
            return;
        }

        if (mode == Mode.Kak)
        {
            if (ProcessKakLine(current, trimmed, 0, line, indented, wasBlank))
            {
                current.EndLine = line;
            }

            return;
        }

        ProcessBodyLine(current, raw, text, trimmed, line, wasBlank);
        if (!stopped)
        {
            form!.EndLine = line;
        }
    }

    private void ProcessBodyLine(RawFormBuilder current, string raw, string text, string trimmed, int line, bool wasBlank)
    {
        int previousField = lastFieldIndex;
        lastFieldIndex = -1;

        if (mode == Mode.Rincian)
        {
            if (ProcessRincianLine(current, text, trimmed, line, wasBlank))
            {
                return;
            }

            mode = Mode.Body;
        }
        else if (RincianRowReader.IsRincianTitle(trimmed) || RincianRowReader.IsRincianHeaderRow(cells.Split(text), requireKodeRekening: true)
            || (cells.Split(text).Count == 1 && RincianRowReader.IsFlatRincianHeader(trimmed, requireKodeRekening: true)))
        {
            EnterRincian(current);
            rincian.ObserveHeader(trimmed);
            return;
        }

        if (ClosingBlock.IsStart(trimmed))
        {
            StartClosing(line);
            return;
        }

        if (AmountRowReader.IsAmountRow(trimmed, out int amountEnd))
        {
            amounts.Read(current, trimmed, amountEnd, line);
            mode = Mode.Body;
            return;
        }

        if (previousField >= 0 && previousField < current.Fields.Count && IsLabelTail(current.Fields[previousField], trimmed))
        {
            // "Kelompok Sasaran Masyarakat" then "Kegiatan": the wrapped rest of the label, not of the value.
            RawField field = current.Fields[previousField];
            current.Fields[previousField] = field with { Label = field.Label + " " + trimmed };
            return;
        }

        if (RawLabels.TryMatchHeaderLabel(trimmed, 0, out RawFieldKind kind, out int labelEnd)
            && IsFieldValueStart(trimmed, labelEnd, kind))
        {
            if (kind is RawFieldKind.Urusan or RawFieldKind.BidangUrusan && HasBody(current, kind) && current.EndLine >= line)
            {
                // A second urusan on a line the form already reached (a merged line that repeats its label): one
                // line cannot start two forms, so it is kept as written and reported.
                current.UnrecognisedLines.Add(new RawLine(line, trimmed));
                Note(line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(trimmed));
                return;
            }

            if (kind is RawFieldKind.Urusan or RawFieldKind.BidangUrusan && HasBody(current, kind))
            {
                if (!StartForm(line))
                {
                    return;
                }

                Note(line, TextReaderMessages.FormWithoutTitle, TextReaderMessages.WithoutTitle(trimmed[..labelEnd]));
                current = form!;
                current.EndLine = line;
            }

            AddField(current, kind, trimmed[..labelEnd], trimmed, labelEnd, line);
            mode = kind == RawFieldKind.KelompokSasaran ? Mode.Body : mode == Mode.Indicators ? Mode.Body : mode;
            return;
        }

        if (TryFuzzyLabel(trimmed, out kind, out string written, out string canonical, out labelEnd))
        {
            Note(line, TextReaderMessages.Misspelled, TextReaderMessages.MisspelledLabel(written, canonical));
            AddField(current, kind, written, trimmed, labelEnd, line);
            return;
        }

        if (IndicatorRowReader.IsHeading(trimmed, mode == Mode.Indicators))
        {
            // The section heading ("Indikator & Tolak Ukur Kinerja ...") or the table's header row. A heading with
            // words of its own is kept as written: with a slip or cut short quietly, with other text reported.
            indicators.ObserveHeading(trimmed);
            mode = Mode.Indicators;
            bool? headingOnly = IndicatorRowReader.HasOnlyHeadingWords(trimmed);
            if (headingOnly != true)
            {
                current.UnrecognisedLines.Add(new RawLine(line, trimmed));
            }

            if (headingOnly is null)
            {
                Note(line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(trimmed));
            }

            return;
        }

        if (indicators.TryRead(current, cells.Split(text), trimmed, line, mode == Mode.Indicators, wasBlank))
        {
            mode = Mode.Indicators;
            return;
        }

        if (IsKakTitle(trimmed, out int rest))
        {
            mode = Mode.Kak;
            current.SawKak = true;
            if (rest < trimmed.Length)
            {
                ProcessKakRow(current, trimmed, rest, line);
            }

            return;
        }

        if (StartsWithKakHeadingAndColon(trimmed))
        {
            mode = Mode.Kak;
            current.SawKak = true;
            ProcessKakRow(current, trimmed, 0, line);
            return;
        }

        if (mode != Mode.Header && TabRincianRow.StartsWithRekeningRow(cells.Split(text)))
        {
            // A rincian table without its title or header row: a row led by a kode rekening and ending in an amount.
            EnterRincian(current);
            ProcessRincianLine(current, text, trimmed, line, wasBlank: false);
            return;
        }

        if (ContainsOrdinal(trimmed, "Perubahan") && (ContainsOrdinal(trimmed, "Sebelum") || ContainsOrdinal(trimmed, "Setelah")
            || ContainsOrdinal(trimmed, "Sesudah")))
        {
            current.RevisedEvidence ??= new RawLine(line, trimmed);
            beforeAndAfter |= IsBeforeAndAfter(trimmed);
            current.UnrecognisedLines.Add(new RawLine(line, trimmed));
            return;
        }

        if (current.Fields.Count == 0 && current.Amounts.Count == 0 && mode == Mode.Header)
        {
            TitleBlockReader.Read(form!, raw, cells.Split(text), line);
            return;
        }

        if (previousField >= 0 && previousField < current.Fields.Count && !wasBlank)
        {
            RawField field = current.Fields[previousField];
            current.Fields[previousField] = field with { Name = Join(field.Name, " ", CollapseCells(trimmed)) };
            lastFieldIndex = previousField;
            Note(line, TextReaderMessages.LineAppended, TextReaderMessages.Appended(field.Label, trimmed));
            return;
        }

        current.UnrecognisedLines.Add(new RawLine(line, trimmed));
        Note(line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(trimmed));
    }

    private void AddField(RawFormBuilder current, RawFieldKind kind, string label, string trimmed, int labelEnd, int line)
    {
        string value = SkipSeparator(trimmed, labelEnd);
        string? code = null;
        string name;
        if (RawLabels.HasCode(kind))
        {
            SplitCode(value, out code, out name);
        }
        else
        {
            name = CollapseCells(value);
        }

        current.Fields.Add(new RawField(line, kind, label.Trim(), code, name));
        lastFieldIndex = current.Fields.Count - 1;
        if (mode == Mode.Header)
        {
            mode = Mode.Body;
        }
    }

    /// <summary>Reads a line in KAK mode: <paramref name="text"/> from <paramref name="lead"/> on is the trimmed line.</summary>
    private bool ProcessKakLine(RawFormBuilder current, string text, int lead, int line, bool indented, bool wasBlank)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan(lead);
        if (IsKakTitle(trimmed, out int rest))
        {
            FlushTrailingIntoKak();
            if (rest < trimmed.Length)
            {
                ProcessKakRow(current, text, lead + rest, line);
            }

            return true;
        }

        if (current.KakSections.Count == 0 && !kakOpen && IsKakTableHeader(trimmed))
        {
            return true;
        }

        if (!indented && StartsWithHeaderField(text[lead..], out string label)
            && (label.StartsWith("Urusan", StringComparison.OrdinalIgnoreCase)
                || label.StartsWith("Bidang", StringComparison.OrdinalIgnoreCase)))
        {
            if (!StartForm(line))
            {
                return false;
            }

            Note(line, TextReaderMessages.FormWithoutTitle, TextReaderMessages.WithoutTitle(label));
            RawFormBuilder next = form!;
            next.EndLine = line;
            string whole = text[lead..];
            ProcessBodyLine(next, whole, whole, whole, line, wasBlank: true);
            return false;
        }

        bool heading = StartsWithKakHeading(trimmed) || trimmed.StartsWith(':');
        if (!indented && !heading && (wasBlank || trailing.Count > 0))
        {
            // After a blank line, unindented text that is no KAK row may be page or site boilerplate: hold it
            // until it is clear whether the KAK goes on (then it is continuation text) or the form has ended.
            trailing.Add(new RawLine(line, text[lead..]));
            return false;
        }

        FlushTrailingIntoKak();
        ProcessKakRow(current, text, lead, line);
        return true;
    }

    private void FlushTrailingIntoKak()
    {
        if (trailing.Count == 0 || form is null)
        {
            return;
        }

        foreach (RawLine held in trailing)
        {
            AppendKakText(form, held.Text, 0, held.Line, newLine: true);
        }

        form.EndLine = Math.Max(form.EndLine, trailing[^1].Line);
        trailing.Clear();
    }

    /// <summary>Reads a KAK row: <paramref name="content"/> from <paramref name="start"/> on, which every caller
    /// passes trimmed (a trimmed line, or the trimmed rest of one), so it is read in place.</summary>
    private void ProcessKakRow(RawFormBuilder current, string content, int start, int line)
    {
        int p = SkipLeadingTags(content, start, out bool inParagraph);
        if (p < content.Length && content[p] == ':')
        {
            OpenKakSection(current, line, null, null, inParagraph);
            AppendKakText(current, content, p + 1, line, newLine: false);
            return;
        }

        if (TryKakHeadingAt(current, content, p, line, allowFuzzy: true, out string? heading, out KakSectionKind? kind, out int textStart))
        {
            OpenKakSection(current, line, heading, kind, inParagraph);
            AppendKakText(current, content, textStart, line, newLine: false);
            return;
        }

        if (!kakOpen)
        {
            OpenKakSection(current, line, null, null, inParagraph: false);
            AppendKakText(current, content, start, line, newLine: false);
            return;
        }

        AppendKakText(current, content, start, line, newLine: true);
    }

    private bool TryKakHeadingAt(RawFormBuilder current, string s, int p, int line, bool allowFuzzy,
        out string? heading, out KakSectionKind? kind, out int textStart)
    {
        heading = null;
        kind = null;
        textStart = p;
        if (RawLabels.TryMatchKakHeading(s, p, out KakSectionKind k, out int end))
        {
            int after = SkipSpacesAndTabs(s, end);
            bool colon = after < s.Length && s[after] == ':';
            if (!colon && current.KakSections.Exists(x => x.Kind == k) || (!colon && kakKind == k))
            {
                return false;
            }

            heading = RawLabels.KakHeadingText(s.AsSpan(p, end - p));
            kind = k;
            textStart = colon ? SkipSpacesAndTabs(s, after + 1) : after;
            return true;
        }

        if (!allowFuzzy)
        {
            return false;
        }

        int colonAt = -1;
        int limit = Math.Min(s.Length, p + RawLabels.MaxCandidateLength);
        for (int i = p; i < limit; i++)
        {
            char c = s[i];
            if (c is ':' or '\t')
            {
                colonAt = i;
                break;
            }

            if (!char.IsLetter(c) && !RawLabels.IsSpace(c) && c != '&')
            {
                return false;
            }
        }

        if (colonAt < 0)
        {
            return false;
        }

        // A heading ends at its colon, or at the end of its own cell (a two-column KAK table rebuilt as cells).
        int sep = SkipSpacesAndTabs(s, colonAt);
        bool ownCell = s[colonAt] == '\t' && sep < s.Length && s[sep] != ':';
        if (sep >= s.Length || (s[sep] != ':' && !ownCell))
        {
            return false;
        }

        string candidate = s[p..colonAt].Trim();
        if (candidate.Length < 4 || !RawLabels.TryFuzzyKakHeading(candidate, out KakSectionKind fuzzy, out bool exact))
        {
            return false;
        }

        if (!exact)
        {
            Note(line, TextReaderMessages.Misspelled, TextReaderMessages.MisspelledHeading(candidate, KakHeadings.GetCanonicalHeading(fuzzy)));
        }

        heading = candidate;
        kind = fuzzy;
        textStart = ownCell ? sep : SkipSpacesAndTabs(s, sep + 1);
        return true;
    }

    private void OpenKakSection(RawFormBuilder current, int line, string? heading, KakSectionKind? kind, bool inParagraph)
    {
        CloseKakSection(current);
        kakOpen = true;
        kakLine = line;
        kakHeading = heading;
        kakKind = kind;
        kakInParagraph = inParagraph;
        kakText.Clear();
    }

    /// <summary>Appends <paramref name="text"/> from <paramref name="start"/> on to the open KAK section (opening one
    /// if none is); the search for paragraph headings only looks forward, so it reads the text in place.</summary>
    private void AppendKakText(RawFormBuilder current, string text, int start, int line, bool newLine)
    {
        if (!kakOpen)
        {
            OpenKakSection(current, line, null, null, inParagraph: false);
        }

        // Split at "<p>Heading :" inside a cell: several sections written in one table cell.
        int from = start;
        while (true)
        {
            int split = FindParagraphHeading(text, from, out int headingStart, out KakSectionKind kind, out int headingEnd, out int textStart);
            if (split < 0)
            {
                break;
            }

            AppendPiece(text.AsSpan(from, split - from), newLine);
            newLine = false;
            OpenKakSection(current, line, RawLabels.KakHeadingText(text.AsSpan(headingStart, headingEnd - headingStart)), kind, inParagraph: true);
            from = textStart;
        }

        AppendPiece(text.AsSpan(from), newLine);
    }

    private void AppendPiece(ReadOnlySpan<char> piece, bool newLine)
    {
        ReadOnlySpan<char> trimmed = piece.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (kakText.Length > 0)
        {
            kakText.Append(newLine ? '\n' : ' ');
        }

        kakText.Append(trimmed);
    }

    private void CloseKakSection(RawFormBuilder current)
    {
        if (!kakOpen)
        {
            return;
        }

        string text = kakText.ToString().Trim();
        if (kakInParagraph && text.EndsWith("</p>", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4].TrimEnd();
        }

        current.KakSections.Add(new RawKakSection(kakLine, kakHeading, kakKind, text));
        kakOpen = false;
        kakHeading = null;
        kakKind = null;
        kakText.Clear();
    }

    private static int FindParagraphHeading(string text, int from, out int headingStart, out KakSectionKind kind, out int headingEnd, out int textStart)
    {
        headingStart = headingEnd = textStart = -1;
        kind = default;
        int search = from;
        while (search < text.Length)
        {
            int tag = text.IndexOf("<p", search, StringComparison.OrdinalIgnoreCase);
            if (tag < 0)
            {
                return -1;
            }

            int close = text.IndexOf('>', tag);
            if (close < 0)
            {
                return -1;
            }

            search = close + 1;
            if (close != tag + 2 && text[tag + 2] != ' ')
            {
                continue;
            }

            int p = SkipSpacesAndTabs(text, close + 1);
            if (RawLabels.TryMatchKakHeading(text, p, out kind, out int end))
            {
                int after = SkipSpacesAndTabs(text, end);
                if (after < text.Length && text[after] == ':')
                {
                    headingStart = p;
                    headingEnd = end;
                    textStart = SkipSpacesAndTabs(text, after + 1);
                    return tag;
                }
            }
        }

        return -1;
    }

    private void EnterRincian(RawFormBuilder current)
    {
        mode = Mode.Rincian;
        rincian.Enter(current, beforeAndAfter);
    }

    /// <summary>Reads one line in rincian mode with the <see cref="RincianRowReader"/>. Returns false when the line
    /// ends the table (a section or form title, a header field, a closing block, a line that is no row); the caller
    /// then reads it as a body line.</summary>
    private bool ProcessRincianLine(RawFormBuilder current, string text, string trimmed, int line, bool wasBlank)
    {
        if (IsKakTitle(trimmed, out _) || StartsWithHeaderField(trimmed, out _) || StartsWithOrdinal(trimmed, "Indikator")
            || RawLabels.TryMatchWords(trimmed, 0, "Kelompok Sasaran", out _)
            || RawLabels.TryMatchWords(trimmed, 0, "Jumlah Tahun", out _)
            || StartsWithKakHeadingAndColon(trimmed) || ClosingBlock.IsStart(trimmed))
        {
            return false;
        }

        bool read = rincian.TryRead(current, cells.Split(text), text, trimmed, line, wasBlank);
        if (rincian.EndedTable)
        {
            mode = Mode.Body;
        }

        return read;
    }

    /// <summary>Returns whether the tail of a wrapped label stands alone on this line (<c>Kelompok Sasaran
    /// Masyarakat</c>, then <c>Kegiatan</c>).</summary>
    private static bool IsLabelTail(RawField field, string trimmed) =>
        field.Kind == RawFieldKind.KelompokSasaran && trimmed.Equals("Kegiatan", StringComparison.OrdinalIgnoreCase)
        && !field.Label.EndsWith("Kegiatan", StringComparison.OrdinalIgnoreCase);

    private void StartClosing(int line)
    {
        mode = Mode.Closing;
        closingFirst = closingLast = line;
        closingCount = 1;
    }

    private void FlushClosing()
    {
        if (closingCount > 0)
        {
            Note(closingFirst, TextReaderMessages.OutsideForm, TextReaderMessages.Closing(closingFirst, closingLast, closingCount));
            closingCount = 0;
        }
    }

    private bool StartsRincianAfterKak(string text, string trimmed)
    {
        if (RincianRowReader.IsRincianTitle(trimmed) && IsAllCaps(trimmed))
        {
            return true;
        }

        return RincianRowReader.IsRincianHeaderRow(cells.Split(text), requireKodeRekening: true);
    }

    /// <summary>Starts a new form at <paramref name="line"/>; false (and reading stops) past the form limit.</summary>
    private bool StartForm(int line)
    {
        if (forms.Count >= maxForms)
        {
            // Stop before the form past the limit; this line and the rest of the text are not read.
            notes.Add(new RawNote(line, TextReaderMessages.TooManyForms, TextReaderMessages.FormLimit(maxForms, line)));
            stopped = true;
            return false;
        }

        EndForm();
        FlushOutside();
        form = new RawFormBuilder(line);
        forms.Add(form);
        mode = Mode.Header;
        lastFieldIndex = -1;
        amounts.Reset();
        indicators.Reset();
        beforeAndAfter = false;
        return true;
    }

    private void EndForm()
    {
        penarikan.Flush();
        if (form is null)
        {
            return;
        }

        RawFormBuilder current = form;
        CloseKakSection(current);
        FlushClosing();
        foreach (RawLine held in trailing)
        {
            Outside(held.Line);
        }

        trailing.Clear();
        if (!current.HasContent && current.Fields.Count == 0 && (forms.Count > 1 || recapPage.StartsPage))
        {
            // Title lines and nothing else after another form (a form-number box printed at a page's end): no form.
            forms.Remove(current);
            for (int l = current.StartLine; l <= current.EndLine; l++)
            {
                Outside(l);
            }

            form = null;
            mode = Mode.Header;
            return;
        }

        ReportNotHeld(current);
        AssignHeadlessSections(current);
        ReportMissingParts(current);
        if (current.RevisedEvidence is RawLine evidence)
        {
            Note(evidence.Line, TextReaderMessages.RevisedVariant, TextReaderMessages.Revised(evidence.Text));
        }

        form = null;
        mode = Mode.Header;
    }

    /// <summary>Reports the fields the reader recognised that the model cannot hold yet (nothing is dropped silently).</summary>
    private void ReportNotHeld(RawFormBuilder current)
    {
        bool unitUsed = false;
        bool subUnitUsed = false;
        foreach (RawField field in current.Fields)
        {
            bool sub = field.Kind == RawFieldKind.UnitOrganisasi && field.Label.StartsWith("Sub", StringComparison.OrdinalIgnoreCase);
            bool held = field.Kind switch
            {
                RawFieldKind.LatarBelakangPerubahan => false,
                RawFieldKind.UnitOrganisasi => sub ? !subUnitUsed : !unitUsed,
                _ => true,
            };
            unitUsed |= field.Kind == RawFieldKind.UnitOrganisasi && !sub;
            subUnitUsed |= sub;
            if (!held)
            {
                string value = field.Code is null ? field.Name : Join(field.Code, " ", field.Name);
                Note(field.Line, TextReaderMessages.NotHeld, TextReaderMessages.FieldNotHeld(field.Label, value));
            }
        }
    }

    private void AssignHeadlessSections(RawFormBuilder current)
    {
        List<RawKakSection> sections = current.KakSections;
        for (int i = 0; i < sections.Count; i++)
        {
            RawKakSection section = sections[i];
            if (section.Kind is not null)
            {
                continue;
            }

            KakSectionKind? previous = null;
            for (int j = i - 1; j >= 0 && previous is null; j--)
            {
                previous = sections[j].Kind;
            }

            KakSectionKind? next = null;
            for (int j = i + 1; j < sections.Count && next is null; j++)
            {
                next = sections[j].Kind;
            }

            int candidate = previous is null ? 0 : (int)previous.Value + 1;
            bool fits = candidate <= (int)KakSectionKind.Manfaat
                && (next is null || (int)next.Value > candidate)
                && !sections.Exists(s => s.Kind == (KakSectionKind)candidate);
            if (fits)
            {
                var kind = (KakSectionKind)candidate;
                sections[i] = section with { Kind = kind };
                Note(section.Line, TextReaderMessages.HeadingAssignedByPosition, TextReaderMessages.AssignedByPosition(
                    KakHeadings.GetCanonicalHeading(kind),
                    previous is null ? "start" : KakHeadings.GetCanonicalHeading(previous.Value),
                    next is null ? "end" : KakHeadings.GetCanonicalHeading(next.Value)));
            }
            else
            {
                Note(section.Line, TextReaderMessages.HeadingMissing, TextReaderMessages.Unassigned());
            }
        }
    }

    private void ReportMissingParts(RawFormBuilder current)
    {
        var missing = new List<string>();
        if (current.IndexOf(RawFieldKind.Kegiatan) < 0 && current.IndexOf(RawFieldKind.SubKegiatan) < 0)
        {
            missing.Add(MessageResources.ReaderMissingKegiatan);
        }

        if (current.Amounts.Count == 0)
        {
            missing.Add(MessageResources.ReaderMissingAmounts);
        }

        if (current.Indicators.Count == 0)
        {
            missing.Add(MessageResources.ReaderMissingIndicators);
        }

        // No KAK section is no missing part: a form without any KAK heading is of a template without KAK (the official
        // 2.2.1 form, SIPD prints); see FormTemplates.HasKak.
        if (missing.Count > 0)
        {
            Note(current.StartLine, TextReaderMessages.IncompleteForm,
                TextReaderMessages.Incomplete(current.StartLine, string.Join(", ", missing)));
        }
    }

    private void RepairSpilledHeaders()
    {
        // Indexes built once, so the repair stays linear in the number of forms.
        var programNames = new Dictionary<string, (int Count, int Line, string Name)>(StringComparer.Ordinal);
        var lokasiNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (RawFormBuilder other in forms)
        {
            int opi = other.IndexOf(RawFieldKind.Program);
            if (opi >= 0 && other.Fields[opi].Code is string otherCode)
            {
                string key = ProgramKey(otherCode, other.Fields[opi].Name);
                programNames[key] = programNames.TryGetValue(key, out var seen)
                    ? (seen.Count + 1, seen.Line, seen.Name)
                    : (1, other.Fields[opi].Line, other.Fields[opi].Name);
            }

            int oli = other.IndexOf(RawFieldKind.Lokasi);
            if (oli >= 0 && other.Fields[oli].Name.Length > 0)
            {
                lokasiNames.Add(Squeeze(other.Fields[oli].Name));
            }
        }

        foreach (RawFormBuilder current in forms)
        {
            int pi = current.IndexOf(RawFieldKind.Program);
            int ki = current.IndexOf(RawFieldKind.Kegiatan);
            int li = current.IndexOf(RawFieldKind.Lokasi);
            if (pi < 0 || ki < 0 || li < 0)
            {
                continue;
            }

            RawField program = current.Fields[pi];
            RawField kegiatan = current.Fields[ki];
            RawField lokasi = current.Fields[li];
            if (program.Code is null || kegiatan.Code is null || !IsAllCaps(program.Name) || !IsAllCaps(kegiatan.Name))
            {
                continue;
            }

            string combined = program.Name + " " + kegiatan.Name;
            string? namedElsewhere = programNames.TryGetValue(ProgramKey(program.Code, combined), out var named)
                ? Message.Format(MessageResources.ReaderRepairNamedElsewhere, named.Line, program.Code, named.Name)
                : null;
            bool programNameSeenAsIs = programNames.TryGetValue(ProgramKey(program.Code, program.Name), out var asIs)
                && asIs.Count > 1;
            if (programNameSeenAsIs && namedElsewhere is null)
            {
                continue;
            }

            if (!TrySplitLokasi(lokasi.Name, lokasiNames, out string place, out string activity, out string how))
            {
                continue;
            }

            string evidence = Message.Format(MessageResources.ReaderRepairEvidence, namedElsewhere ?? MessageResources.ReaderRepairAllCapsStyle, kegiatan.Line, how);
            current.Fields[pi] = program with { Name = combined };
            current.Fields[ki] = kegiatan with { Name = activity };
            current.Fields[li] = lokasi with { Name = place };
            Note(program.Line, TextReaderMessages.HeaderRepaired, TextReaderMessages.Repaired(combined, activity, place, evidence));
        }
    }

    private static string ProgramKey(string code, string name) =>
        string.Concat(code.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.'), "\u0000", Squeeze(name).ToUpperInvariant());

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool TrySplitLokasi(string lokasi, HashSet<string> lokasiNames, out string place, out string activity, out string how)
    {
        place = activity = how = string.Empty;
        string[] words = lokasi.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // The longest lead of the lokasi that is another form's whole lokasi.
        for (int i = words.Length - 1; i >= 1; i--)
        {
            string lead = string.Join(' ', words, 0, i);
            if (lokasiNames.Contains(lead))
            {
                place = lead;
                activity = string.Join(' ', words, i, words.Length - i);
                how = Message.Format(MessageResources.ReaderRepairLokasiElsewhere, place);
                return HasLower(activity);
            }
        }

        // Otherwise a kegiatan name starts with an Indonesian activity noun: Pe…an (Penyusunan, Pembangunan) or …asi.
        for (int i = 1; i < words.Length; i++)
        {
            string w = words[i];
            bool noun = w.Length > 5 && char.IsUpper(w[0]) && char.IsLower(w[1])
                && ((w.StartsWith("Pe", StringComparison.Ordinal) && w.EndsWith("an", StringComparison.Ordinal))
                    || w.EndsWith("asi", StringComparison.Ordinal));
            if (noun)
            {
                place = string.Join(' ', words, 0, i);
                activity = string.Join(' ', words, i, words.Length - i);
                how = Message.Format(MessageResources.ReaderRepairKegiatanInLokasi, w);
                return HasLower(activity);
            }
        }

        return false;
    }

    private void Outside(int line)
    {
        if (outsideCount == 0)
        {
            outsideFirst = line;
        }

        outsideLast = line;
        outsideCount++;
    }

    private void FlushOutside()
    {
        if (outsideCount > 0)
        {
            Note(outsideFirst, TextReaderMessages.OutsideForm, TextReaderMessages.Outside(outsideFirst, outsideLast, outsideCount));
            outsideCount = 0;
        }
    }

    private static bool HasBody(RawFormBuilder current, RawFieldKind kind) =>
        current.Amounts.Count > 0 || current.Indicators.Count > 0 || current.KakSections.Count > 0
        || current.IndexOf(kind) >= 0;

    private static bool StartsWithHeaderField(string trimmed, out string label)
    {
        label = string.Empty;
        if (RawLabels.TryMatchHeaderLabel(trimmed, 0, out RawFieldKind kind, out int end)
            && RawLabels.HasCode(kind) && IsFieldValueStart(trimmed, end, kind))
        {
            int after = SkipSpacesAndTabs(trimmed, end);
            if (after < trimmed.Length && trimmed[after] == ':')
            {
                label = trimmed[..end];
                return true;
            }
        }

        return false;
    }

    private static bool IsFieldValueStart(string s, int end, RawFieldKind kind)
    {
        int after = SkipSpacesAndTabs(s, end);
        if (after >= s.Length)
        {
            return true;
        }

        if (s[after] == ':' || (end < s.Length && s[end] == '\t'))
        {
            return true;
        }

        // Without a colon or tab, a coded field must be followed by its code; a flattened "Kelompok Sasaran <value>"
        // row has no colon either.
        return RawLabels.HasCode(kind) ? char.IsAsciiDigit(s[after]) : kind == RawFieldKind.KelompokSasaran;
    }

    private bool TryFuzzyLabel(string trimmed, out RawFieldKind kind, out string written, out string canonical, out int end)
    {
        kind = default;
        written = canonical = string.Empty;
        end = 0;
        if (mode == Mode.Kak)
        {
            return false;
        }

        int limit = Math.Min(trimmed.Length, RawLabels.MaxCandidateLength);
        for (int i = 0; i < limit; i++)
        {
            char c = trimmed[i];
            if (c is ':' or '\t')
            {
                int sep = SkipSpacesAndTabs(trimmed, i);
                if (sep >= trimmed.Length || trimmed[sep] != ':')
                {
                    return false;
                }

                written = trimmed[..i].Trim();
                end = i;
                return written.Length >= 5 && RawLabels.TryFuzzyHeaderLabel(written, out kind, out canonical);
            }

            if (!char.IsLetter(c) && !RawLabels.IsSpace(c))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Returns whether a trimmed line starts with the KAK title; <paramref name="rest"/> is where the trimmed
    /// rest of the line starts (the line's length when nothing follows).</summary>
    private static bool IsKakTitle(ReadOnlySpan<char> trimmed, out int rest)
    {
        rest = trimmed.Length;
        if (!RawLabels.TryMatchWords(trimmed, 0, "KERANGKA ACUAN KERJA", out int end))
        {
            return false;
        }

        int p = SkipSpacesAndTabs(trimmed, end);
        if (trimmed[p..].StartsWith("(KAK)", StringComparison.OrdinalIgnoreCase))
        {
            p += "(KAK)".Length;
        }

        p = SkipSpacesAndTabs(trimmed, p);
        if (RawLabels.TryMatchWords(trimmed, p, "PERKIRAAN REKENING BELANJA", out int after))
        {
            p = after;
        }

        // The line is trimmed at its end, so the rest's trimmed form starts past its leading white space.
        while (p < trimmed.Length && char.IsWhiteSpace(trimmed[p]))
        {
            p++;
        }

        rest = p;
        return true;
    }

    private static bool IsKakTableHeader(ReadOnlySpan<char> trimmed) =>
        RawLabels.TryMatchWords(trimmed, 0, "PERKIRAAN REKENING BELANJA", out _)
        || (RawLabels.TryMatchWords(trimmed, 0, "Keterangan", out int end)
            && trimmed[end..].Trim().Equals("Uraian", StringComparison.OrdinalIgnoreCase));

    private static bool StartsWithKakHeading(ReadOnlySpan<char> trimmed)
    {
        int p = SkipLeadingTags(trimmed, 0, out _);
        return RawLabels.TryMatchKakHeading(trimmed, p, out _, out _);
    }

    private static bool StartsWithKakHeadingAndColon(string trimmed)
    {
        int p = SkipLeadingTags(trimmed, 0, out _);
        if (!RawLabels.TryMatchKakHeading(trimmed, p, out _, out int end))
        {
            return false;
        }

        int after = SkipSpacesAndTabs(trimmed, end);
        return after < trimmed.Length && trimmed[after] == ':';
    }

    private static bool LooksStructural(string trimmed) =>
        StartsWithHeaderField(trimmed, out _)
        || RawLabels.TryMatchWords(trimmed, 0, "Jumlah", out _)
        || RawLabels.TryMatchWords(trimmed, 0, "Indikator", out _)
        || RawLabels.TryMatchWords(trimmed, 0, "Kelompok Sasaran", out _)
        || IsKakTitle(trimmed, out _)
        || TitleBlockReader.IsFormTitle(trimmed);

    private static void SplitCode(string value, out string? code, out string name)
    {
        code = null;
        int tab = value.IndexOf('\t', StringComparison.Ordinal);
        if (tab >= 0)
        {
            string first = value[..tab].Trim();
            if (first.Length > 0 && IsCodeText(first))
            {
                code = first;
                name = StripDash(CollapseCells(value[(tab + 1)..]));
                return;
            }
        }

        int end = 0;
        int i = 0;
        bool firstToken = true;
        bool previousEndsWithDot = false;
        bool previousDigitsOnly = false;
        while (i < value.Length)
        {
            int start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            string token = value[start..i];
            // After the first token, a part joins the code after a dot, or (spaces inside a code: "1 02 1.02 01") after
            // a part of digits only, or as a zero-led part ("01").
            bool accepted = IsCodeToken(token) && (firstToken
                ? char.IsAsciiDigit(token[0]) || token[0] is 'X' or 'x'
                : previousEndsWithDot || token[0] == '.' || previousDigitsOnly || (token[0] == '0' && token.Length <= 4 && IsDigits(token)));
            if (!accepted)
            {
                break;
            }

            end = i;
            firstToken = false;
            previousEndsWithDot = token[^1] == '.';
            previousDigitsOnly = IsDigits(token);
            while (i < value.Length && char.IsWhiteSpace(value[i]))
            {
                i++;
            }
        }

        if (end == 0)
        {
            name = CollapseCells(value);
            return;
        }

        code = value[..end].Trim();
        name = StripDash(CollapseCells(value[end..]));
    }

    private static bool IsCodeText(string text)
    {
        bool digit = false;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c is not ('.' or ' ' or 'X' or 'x'))
            {
                return false;
            }
        }

        return digit || text.Contains('.', StringComparison.Ordinal);
    }

    private static bool IsCodeToken(string token)
    {
        if (token.Length == 0)
        {
            return false;
        }

        bool digit = false;
        bool dot = false;
        bool x = false;
        foreach (char c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c == '.')
            {
                dot = true;
            }
            else if (c is 'X' or 'x')
            {
                x = true;
            }
            else
            {
                return false;
            }
        }

        return x ? dot : digit || dot;
    }

    private static int SkipLeadingTags(ReadOnlySpan<char> s, int i, out bool paragraph)
    {
        paragraph = false;
        while (true)
        {
            i = SkipSpacesAndTabs(s, i);
            if (i < s.Length && s[i] == '<')
            {
                int close = s[i..].IndexOf('>');
                close = close < 0 ? -1 : close + i;
                if (close < 0 || close - i > 200)
                {
                    return i;
                }

                if (close - i >= 2 && (s[i + 1] is 'p' or 'P') && (close == i + 2 || s[i + 2] == ' '))
                {
                    paragraph = true;
                }

                i = close + 1;
                continue;
            }

            return i;
        }
    }

    /// <summary>Removes markdown emphasis and heading marks and turns a markdown table row into tab cells.</summary>
    private static string Clean(string raw)
    {
        string text = raw.Contains("**", StringComparison.Ordinal) ? raw.Replace("**", string.Empty, StringComparison.Ordinal) : raw;
        string trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed[0] == '#')
        {
            text = trimmed.TrimStart('#');
            trimmed = text.Trim();
        }

        if (trimmed.Length > 1 && trimmed[0] == '|')
        {
            string inner = trimmed[1..];
            if (inner.EndsWith('|'))
            {
                inner = inner[..^1];
            }

            string[] cells = inner.Split('|');
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = cells[i].Trim();
            }

            // An empty first cell keeps a leading tab, as in the tab layout.
            return string.Join('\t', cells).TrimEnd();
        }

        return trimmed.Length == 0 ? string.Empty : text.TrimEnd();
    }

    private static bool IsTableRule(string text)
    {
        bool dash = false;
        foreach (char c in text)
        {
            if (c == '-')
            {
                dash = true;
            }
            else if (c is not (':' or '|' or ' ' or '\t' or '+' or '='))
            {
                return false;
            }
        }

        return dash;
    }

}
