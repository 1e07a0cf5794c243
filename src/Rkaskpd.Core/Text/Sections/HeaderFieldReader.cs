using System;
using System.Collections.Generic;
using static Rkaskpd.Text.Sections.ScanText;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads a form's header fields (<c>Urusan Pemerintahan : 3.05 PEMERINTAHAN UMUM</c>, <c>Kegiatan</c>,
/// <c>Lokasi Kegiatan</c>, SIPD's <c>Sub Kegiatan</c>, <c>Sumber Pendanaan</c> ...) into <see cref="RawField"/>s: the
/// label as written, the code (<see cref="FieldCode"/>) and the name. A misspelled label is matched fuzzily; the wrapped
/// rest of a label (<c>Kegiatan</c> under <c>Kelompok Sasaran Masyarakat</c>) joins the label; a line under a field
/// that nothing else reads joins the field's value and is reported (RKA017). A misspelled label is kept as written: its
/// slip is the rule RKA402's to report, not this reader's. This reader owns which field the line
/// before read, so a following line can continue it.</summary>
/// <remarks>Whether a second <c>Urusan</c> starts a new form is the scanner's decision; this reader only reads the
/// field.</remarks>
internal sealed class HeaderFieldReader
{
    private readonly NoteSink notes;
    private int last = -1;
    private int previous = -1;
    private int lastLength;
    private int previousLength;

    /// <summary>The Keluaran Sub Kegiatan field whose value is a nested table's row still to come (its label's line
    /// had no value, or only the table's heading, <c>Tolok Ukur Target</c>): the heading on a line of its own is passed
    /// over and the row under it is the value, not a line appended (RKA017); -1 when none.</summary>
    private int awaitsValue = -1;

    /// <summary>The words of the heading of the small table SIPD prints as a Keluaran Sub Kegiatan's value.</summary>
    private static readonly string[] NestedHeadingWords = ["Tolok", "Tolak", "Ukur", "Kinerja", "Target", "Indikator", "Satuan"];

    /// <summary>Initialises a reader that reports to <paramref name="notes"/>.</summary>
    public HeaderFieldReader(NoteSink notes) => this.notes = notes;

    /// <summary>Forgets the field the last line read (a blank line or a new form: nothing continues it).</summary>
    public void Reset() => last = -1;

    /// <summary>Starts a body line: the field the line before read may be continued by this line only.</summary>
    public void BeginLine()
    {
        previous = last;
        previousLength = lastLength;
        last = -1;
    }

    /// <summary>Returns whether a trimmed line starts with a known header label followed by its value (a colon, a tab,
    /// or a code for a coded field).</summary>
    public static bool TryMatch(string trimmed, out HeaderFieldKind kind, out int labelEnd) =>
        RawLabels.TryMatchHeaderLabel(trimmed, 0, out kind, out labelEnd) && IsValueStart(trimmed, labelEnd, kind);

