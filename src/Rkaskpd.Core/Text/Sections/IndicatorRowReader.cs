using Rkaskpd.Utility;
using System;
using System.Collections.Generic;
using Rkaskpd.Forms;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads the rows of the indicator table (<c>Indikator &amp; Tolok Ukur Kinerja</c>) into
/// <see cref="RawIndicator"/>s. Tab rows are read by their cells (kind, tolok ukur, target). A flattened row
/// (<c>MASUKAN Jumlah Dana Rp. 13.000.000</c>, <c>Hasil : ...</c>) is read as the kind (any case, optional colon), the
/// tolok ukur, then the target: the trailing <c>Rp</c> amount, percentage, relational value (<c>&lt; 17</c>) or number
/// and unit. Several numbered indicators under one kind (<c>Hasil 1. ... 2. ...</c>) become several rows; a line that
/// follows a row without a target continues its tolok ukur; a line with its own target under a kind adds another
/// indicator of that kind. Kinds the model does not hold (<c>MANFAAT</c>, <c>DAMPAK</c>) are reported, not dropped
/// silently; a perubahan table's Sebelum/Sesudah columns are read as one when they say the same, and reported.</summary>
internal sealed class IndicatorRowReader
{
    private const string ColonAndSpace = ": ";

    private static readonly string[] NotHeldKinds = ["Manfaat", "Dampak", "Benefit", "Impact"];

    private readonly NoteSink notes;
    private bool revisedColumns;
    private string? notHeldKind;
    private bool continuable;
    private bool capaianHeading;

    /// <summary>Initialises a reader that reports to <paramref name="notes"/>.</summary>
    public IndicatorRowReader(NoteSink notes) => this.notes = notes;

    /// <summary>Forgets the table read so far (a new form).</summary>
    public void Reset()
    {
        revisedColumns = false;
        notHeldKind = null;
        continuable = false;
        capaianHeading = false;
    }

    /// <summary>Reads a heading line of the indicator section (<c>Indikator &amp; Tolak Ukur Kinerja ...</c>) or the
    /// table's header row, when the line is one; a perubahan table prints Sebelum and Sesudah columns. A heading with
    /// words of its own is kept as written: with a slip or cut short quietly, with other text reported (RKA006).</summary>
    public bool TryReadHeading(RawFormBuilder form, string trimmed, int line, bool inTable)
    {
        if (!IsHeading(trimmed, inTable))
        {
            return false;
        }

        if (ContainsOrdinal(trimmed, "Sebelum") && (ContainsOrdinal(trimmed, "Sesudah") || ContainsOrdinal(trimmed, "Setelah")))
        {
            revisedColumns = true;
        }

        continuable = false;
        bool? headingOnly = HasOnlyHeadingWords(trimmed);
        if (headingOnly != true)
        {
            form.UnrecognisedLines.Add(new RawLine(line, trimmed));
        }

        if (headingOnly is null)
        {
            notes.Add(line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(trimmed));
        }

        return true;
    }

    /// <summary>Returns whether a line is a heading of the indicator section (<c>Indikator ...</c>,
    /// <c>PERUBAHAN INDIKATOR DAN TOLOK UKUR ...</c>, <c>Tolok Ukur Kinerja</c>).</summary>
    private static bool IsHeading(string trimmed, bool inTable) =>
        StartsWithOrdinal(trimmed, "Indikator")
        || (!trimmed.Contains(':', StringComparison.Ordinal) && ContainsOrdinal(trimmed, "INDIKATOR")
            && (ContainsOrdinal(trimmed, "TOLOK UKUR") || ContainsOrdinal(trimmed, "TOLAK UKUR")))
        || (inTable && (StartsWithOrdinal(trimmed, "Tolok Ukur") || StartsWithOrdinal(trimmed, "Tolak Ukur"))
            && trimmed.Length < 60 && !HasDigit(trimmed));

