using System;

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
    public static bool IsHeadingOnly(RawIndicator row) =>
        row.Target.Trim().Equals("Target", StringComparison.OrdinalIgnoreCase)
        && row.TolokUkur.Trim(' ', '\t', ':').Equals("Indikator", StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits the row under a heading-only row: its target is at the end of its text.</summary>
    /// <param name="row">The raw row (blank kind cell, no target cell).</param>
    /// <param name="tolokUkur">The tolok ukur.</param>
    /// <param name="target">The target.</param>
    public static void SplitContinuation(RawIndicator row, out string tolokUkur, out string target)
    {
        string rest = row.TolokUkur.Trim();
        int start = IndicatorRowReader.TargetStart(rest);
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

        int start = IndicatorRowReader.TargetStart(rest);
        tolokUkur = rest[..start].Trim();
        target = rest[start..].Trim();
        return true;
    }
}