    /// <summary>Returns whether a trimmed line starts with a coded header field and a colon (<c>Urusan ... :</c>,
    /// <c>Kegiatan :</c>); <paramref name="label"/> is the label as written.</summary>
    public static bool StartsWithCodedField(string trimmed, out string label)
    {
        label = string.Empty;
        if (RawLabels.TryMatchHeaderLabel(trimmed, 0, out HeaderFieldKind kind, out int end)
            && RawLabels.HasCode(kind) && IsValueStart(trimmed, end, kind))
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

    /// <summary>Returns whether a trimmed line starts with an urusan or bidang urusan field and a colon (which starts the
    /// next form when it follows a KAK); <paramref name="label"/> is the label as written.</summary>
    public static bool StartsWithUrusanField(string trimmed, out string label) =>
        StartsWithCodedField(trimmed, out label)
        && (label.StartsWith("Urusan", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Bidang", StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the field whose label ends at <paramref name="labelEnd"/> of a trimmed line (a label spelled as
    /// the vocabulary spells it is the vocabulary's string: every form of a document repeats it).</summary>
    public void Add(RawFormBuilder current, HeaderFieldKind kind, string trimmed, int labelEnd, int line)
    {
        ReadOnlySpan<char> written = trimmed.AsSpan(0, labelEnd).Trim();
        string label = HeaderLabels.Spelled(written) ?? written.ToString();
        string? code = null;
        string name;
        if (RawLabels.HasCode(kind))
        {
            FieldCode.Split(CodedValue(trimmed, labelEnd), out code, out name);
        }
        else
        {
            name = CollapseCells(SkipSeparator(trimmed, labelEnd));
        }

        bool headingOnly = kind == HeaderFieldKind.KeluaranSubKegiatan && IsNestedHeading(name);
        current.Fields.Add(new RawField(line, kind, label, code, headingOnly ? string.Empty : name));
        last = current.Fields.Count - 1;
        lastLength = trimmed.Length;
        awaitsValue = kind == HeaderFieldKind.KeluaranSubKegiatan && (headingOnly || name.Length == 0) ? last : -1;
    }

    /// <summary>The value of a coded field after its label: after the colon, or, where there is none, after the one, l
    /// or i an OCR reads for it when a dotted code follows (<c>Urusan Pemerintahan 1 1.08</c>,
    /// <c>Kegiatan i 1.08. 1.08.01. 15. 05</c>). A lone digit before a code of spaced parts (<c>1 02 1.02 01</c>) has
    /// no dot in its next part and stays the code's.</summary>
    private static ReadOnlySpan<char> CodedValue(string trimmed, int labelEnd)
    {
        int i = SkipSpacesAndTabs(trimmed, labelEnd);
        if (i < trimmed.Length && trimmed[i] == ':')
        {
            return SeparatedValue(trimmed, labelEnd);
        }

        ReadOnlySpan<char> value = trimmed.AsSpan(i).Trim();
        if (value.Length >= 4 && value[0] is '1' or 'l' or 'I' or 'i' && value[1] is ' ' or '\t')
        {
            ReadOnlySpan<char> next = value[2..].TrimStart(" \t");
            int end = next.IndexOfAny(" \t");
            ReadOnlySpan<char> part = end < 0 ? next : next[..end];
            if (part.Length >= 3 && char.IsAsciiDigit(part[0]) && part.Contains('.'))
            {
                return next;
            }
        }

        return value;
    }

    /// <summary>Returns whether a value is only the heading of a nested table (<c>Tolok Ukur Target</c>, <c>Indikator
    /// Target Kinerja</c>), with a column of measures and one of targets: its row comes on the next line.</summary>
    private static bool IsNestedHeading(string value)
    {
        bool measure = false, target = false;
        foreach (string word in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Array.Exists(NestedHeadingWords, w => w.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            measure |= !word.Equals("Target", StringComparison.OrdinalIgnoreCase) && !word.Equals("Kinerja", StringComparison.OrdinalIgnoreCase)
                && !word.Equals("Satuan", StringComparison.OrdinalIgnoreCase);
            target |= word.Equals("Target", StringComparison.OrdinalIgnoreCase);
        }

        return measure && target;
    }

    /// <summary>Reads the tail of a wrapped label standing alone on this line (<c>Kelompok Sasaran Masyarakat</c>, then
    /// <c>Kegiatan</c>) into the label of the field the line before read.</summary>
    public bool TryReadLabelTail(RawFormBuilder current, string trimmed)
    {
        if (previous < 0 || previous >= current.Fields.Count)
        {
            return false;
        }

        RawField field = current.Fields[previous];
        if (field.Kind != HeaderFieldKind.KelompokSasaran || !trimmed.Equals("Kegiatan", StringComparison.OrdinalIgnoreCase)
            || field.Label.EndsWith("Kegiatan", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        current.Fields[previous] = field with { Label = field.Label + " " + trimmed };
        return true;
    }

    /// <summary>Reads a field whose label is a misspelling of a known one (<c>Urusan Pemerintahn :</c>); the label is
    /// kept as written, and the rule <c>RKA402</c> (<c>LabelSpellingRule</c>) reports the slip.</summary>
    public bool TryReadMisspelled(RawFormBuilder current, string trimmed, int line)
    {
        if (!TryFuzzyLabel(trimmed, out HeaderFieldKind kind, out _, out int labelEnd))
        {
            return false;
        }

        Add(current, kind, trimmed, labelEnd, line);
        return true;
    }

    /// <summary>Appends a line that follows a field without a blank line between, and that nothing else read, to the
    /// field's value, reported as RKA017 unless it is plainly the value's wrapped end (<see cref="WrappedValue"/>).</summary>
    public bool TryAppend(RawFormBuilder current, string trimmed, int line, bool wasBlank)
    {
        if (previous < 0 || previous >= current.Fields.Count || wasBlank)
        {
            return false;
        }

        RawField field = current.Fields[previous];
        bool nestedRow = awaitsValue == previous && field.Name.Length == 0; // the row under a nested table's heading
        last = previous;
        lastLength = trimmed.Length;
        if (nestedRow && IsNestedHeading(CollapseCells(trimmed)))
        {
            return true; // the nested table's heading on a line of its own, under the empty label's line
        }

        current.Fields[previous] = field with { Name = Join(field.Name, " ", CollapseCells(trimmed)) };
        awaitsValue = -1;
        if (!nestedRow && !WrappedValue.IsWrappedEnd(previousLength, field.Name, trimmed))
        {
            notes.Add(line, TextReaderMessages.LineAppended, TextReaderMessages.Appended(field.Label, trimmed));
        }

        return true;
    }

    /// <summary>Reports the fields the reader recognised that the model cannot hold yet (RKA016): nothing is dropped
    /// silently. The model holds one unit and one sub unit, and no <c>Latar Belakang Perubahan</c> or <c>Plafon Anggaran
    /// Sementara</c>; of a field printed
    /// twice it holds the first, so a second one with another value is reported too (the same value again, as a header
    /// repeated on the next page, is not).</summary>
    public static void ReportNotHeld(RawFormBuilder current, NoteSink notes)
    {
        bool unitUsed = false;
        bool subUnitUsed = false;
        List<RawField> fields = current.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            RawField field = fields[i];
            bool sub = field.Kind == HeaderFieldKind.UnitOrganisasi && field.Label.StartsWith("Sub", StringComparison.OrdinalIgnoreCase);
            bool held = field.Kind switch
            {
                HeaderFieldKind.LatarBelakangPerubahan or HeaderFieldKind.PlafonAnggaran => false,
                HeaderFieldKind.UnitOrganisasi => sub ? !subUnitUsed : !unitUsed,
                _ => true,
            };
            unitUsed |= field.Kind == HeaderFieldKind.UnitOrganisasi && !sub;
            subUnitUsed |= sub;
            if (!held)
            {
                notes.Add(field.Line, TextReaderMessages.NotHeld, TextReaderMessages.FieldNotHeld(field.Label, ValueOf(field)));
            }
            else if (field.Kind != HeaderFieldKind.UnitOrganisasi && FirstOfKind(fields, i) is { } first
                && !(first.Code == field.Code && first.Name == field.Name))
            {
                notes.Add(field.Line, TextReaderMessages.NotHeld, TextReaderMessages.FieldRepeated(field.Label, ValueOf(field)));
            }
        }
    }

    /// <summary>A field's value as written: its code and name.</summary>
    private static string ValueOf(RawField field) => field.Code is null ? field.Name : Join(field.Code, " ", field.Name);

    /// <summary>The first field before <paramref name="index"/> of the same kind as the field at it, or null.</summary>
    private static RawField? FirstOfKind(List<RawField> fields, int index)
    {
        HeaderFieldKind kind = fields[index].Kind;
        for (int i = 0; i < index; i++)
        {
            if (fields[i].Kind == kind)
            {
                return fields[i];
            }
        }

        return null;
    }

    private static bool IsValueStart(string s, int end, HeaderFieldKind kind)
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
        return RawLabels.HasCode(kind) ? char.IsAsciiDigit(s[after]) : kind == HeaderFieldKind.KelompokSasaran;
    }

    private static bool TryFuzzyLabel(string trimmed, out HeaderFieldKind kind, out string written, out int end)
    {
        kind = default;
        written = string.Empty;
        end = 0;
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
                return written.Length >= 5 && RawLabels.TryFuzzyHeaderLabel(written, out kind, out _);
            }

            if (!char.IsLetter(c) && !RawLabels.IsSpace(c))
            {
                return false;
            }
        }

        return false;
    }
}