    /// <summary>The words a heading of the indicator section is made of (lower case).</summary>
    private static readonly HashSet<string> HeadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "indikator", "dan", "tolok", "tolak", "ukur", "kinerja", "target", "belanja", "langsung", "kegiatan", "sub",
        "program", "perubahan", "sebelum", "sesudah", "setelah",
    };

    /// <summary>
    /// Returns how well a heading line (one <see cref="IsHeading"/> accepts) is made of heading words only:
    /// <see langword="true"/> when every word is one, <see langword="false"/> when some word is at most one edit
    /// from one (a slip such as <c>LANGSUG</c>, or a heading cut short), <see langword="null"/> when some word is
    /// not a heading word at all: text that only starts like a heading, which must not vanish without a word.
    /// </summary>
    private static bool? HasOnlyHeadingWords(string trimmed)
    {
        bool exact = true;
        int start = -1;
        for (int i = 0; i <= trimmed.Length; i++)
        {
            bool letter = i < trimmed.Length && char.IsLetterOrDigit(trimmed[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                string word = trimmed[start..i];
                start = -1;
                if (HeadingWords.Contains(word))
                {
                    continue;
                }

                exact = false;
                if (!IsNearHeadingWord(word))
                {
                    return null;
                }
            }
        }

        return exact;
    }

    private static bool IsNearHeadingWord(string word)
    {
        if (word.Length < 4)
        {
            return false;
        }

        string lower = word.ToLowerInvariant();
        foreach (string known in HeadingWords)
        {
            if (EditDistance.Bounded(lower, known, 1) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a line as an indicator row when it is one.</summary>
    /// <param name="form">The form.</param>
    /// <param name="row">The line's cells.</param>
    /// <param name="trimmed">The trimmed line.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="inTable">Whether the line is inside the indicator table (after its heading or a row).</param>
    /// <param name="wasBlank">Whether a blank line came before.</param>
    public bool TryRead(RawFormBuilder form, LineCells row, string trimmed, int line, bool inTable, bool wasBlank)
    {
        if (row.Count >= 2)
        {
            continuable = false;
            return TryReadCells(form, row, line, inTable, revisedColumns);
        }

        if (!inTable)
        {
            return TryReadCapaianTable(form, trimmed, line, wasBlank);
        }

        if (RawLabels.TryMatchIndicatorKind(trimmed, 0, out int end))
        {
            ReadFlat(form, trimmed[..end], trimmed[end..], line, held: true);
            return true;
        }

        foreach (string kind in NotHeldKinds)
        {
            if (RawLabels.TryMatchWords(trimmed, 0, kind, out end))
            {
                ReadFlat(form, trimmed[..end], trimmed[end..], line, held: false);
                return true;
            }
        }

        return TryContinue(form, trimmed, line, wasBlank);
    }

    /// <summary>SIPD's Capaian Program table inside the header, flattened: <c>Capaian Program : Indikator Target</c>
    /// (its heading, kept as a heading row) and the next line, <c>Persentase ... 90 %</c> (a row without kind, which
    /// the mapper splits at its target).</summary>
    private bool TryReadCapaianTable(RawFormBuilder form, string trimmed, int line, bool wasBlank)
    {
        if (SipdCapaianRow.TryReadFlatHeading(trimmed, out string kind))
        {
            form.Indicators.Add(new RawIndicator(line, kind, "Indikator", "Target"));
            capaianHeading = true;
            return true;
        }

        if (capaianHeading && !wasBlank && !trimmed.Contains(':', StringComparison.Ordinal) && TargetStart(trimmed) < trimmed.Length)
        {
            capaianHeading = false;
            form.Indicators.Add(new RawIndicator(line, string.Empty, trimmed, string.Empty));
            return true;
        }

        capaianHeading = false;
        return false;
    }

    private static bool TryReadCells(RawFormBuilder form, LineCells row, int line, bool inTable, bool revised)
    {
        ReadOnlySpan<char> first = row[0];
        ReadOnlySpan<char> kindText = first.TrimEnd(ColonAndSpace);
        bool kindCell = first.Length == 0
            ? inTable
            : RawLabels.TryMatchIndicatorKind(first, 0, out int kindEnd) && kindEnd == kindText.Length;
        if (!kindCell)
        {
            return false;
        }

        if (revised)
        {
            form.Indicators.Add(PerubahanIndicatorRow.FromCells(row, line, RawLabels.IndicatorKindText(kindText)));
            return true;
        }

        string tolak = row.StringOf(1);
        string target = row.Count switch
        {
            2 => string.Empty,
            3 => row.StringOf(2),
            _ => JoinCells(row, 2),
        };
        form.Indicators.Add(new RawIndicator(line, RawLabels.IndicatorKindText(kindText), tolak, target));
        return true;
    }

    private void ReadFlat(RawFormBuilder form, string kind, string restText, int line, bool held)
    {
        string rest = restText.TrimStart(' ', ':', '\t').Trim();
        notHeldKind = held ? null : kind;
        continuable = false;
        if (rest.Length == 0)
        {
            if (!held)
            {
                notes.Add(line, TextReaderMessages.NotHeld, TextReaderMessages.IndicatorNotHeld(kind, string.Empty, string.Empty));
            }

            // An empty row ("Hasil :") is a missing indicator: the rules report missing kinds.
            return;
        }

        List<string> items = SplitNumbered(rest);
        bool first = true;
        foreach (string item in items)
        {
            Add(form, first ? kind : string.Empty, kind, item, line);
            first = false;
        }
    }

    private bool TryContinue(RawFormBuilder form, string trimmed, int line, bool wasBlank)
    {
        if (LooksLikeOtherPart(trimmed))
        {
            continuable = false;
            return false;
        }

        if (notHeldKind is not null)
        {
            Add(form, string.Empty, notHeldKind, trimmed, line);
            return true;
        }

        if (form.Indicators.Count == 0)
        {
            return false;
        }

        RawIndicator previous = form.Indicators[^1];
        int split = TargetStart(trimmed);
        if (continuable && !wasBlank && previous.Target.Length == 0)
        {
            // The tolok ukur wraps onto this line (and its target, if any, ends it).
            string more = trimmed[..split].Trim();
            form.Indicators[^1] = previous with
            {
                TolokUkur = Join(previous.TolokUkur, " ", more),
                Target = trimmed[split..].Trim(),
            };
            continuable = split == trimmed.Length;
            return true;
        }

        if (split < trimmed.Length && split > 0)
        {
            // Another indicator of the kind above (a merged kind cell).
            Add(form, string.Empty, previous.Kind, trimmed, line);
            return true;
        }

        return false;
    }

    private void Add(RawFormBuilder form, string kindCell, string kind, string text, int line)
    {
        string tolak;
        string target;
        string? tolakSebelum = null, targetSebelum = null;
        if (revisedColumns && PerubahanIndicatorRow.TrySplitTargets(text, out string measures, out targetSebelum, out target)
            && TrySplitHalves(measures, out tolak))
        {
            tolakSebelum = tolak; // both columns name one measure; the targets differ
        }
        else if (revisedColumns && TrySplitHalves(text, out string half))
        {
            tolak = half;
            tolakSebelum = half;
            target = string.Empty;
            targetSebelum = null;
            notes.Add(line, TextReaderMessages.IndicatorColumnsGuessed, TextReaderMessages.RevisedColumnsSame(kind, half));
        }
        else if (revisedColumns)
        {
            tolak = text;
            target = string.Empty;
            targetSebelum = null;
            notes.Add(line, TextReaderMessages.IndicatorColumnsGuessed, TextReaderMessages.RevisedColumnsKept(kind, text));
        }
        else
        {
            int split = TargetStart(text);
            tolak = text[..split].Trim();
            target = text[split..].Trim();
        }

        if (notHeldKind is not null)
        {
            notes.Add(line, TextReaderMessages.NotHeld, TextReaderMessages.IndicatorNotHeld(kind, tolak, target));
            return;
        }

        form.Indicators.Add(new RawIndicator(line, kindCell, tolak, target) { TolokUkurSebelum = tolakSebelum, TargetSebelum = targetSebelum });
        if (!revisedColumns)
        {
            notes.Add(line, TextReaderMessages.IndicatorColumnsGuessed, TextReaderMessages.ColumnsGuessed(target));
        }

        continuable = target.Length == 0;
    }

    /// <summary>Returns where the target starts in a flattened indicator text (its length when there is none).</summary>
    internal static int TargetStart(string rest)
    {
        int rp = rest.LastIndexOf("Rp", StringComparison.OrdinalIgnoreCase);
        if (rp > 0 && rest[rp - 1] == ' ' && (rp + 2 == rest.Length || !char.IsLetter(rest[rp + 2])))
        {
            return rp;
        }

        // The last number, with at most two unit words (or a %) after it, and a relational sign before it.
        string[] words = rest.Split(' ');
        int offset = rest.Length;
        for (int w = words.Length - 1, seen = 0; w > 0 && seen < 3; w--, seen++)
        {
            offset -= words[w].Length + 1;
            string word = words[w];
            if (word.Length > 0 && char.IsAsciiDigit(word[0]))
            {
                int start = offset + 1;
                if (w > 1 && words[w - 1] is "<" or ">" or "<=" or ">=" or "\u2264" or "\u2265" or "=")
                {
                    start -= words[w - 1].Length + 1;
                }

                return ExtendCompound(rest, start);
            }

            if (word.Length > 1 && word[0] is '<' or '>' or '\u2264' or '\u2265' && char.IsAsciiDigit(word[^1]))
            {
                return offset + 1;
            }
        }

        return rest.Length;
    }

    /// <summary>Extends a target back over the parts of a compound target (<c>5 Desa dan 7 Kelurahan</c>,
    /// <c>27 kali, 18 laporan</c>): a number and at most two unit words before <c>,</c>, <c>dan</c>, <c>+</c> or
    /// <c>&amp;</c> (the joints <see cref="IndicatorTarget"/> reads).</summary>
    private static int ExtendCompound(string rest, int start)
    {
        while (true)
        {
            string before = rest[..start].TrimEnd();
            int joint;
            if (before.EndsWith(','))
            {
                joint = before.Length - 1;
            }
            else if (before.EndsWith(" dan", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" &", StringComparison.Ordinal)
                || before.EndsWith(" +", StringComparison.Ordinal))
            {
                joint = before.LastIndexOf(' ');
            }
            else
            {
                return start;
            }

            string[] words = before[..joint].TrimEnd().Split(' ');
            int offset = before[..joint].TrimEnd().Length;
            int found = -1;
            for (int w = words.Length - 1, seen = 0; w > 0 && seen < 3; w--, seen++)
            {
                offset -= words[w].Length + 1;
                if (words[w].Length > 0 && char.IsAsciiDigit(words[w][0]))
                {
                    found = offset + 1;
                    break;
                }

                if (!IsLetters(words[w]))
                {
                    return start;
                }
            }

            if (found < 0 || found == start)
            {
                return start;
            }

            start = found;
        }
    }

    private static bool IsLetters(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>Splits <c>1. A 2. B</c> into its items when the markers count up from 1; otherwise the one text.</summary>
    private static List<string> SplitNumbered(string rest)
    {
        var items = new List<string>();
        if (!(rest.Length > 3 && rest[0] == '1' && rest[1] == '.' && rest[2] == ' '))
        {
            items.Add(rest);
            return items;
        }

        int start = 3;
        int next = 2;
        while (true)
        {
            string marker = " " + next.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ";
            int at = rest.IndexOf(marker, start, StringComparison.Ordinal);
            if (at < 0)
            {
                items.Add(rest[start..].Trim());
                return items;
            }

            items.Add(rest[start..at].Trim());
            start = at + marker.Length;
            next++;
        }
    }

    /// <summary>A perubahan row prints the tolok ukur before and after: two equal halves are one text.</summary>
    private static bool TrySplitHalves(string text, out string half)
    {
        half = string.Empty;
        if (text.Length % 2 == 0)
        {
            return false;
        }

        int mid = text.Length / 2;
        if (text[mid] != ' ' || !text.AsSpan(0, mid).SequenceEqual(text.AsSpan(mid + 1)))
        {
            return false;
        }

        half = text[..mid];
        return true;
    }

    private static bool LooksLikeOtherPart(string trimmed) =>
        trimmed.Contains(':', StringComparison.Ordinal) || StartsWithOrdinal(trimmed, "Kelompok Sasaran")
        || StartsWithOrdinal(trimmed, "RINCIAN") || StartsWithOrdinal(trimmed, "KERANGKA ACUAN")
        || (IsAllCaps(trimmed) && trimmed.Length > 20);

    private static bool HasDigit(string s)
    {
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string JoinCells(LineCells cells, int start)
    {
        var parts = new string[cells.Count - start];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = cells.StringOf(start + i);
        }

        return string.Join('\t', parts);
    }
}
