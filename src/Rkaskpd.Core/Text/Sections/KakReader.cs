using System;
using System.Collections.Generic;
using System.Text;
using Rkaskpd.Forms;
using Rkaskpd.Resources;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads a form's KAK (Kerangka Acuan Kerja) into <see cref="RawKakSection"/>s: a section opens at a heading
/// (exact, fuzzy with a colon, a <c>&lt;p&gt;Heading :</c> inside a cell, or wrapped in its column over two rows whose
/// first cells make it together) or at a headless <c>:</c> row, and runs
/// until the next one; its text keeps the line breaks of its rows. This reader owns the open section (heading, kind,
/// line, text) and the unindented lines held after a blank line, which join the KAK when it goes on and are outside the
/// form when it ends.</summary>
/// <remarks>The scanner decides which lines are KAK lines (<see cref="KakLines"/>); this reader only reads them. Headless
/// sections are given a kind by position when the form ends (<see cref="AssignHeadless"/>). A part outside the eight
/// sections (a TOR outline's <c>Gambaran Umum</c>, <c>Sasaran</c>, <c>Biaya</c>, <c>Penutup</c>) is read like a
/// section, so it ends the one before, and reported with its text (RKA016) when it closes: the model has no place for
/// it.</remarks>
internal sealed class KakReader(NoteSink notes)
{
    private readonly List<RawLine> trailing = [];
    private readonly StringBuilder text = new();

    private bool open;
    private int sectionLine;
    private int sectionEnd;
    private string? otherPart;

    // The last row read as plain text whose first cell may be the first line of a heading wrapped in its column
    // ("Maksud dan" over "Tujuan"): that cell, where the row's text begins in the section, its line, and whether the
    // row opened the section.
    private string? rowLead;
    private int rowMark;
    private int rowLine;
    private bool rowOpened;
    private string? heading;
    private KakSectionKind? kind;
    private bool inParagraph;

    /// <summary>Reads a line of the KAK: <paramref name="line"/>'s text from <paramref name="lead"/> on is the trimmed
    /// line. Returns false when the line is held (unindented text after a blank line: the KAK may have ended).</summary>
    public bool ReadLine(RawFormBuilder current, ReadOnlyMemory<char> lineText, int lead, int line, bool indented, bool wasBlank)
    {
        ReadOnlySpan<char> trimmed = lineText.Span[lead..];
        if (KakLines.IsTitle(trimmed, out int rest))
        {
            FlushTrailing(current);
            if (rest < trimmed.Length)
            {
                ReadRow(current, lineText.Span, lead + rest, line);
            }

            return true;
        }

        if (current.KakSections.Count == 0 && !open && (KakLines.IsTableHeader(trimmed) || KakLines.IsTitleField(current, trimmed)))
        {
            return true; // the KAK table's header, or a line of its title block (KEGIATAN : ..., TAHUN ANGGARAN 2018)
        }

        bool startsSection = KakLines.StartsWithHeading(trimmed) || trimmed.StartsWith(':');
        if (!indented && !startsSection && (wasBlank || trailing.Count > 0) && !(trailing.Count == 0 && ContinuesList(trimmed)))
        {
            // After a blank line, unindented text that is no KAK row may be page or site boilerplate: hold it
            // until it is clear whether the KAK goes on (then it is continuation text) or the form has ended.
            trailing.Add(new RawLine(line, lineText[lead..].ToString()));
            return false;
        }

        FlushTrailing(current);
        ReadRow(current, lineText.Span, lead, line);
        return true;
    }

