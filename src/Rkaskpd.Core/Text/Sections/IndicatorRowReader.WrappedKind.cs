using System;
using System.Collections.Generic;
using Rkaskpd.Forms;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>The indicator kind wrapped in a narrow first column (<c>Capaian</c> over <c>Program</c> or
/// <c>Kegiatan</c>, each line with its part of the tolok ukur): the first line reads as a row of kind <c>Capaian</c>, and
/// the next completes it.</summary>
internal sealed partial class IndicatorRowReader
{
    /// <summary>The first words of the kinds of two or more words (<c>Capaian</c>), once.</summary>
    private static readonly string[] KindHeads = FirstWordsOfLongerKinds();

    /// <summary>Gets whether the last line was a row whose kind cell began a longer kind (<c>Capaian</c>): the next line
    /// goes to <see cref="TryCompleteWrappedKind"/> first.</summary>
    public bool AwaitsKindTail => wrappedKindAt >= 0;

    /// <summary>Completes a kind cell wrapped over two rows: the row before began with the first word of a longer kind
    /// (<c>Capaian</c>, read as a row of its own), and this line, right below it, begins with the rest (<c>Program</c>,
    /// <c>Kegiatan</c>), in its first cell or at its start, followed perhaps by more of the tolok ukur and the target.
    /// The two are one row. Offered every line before the other sections, since <c>Program</c> and <c>Kegiatan</c>
    /// would otherwise read as header fields; returns false at once when the row before began no kind.</summary>
    public bool TryCompleteWrappedKind(RawFormBuilder form, LineCells row, string trimmed, bool wasBlank)
    {
        int at = wrappedKindAt;
        wrappedKindAt = -1;
        if (at < 0 || at != form.Indicators.Count - 1 || wasBlank)
        {
            return false;
        }

        RawIndicator head = form.Indicators[at];
        bool cells = row.Count >= 2;
        string text = cells ? row.StringOf(0).Trim() : trimmed;
        string joined = head.Kind + " " + text;
        if (!RawLabels.TryMatchIndicatorKind(joined, 0, out int end) || end <= head.Kind.Length + 1
            || (cells && end != joined.AsSpan().TrimEnd(ColonAndSpace).Length)
            || (cells ? row[1] : joined.AsSpan(end)).TrimStart(" \t").StartsWith(':'))
        {
            return false; // "Program : 1.01.1.01.01.15 ...": a header field, not the rest of the kind
        }

        string more;
        string target;
        if (cells)
        {
            more = row.StringOf(1).Trim();
            target = row.Count > 2 ? JoinCells(row, 2).Trim() : string.Empty;
        }
        else
        {
            string rest = joined[end..].TrimStart(' ', ':', '\t').Trim();
            int split = head.Target.Length == 0 ? IndicatorTargetText.TargetStart(rest) : rest.Length;
            more = rest[..split].Trim();
            target = rest[split..].Trim();
        }

        RawIndicator whole = head with
        {
            Kind = RawLabels.IndicatorKindText(joined.AsSpan(0, end).TrimEnd(ColonAndSpace)),
            TolokUkur = Join(head.TolokUkur, " ", more),
            Target = Join(head.Target, " ", target),
        };
        form.Indicators[at] = whole;
        if (!cells)
        {
            notes.Withdraw(head.Line, TextReaderMessages.IndicatorColumnsGuessed);
            ReportGuess(whole.Line, whole.TolokUkur, whole.Target);
            continuable = whole.Target.Length == 0;
        }

        return true;
    }

    /// <summary>A tab row in the table whose kind cell is the first word of a longer kind (<c>Capaian</c>, the rest of
    /// it wrapped onto the next row): read as a row of that kind, which <see cref="TryCompleteWrappedKind"/> completes
    /// when the next row holds the rest.</summary>
    private bool TryReadKindHeadCells(RawFormBuilder form, LineCells row, int line, bool inTable)
    {
        ReadOnlySpan<char> kindText = row[0].Trim().TrimEnd(ColonAndSpace);
        if (!inTable || revisedColumns || !TryMatchKindHead(kindText, out int end) || end != kindText.Length)
        {
            return false;
        }

        string target = row.Count > 2 ? JoinCells(row, 2) : string.Empty;
        form.Indicators.Add(new RawIndicator(line, kindText.ToString(), row.StringOf(1), target));
        wrappedKindAt = form.Indicators.Count - 1;
        return true;
    }

    /// <summary>Matches, at the start of <paramref name="text"/>, the first word of a kind of two or more words
    /// (<c>Capaian</c> of <c>Capaian Program</c>) when the text does not go on with the rest of a kind.</summary>
    private static bool TryMatchKindHead(ReadOnlySpan<char> text, out int end)
    {
        end = 0;
        if (RawLabels.TryMatchIndicatorKind(text, 0, out _))
        {
            return false;
        }

        foreach (string head in KindHeads)
        {
            if (RawLabels.TryMatchWords(text, 0, head, out end))
            {
                return true;
            }
        }

        end = 0;
        return false;
    }

    private static string[] FirstWordsOfLongerKinds()
    {
        var heads = new List<string>(1);
        foreach ((string kind, IndicatorKind _) in IndicatorKinds.InLine)
        {
            int space = kind.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && !heads.Contains(kind[..space]))
            {
                heads.Add(kind[..space]);
            }
        }

        return [.. heads];
    }
}
