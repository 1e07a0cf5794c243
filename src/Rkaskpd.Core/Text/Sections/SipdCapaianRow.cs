using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>Repairs SIPD's header-embedded <c>Capaian Program</c> table: <c>Capaian Program : Indikator Target</c>
/// followed by the row itself (<c>Persentase fasilitas kesehatan terakreditasi 85 %</c>), which the indicator reader
/// takes as one row whose tolok ukur starts with the column heading <c>Indikator</c> and whose target is the heading
/// <c>Target</c>.</summary>
internal static class SipdCapaianRow
{
    /// <summary>Returns whether the row is the embedded table's heading alone (<c>: Indikator</c>, <c>Target</c>), its
    /// row following on the next line with a blank kind cell.</summary>
    /// <param name="row">The raw row.</param>
    /// <returns>Whether the row is only the heading.</returns>
    public static bool IsHeadingOnly(RawIndicator row)
    {
        // "Indikator" / "Target" in their cells, or, when the colon took a cell of its own (fixed width), ":" and
        // "Indikator<tab>Target".
        // The text ends in the word "Target", written in one of the two cells: most rows (any indicator row of a
        // form) have it in neither, and are told without joining them.
        if (!row.TolokUkur.Contains("Target", StringComparison.OrdinalIgnoreCase) && !row.Target.Contains("Target", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string text = (row.TolokUkur + " " + row.Target).Replace('\t', ' ').Trim(' ', ':');
        return RawLabels.TryMatchWords(text, 0, "Indikator", out int end)
            && text.AsSpan(end).Trim().Equals("Target", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads SIPD's Capaian Program table flattened: its heading alone, <c>Capaian Program : Indikator
    /// Target</c> (its row follows on the next line), or the heading and its row on one line, each column's words
    /// together: <c>Capaian Program : Indikator Persentase ... Target 90 %</c> (a PDF print whose row was taken for the
    /// heading's wrapped line, or a copy that joined the columns).</summary>
    /// <param name="trimmed">The trimmed line.</param>
    /// <param name="kind">The kind as written.</param>
    /// <param name="tolokUkur">The indicator, between <c>Indikator</c> and <c>Target</c>; empty for the heading alone.</param>
    /// <param name="target">The target, after <c>Target</c>; empty for the heading alone.</param>
    /// <returns><see langword="true"/> if the line is the heading, alone or with its row.</returns>
    public static bool TryReadFlatHeading(string trimmed, out string kind, out string tolokUkur, out string target)
    {
        kind = tolokUkur = target = string.Empty;
        if (!RawLabels.TryMatchIndicatorKind(trimmed, 0, out int end))
        {
            return false;
        }

        string rest = trimmed[end..].Trim().TrimStart(':').Trim();
        if (!RawLabels.TryMatchWords(rest, 0, "Indikator", out int after))
        {
            return false;
        }

        if (!rest.AsSpan(after).Trim().Equals("Target", StringComparison.OrdinalIgnoreCase))
        {
            int word = rest.LastIndexOf(" Target ", StringComparison.OrdinalIgnoreCase);
            if (word < after)
            {
                return false;
            }

            tolokUkur = rest[after..word].Trim();
            target = rest[(word + " Target ".Length)..].Trim();
            if (tolokUkur.Length == 0 || target.Length == 0 || IndicatorTarget.Parse(target) is TextTarget)
            {
                tolokUkur = target = string.Empty;
                return false;
            }
        }

        kind = trimmed[..end].Trim();
        return true;
    }

    /// <summary>Returns whether <paramref name="trimmed"/> is the embedded table's heading on a line of its own
    /// (<c>Indikator</c>, <c>Target</c>) right under a Capaian Program row with no text of its own (<c>Capaian Program
    /// :</c>, as an HTML page's nested table or a converter writes it); <paramref name="label"/> is that row.</summary>
    /// <param name="indicators">The rows read so far.</param>
    /// <param name="trimmed">The trimmed line.</param>
    /// <param name="label">The label row above, which the heading completes.</param>
    /// <returns>Whether the line is that heading.</returns>
    public static bool IsHeadingUnderLabel(List<RawIndicator> indicators, string trimmed, [NotNullWhen(true)] out RawIndicator? label)
    {
        label = indicators.Count > 0 ? indicators[^1] : null;
        if (label is null || label.Target.Length != 0 || label.TolokUkur.Trim(' ', '\t', ':').Length != 0
            || !IndicatorKinds.TryRecognize(label.Kind, out IndicatorKind kind) || kind != IndicatorKind.CapaianProgram)
        {
            label = null;
            return false;
        }

        string text = trimmed.Replace('\t', ' ');
        if (RawLabels.TryMatchWords(text, 0, "Indikator", out int after) && text.AsSpan(after).Trim().Equals("Target", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        label = null;
        return false;
    }

    /// <summary>Splits the row under a heading-only row: its target is at the end of its text.</summary>
    /// <param name="row">The raw row (blank kind cell, no target cell).</param>
    /// <param name="tolokUkur">The tolok ukur.</param>
    /// <param name="target">The target.</param>
    public static void SplitContinuation(RawIndicator row, out string tolokUkur, out string target)
    {
        // Tab or fixed-width rows keep the target in the last cell (with the leading cells empty, the tolok ukur may
        // have landed in the target cell: "Persentase ...<tab>90 %").
        string rest = (row.TolokUkur + "\t" + row.Target).Trim(' ', '\t');
        int tab = rest.LastIndexOf('\t');
        if (tab > 0)
        {
            tolokUkur = rest[..tab].Replace('\t', ' ').Trim();
            target = rest[(tab + 1)..].Trim();
            return;
        }

        int start = IndicatorTargetText.TargetStart(rest);
        tolokUkur = rest[..start].Trim();
        target = rest[start..].Trim();
    }

    /// <summary>Returns the row's real tolok ukur and target when the row is of that shape.</summary>
    /// <param name="row">The raw row.</param>
    /// <param name="tolokUkur">The tolok ukur without the column heading.</param>
    /// <param name="target">The target read from the end of the row.</param>
    /// <returns>Whether the row was of that shape.</returns>
    public static bool TryRepair(RawIndicator row, out string tolokUkur, out string target)
    {
        tolokUkur = target = string.Empty;
        if (!row.Target.Trim().Equals("Target", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string text = row.TolokUkur.TrimStart(' ', '\t', ':');
        if (!RawLabels.TryMatchWords(text, 0, "Indikator", out int end))
        {
            return false;
        }

        string rest = text[end..].Trim();
        if (rest.Length == 0)
        {
            return false;
        }

        int start = IndicatorTargetText.TargetStart(rest);
        tolokUkur = rest[..start].Trim();
        target = rest[start..].Trim();
        return true;
    }
}