    /// <summary>Whether a line is the next item of a list the open section is (a marked line under a heading with no text
    /// yet, or after a marked line): a converter writes a blank line between a list's items, and such a line goes on
    /// the KAK even at the document's end, where held lines would fall outside the form.</summary>
    private bool ContinuesList(ReadOnlySpan<char> trimmed)
    {
        if (!open || !KakListLines.StartsWithMarker(trimmed))
        {
            return false;
        }

        int lastLine = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                lastLine = i + 1;
                break;
            }
        }

        if (lastLine == text.Length)
        {
            return true; // the heading alone so far
        }

        Span<char> start = stackalloc char[Math.Min(8, text.Length - lastLine)];
        text.CopyTo(lastLine, start, start.Length);
        return KakListLines.StartsWithMarker(start);
    }

    /// <summary>Appends the held lines to the open section: the KAK went on after them.</summary>
    public void FlushTrailing(RawFormBuilder current)
    {
        if (trailing.Count == 0)
        {
            return;
        }

        rowLead = null; // the held lines stand between the row above and the next
        foreach (RawLine held in trailing)
        {
            AppendText(current, held.Text, 0, held.Line, newLine: true);
        }

        current.EndLine = Math.Max(current.EndLine, trailing[^1].Line);
        trailing.Clear();
    }

    /// <summary>Starts the KAK at a trimmed row that is its title (perhaps with a first row after it) or a KAK heading
    /// with its colon, reading the row; false when the row is neither.</summary>
    public bool TryStart(RawFormBuilder current, string trimmed, int line)
    {
        bool title = KakLines.IsTitle(trimmed, out int rest);
        if (!title && !KakLines.StartsWithHeadingAndColon(trimmed))
        {
            return false;
        }

        current.SawKak = true;
        int start = title ? rest : 0;
        if (start < trimmed.Length)
        {
            ReadRow(current, trimmed, start, line);
        }

        return true;
    }

    /// <summary>Reads a KAK row: <paramref name="content"/> from <paramref name="start"/> on, which every caller
    /// passes trimmed (a trimmed line, or the trimmed rest of one), so it is read in place.</summary>
    public void ReadRow(RawFormBuilder current, ReadOnlySpan<char> content, int start, int line)
    {
        string? lead = rowLead;
        rowLead = null;
        int p = KakLines.SkipLeadingTags(content, start, out bool paragraph);
        if (p < content.Length && content[p] == ':')
        {
            Open(current, line, null, null, paragraph);
            AppendText(current, content, p + 1, line, newLine: false);
            return;
        }

        if (TryHeadingAt(current, content, p, out string? written, out KakSectionKind? headingKind, out int textStart))
        {
            Open(current, line, written, headingKind, paragraph);
            AppendText(current, content, textStart, line, newLine: false);
            return;
        }

        if (KakLines.StartsWithOtherPart(content, p, out ReadOnlySpan<char> other, out int otherText))
        {
            Open(current, line, null, null, paragraph);
            otherPart = other.ToString();
            AppendText(current, content, otherText, line, newLine: false);
            return;
        }

        if (lead is not null && TryCompleteWrappedHeading(current, lead, content, start, line))
        {
            return;
        }

        NoteRowLead(content, start, line);
        if (!open)
        {
            Open(current, line, null, null, inParagraphTag: false);
            AppendText(current, content, start, line, newLine: false);
            return;
        }

        AppendText(current, content, start, line, newLine: true);
    }

    /// <summary>Keeps the first cell of a row about to be read as plain text when it is a few words ending at a tab,
    /// which may be a heading's first line (see <see cref="TryCompleteWrappedHeading"/>).</summary>
    private void NoteRowLead(ReadOnlySpan<char> content, int start, int line)
    {
        int tab = content[start..].IndexOf('\t');
        if (tab <= 0 || tab > RawLabels.MaxCandidateLength)
        {
            return;
        }

        ReadOnlySpan<char> cell = content.Slice(start, tab).Trim();
        foreach (char c in cell)
        {
            if (!char.IsLetter(c) && !RawLabels.IsSpace(c) && c != '&')
            {
                return;
            }
        }

        rowLead = cell.ToString();
        rowOpened = !open;
        rowMark = open ? text.Length : 0;
        rowLine = line;
    }

    /// <summary>Reads a row whose first cell ends a heading that wrapped in its column: the row above's first cell and
    /// this one's (<c>Maksud dan</c> over <c>Tujuan</c>, as a PDF without ruling lines or a narrow first column gives
    /// it) make a heading together. The section opens at the row above with that heading, and the text of both rows
    /// is its text, joined as one cell's wrapped lines. False, with nothing read, when they make no heading.</summary>
    private bool TryCompleteWrappedHeading(RawFormBuilder current, string lead, ReadOnlySpan<char> content, int start, int line)
    {
        int tab = content[start..].IndexOf('\t');
        if (tab <= 0 || rowMark > text.Length || (sectionLine == rowLine) != rowOpened || (rowOpened && heading is not null))
        {
            return false; // no first cell, or the row above opened a section of its own ("<p>Heading :" inside it)
        }

        string joined = lead + " " + content.Slice(start, tab).Trim().ToString();
        if (!RawLabels.TryFuzzyKakHeading(joined, out KakSectionKind found, out _) || HasKind(current.KakSections, found))
        {
            return false;
        }

        // The row above was appended as text ("Maksud dan<TAB>Maksud : ..."): its text moves to the new section.
        string above = text.ToString(rowMark, text.Length - rowMark).TrimStart();
        int cellEnd = above.IndexOf('\t', StringComparison.Ordinal);
        above = cellEnd < 0 ? string.Empty : above[(cellEnd + 1)..];
        if (rowOpened)
        {
            heading = RawLabels.KakHeadingText(joined);
            kind = found;
            text.Clear();
        }
        else
        {
            text.Length = rowMark;
            Open(current, rowLine, RawLabels.KakHeadingText(joined), found, inParagraphTag: false);
        }

        AppendPiece(above, newLine: false);
        AppendText(current, content, start + tab + 1, line, newLine: false);
        return true;
    }

    /// <summary>Closes the open section, if any, into <paramref name="current"/>.</summary>
    public void Close(RawFormBuilder current)
    {
        if (!open)
        {
            return;
        }

        string written = text.ToString().Trim();
        if (inParagraph && written.EndsWith("</p>", StringComparison.OrdinalIgnoreCase))
        {
            written = written[..^4].TrimEnd();
        }

        if (otherPart is null)
        {
            current.KakSections.Add(new RawKakSection(sectionLine, heading, kind, written));
        }
        else if (written.Length > 0 && IsBackground(otherPart) && current.KakSections.FindIndex(IsEmptyLatarBelakang) is int empty and >= 0)
        {
            // A TOR outline's "A. Latar Belakang" with its sub-points "1. Dasar Hukum" and "2. Gambaran Umum": the
            // general picture is the background's own text.
            current.KakSections[empty] = current.KakSections[empty] with { Text = written };
        }
        else if (written.Length > 0)
        {
            notes.Add(sectionLine, TextReaderMessages.NotHeld, TextReaderMessages.KakPartNotHeld(otherPart, sectionLine, sectionEnd, written));
        }

        open = false;
        rowLead = null;
        heading = null;
        kind = null;
        otherPart = null;
        text.Clear();
    }

    private static bool IsBackground(string part) =>
        part.StartsWith("Gambaran Umum", StringComparison.OrdinalIgnoreCase) || part.Equals("Pendahuluan", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmptyLatarBelakang(RawKakSection section) =>
        section.Kind == KakSectionKind.LatarBelakang && string.IsNullOrWhiteSpace(section.Text);

    /// <summary>Ends the form: closes the open section and counts the held lines as lines outside any form.</summary>
    public void EndForm(RawFormBuilder current, LineRun outside)
    {
        Close(current);
        foreach (RawLine held in trailing)
        {
            outside.Add(held.Line);
        }

        trailing.Clear();
    }

    /// <summary>Gives each headless section the kind its position allows (after the previous section's kind, before the
    /// next one's, not taken), reported as RKA404; a section that fits nowhere is reported as RKA406.</summary>
    public static void AssignHeadless(RawFormBuilder current, NoteSink notes)
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
                && !HasKind(sections, (KakSectionKind)candidate);
            if (fits)
            {
                var assigned = (KakSectionKind)candidate;
                sections[i] = section with { Kind = assigned };
                notes.Add(section.Line, TextReaderMessages.HeadingAssignedByPosition, TextReaderMessages.AssignedByPosition(
                    KakHeadings.GetCanonicalHeading(assigned),
                    previous is null ? MessageResources.ReaderKakStart : "'" + KakHeadings.GetCanonicalHeading(previous.Value) + "'",
                    next is null ? MessageResources.ReaderKakEnd : "'" + KakHeadings.GetCanonicalHeading(next.Value) + "'"));
            }
            else
            {
                notes.Add(section.Line, TextReaderMessages.HeadingMissing, TextReaderMessages.Unassigned());
            }
        }
    }

    private bool TryHeadingAt(RawFormBuilder current, ReadOnlySpan<char> s, int p,
        out string? written, out KakSectionKind? headingKind, out int textStart)
    {
        written = null;
        headingKind = null;
        textStart = p;
        int marker = KakHeadings.ListMarkerLength(s[p..]);
        if (TryListedHeadingLine(current, s[(p + marker)..], marker > 0, out written, out headingKind))
        {
            textStart = s.Length;
            return true;
        }

        if (marker > 0 && RawLabels.TryMatchKakHeading(s, p + marker, out _, out int listedEnd)
            && SkipSpacesAndTabs(s, listedEnd) is int listedAfter && listedAfter < s.Length && s[listedAfter] == ':')
        {
            p += marker; // "A. Latar Belakang : ...": the heading after its list marker (without the colon, a numbered point)
        }

        if (RawLabels.TryMatchKakHeading(s, p, out KakSectionKind k, out int end))
        {
            int after = SkipSpacesAndTabs(s, end);
            bool colon = after < s.Length && s[after] == ':';
            if (!colon && (HasKind(current.KakSections, k) || kind == k))
            {
                return false;
            }

            written = RawLabels.KakHeadingText(s[p..end]);
            headingKind = k;
            textStart = colon ? SkipSpacesAndTabs(s, after + 1) : after;
            return true;
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

        string candidate = s[p..colonAt].Trim().ToString();
        if (candidate.Length < 4 || !RawLabels.TryFuzzyKakHeading(candidate, out KakSectionKind fuzzy, out _))
        {
            return false;
        }

        // A misspelled heading (exact false) is kept as written: KakSection.IsHeadingMisspelled, and the rule RKA402, say so.
        written = candidate;
        headingKind = fuzzy;
        textStart = ownCell ? sep : SkipSpacesAndTabs(s, sep + 1);
        return true;
    }

    /// <summary>Recognises a line that is a heading alone, after a list marker (<paramref name="marked"/>) or not
    /// (<see cref="KakLines.IsHeadingAlone"/>), of a section not read yet; <paramref name="rest"/> is the line after its
    /// marker.</summary>
    private static bool TryListedHeadingLine(RawFormBuilder current, ReadOnlySpan<char> rest, bool marked, out string? written, out KakSectionKind? headingKind)
    {
        written = null;
        headingKind = null;
        if (!KakLines.IsHeadingAlone(rest, marked, out KakSectionKind found, out ReadOnlySpan<char> candidate) || HasKind(current.KakSections, found))
        {
            return false;
        }

        written = RawLabels.KakHeadingText(candidate);
        headingKind = found;
        return true;
    }

    /// <summary>Whether a section of <paramref name="kind"/> is among <paramref name="sections"/> (a loop, not a
    /// closure: this runs for every section of every form).</summary>
    private static bool HasKind(List<RawKakSection> sections, KakSectionKind kind)
    {
        foreach (RawKakSection section in sections)
        {
            if (section.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    private void Open(RawFormBuilder current, int line, string? writtenHeading, KakSectionKind? headingKind, bool inParagraphTag)
    {
        Close(current);
        open = true;
        sectionLine = line;
        sectionEnd = line;
        heading = writtenHeading;
        kind = headingKind;
        inParagraph = inParagraphTag;
        text.Clear();
    }

    /// <summary>Appends <paramref name="content"/> from <paramref name="start"/> on to the open section (opening one
    /// if none is); the search for paragraph headings only looks forward, so it reads the text in place.</summary>
    private void AppendText(RawFormBuilder current, ReadOnlySpan<char> content, int start, int line, bool newLine)
    {
        if (!open)
        {
            Open(current, line, null, null, inParagraphTag: false);
        }

        sectionEnd = Math.Max(sectionEnd, line);

        // Split at "<p>Heading :" inside a cell: several sections written in one table cell.
        int from = start;
        while (true)
        {
            int split = KakLines.FindParagraphHeading(content, from, out int headingStart, out KakSectionKind found, out int headingEnd, out int textStart);
            if (split < 0)
            {
                break;
            }

            AppendPiece(content[from..split], newLine);
            newLine = false;
            Open(current, line, RawLabels.KakHeadingText(content[headingStart..headingEnd]), found, inParagraphTag: true);
            from = textStart;
        }

        AppendPiece(content[from..], newLine);
    }

    private void AppendPiece(ReadOnlySpan<char> piece, bool newLine)
    {
        ReadOnlySpan<char> trimmed = piece.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(newLine ? '\n' : ' ');
        }

        text.Append(trimmed);
    }
}
