using System;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads an indicator row of a perubahan (amended budget) table, whose columns are the indicator, the
/// <c>tolok ukur kinerja</c> Sebelum and Setelah (or Sesudah) Perubahan, then the <c>target kinerja</c> Sebelum and
/// Setelah Perubahan (the order of the SIMDA prints), and maps its before values onto the model.</summary>
internal static class PerubahanIndicatorRow
{
    /// <summary>Reads a tab row by position: kind, measure before, measure after, target before, target after
    /// (trailing empty cells may be missing); or, when the second cell is a target and the third is not, the order of
    /// SIPD's DPPA, grouped by Sebelum and Setelah: kind, measure before, target before, measure after, target after; or,
    /// when the second and third cells are both targets and nothing follows, a table of one tolok ukur column (SIMDA's
    /// DPPA-SKPD 2.2.1): kind, measure, target before, target after, the measure standing for both.</summary>
    public static RawIndicator FromCells(LineCells row, int line, string kind)
    {
        string second = Cell(row, 2), third = Cell(row, 3);
        if (IsTarget(second) && IsTarget(third) && Cell(row, 4).Length == 0 && !IsTarget(Cell(row, 1)))
        {
            string measure = Cell(row, 1);
            return new(line, kind, measure, third) { TolokUkurSebelum = measure, TargetSebelum = second };
        }

        return IsTarget(second) && !IsTarget(third)
            ? new(line, kind, third, Cell(row, 4)) { TolokUkurSebelum = Cell(row, 1), TargetSebelum = second }
            : new(line, kind, second, Cell(row, 4)) { TolokUkurSebelum = Cell(row, 1), TargetSebelum = third };
    }

    /// <summary>Reads a row of three cells, a measure and its two targets, that a web page wrote without the kind cell a
    /// kind spanning several rows holds (<c>rowspan</c>): a row of the kind above. False when the cells are not that.</summary>
    public static bool TryFromSpannedRow(LineCells row, int line, out RawIndicator indicator)
    {
        indicator = null!;
        string measure = Cell(row, 0), before = Cell(row, 1), after = Cell(row, 2);
        if (row.Count != 3 || measure.Length == 0 || IsTarget(measure) || !IsTarget(before) || !IsTarget(after))
        {
            return false;
        }

        indicator = new(line, string.Empty, measure, after) { TolokUkurSebelum = measure, TargetSebelum = before };
        return true;
    }

    private static bool IsTarget(string cell) => cell.Length > 0 && IndicatorTarget.Parse(cell) is not TextTarget;

    /// <summary>Splits the two trailing targets off a flattened row (<c>Jumlah Dana Jumlah Dana Rp. 25.000.000,00
    /// Rp. 65.000.000,00</c>); false when the row does not end in two targets.</summary>
    public static bool TrySplitTargets(string text, out string measures, out string? targetSebelum, out string target)
    {
        measures = text;
        targetSebelum = null;
        target = string.Empty;
        int second = IndicatorTargetText.TargetStart(text);
        if (second <= 0 || second >= text.Length)
        {
            return false;
        }

        string rest = text[..second].TrimEnd();
        int first = IndicatorTargetText.TargetStart(rest);
        if (first <= 0 || first >= rest.Length)
        {
            return false;
        }

        measures = rest[..first].TrimEnd();
        targetSebelum = rest[first..].Trim();
        target = text[second..].Trim();
        return true;
    }

    /// <summary>The before values of a raw row, or null when it has none (both before cells empty).</summary>
    public static IndicatorPerubahan? Map(RawIndicator row) =>
        string.IsNullOrEmpty(row.TolokUkurSebelum) && string.IsNullOrEmpty(row.TargetSebelum)
            ? null
            : new IndicatorPerubahan
            {
                TolokUkurSebelum = row.TolokUkurSebelum ?? string.Empty,
                TargetSebelum = IndicatorTarget.Parse(row.TargetSebelum),
            };

    private static string Cell(LineCells row, int index) => index < row.Count ? row.StringOf(index) : string.Empty;
}
