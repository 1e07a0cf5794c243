using System;
using System.Collections.Generic;
using Rkaskpd.Forms;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads the amount rows of a perubahan (amended budget) form: <c>Jumlah Anggaran Sebelum Perubahan :
/// Rp ...</c>, <c>Jumlah Tahun 2020 Setelah Perubahan : ...</c> (or <c>Sesudah</c>; SIPD-RI's <c>Alokasi Tahun 2025
/// Sebelum Perubahan</c> and <c>... Setelah Perubahan</c>) and <c>Bertambah/(Berkurang) : ...</c>, and attaches the before and difference rows to the year-n row of the mapped form. The Setelah row is an
/// ordinary amount row (it is the year-n amount in force); the Sebelum row may carry a terbilang; the difference is
/// written with a minus sign or in parentheses when the amount decreased.</summary>
internal static class PerubahanAmountRow
{
    private const int MaxLabelLength = 64;

    /// <summary>Reads <paramref name="trimmed"/> when it is a perubahan amount row; false (nothing read) otherwise.</summary>
    /// <param name="form">The form.</param>
    /// <param name="amounts">The amount row reader, which reads the Sebelum and Setelah rows with their terbilang.</param>
    /// <param name="trimmed">The trimmed line.</param>
    /// <param name="line">The 1-based line number.</param>
    public static bool TryRead(RawFormBuilder form, AmountRowReader amounts, string trimmed, int line)
    {
        if (trimmed.Length < 12 || !(trimmed[0] is 'J' or 'j' or 'B' or 'b' or 'S' or 's' or 'A' or 'a'))
        {
            return false;
        }

        int separator = trimmed.AsSpan(0, Math.Min(trimmed.Length, MaxLabelLength)).IndexOfAny(':', '\t');
        if (separator <= 0)
        {
            return false;
        }

        int labelEnd = trimmed.AsSpan(0, separator).TrimEnd().Length;
        PerubahanColumn column = Classify(trimmed.AsSpan(0, labelEnd));
        if (column == PerubahanColumn.None)
        {
            // Every murni line ends here, without allocating.
            return trimmed[0] is 'A' or 'a' && PerubahanAlokasiRow.TryRead(form, amounts, trimmed, labelEnd, line);
        }

        string value = SkipSeparator(trimmed, labelEnd);
        if (value.Length == 0 || !(char.IsAsciiDigit(value[0]) || value[0] is 'R' or 'r' or '(' or '-' or '\u2013'))
        {
            return false;
        }

        form.RevisedEvidence ??= new RawLine(line, trimmed);
        if (column == PerubahanColumn.Selisih)
        {
            // "(5.000.000,00)" is a decrease, not a terbilang: the difference is read whole.
            amounts.Reset();
            form.Amounts.Add(new RawAmount(line, trimmed[..labelEnd], string.Empty, CollapseCells(value), string.Empty)
            {
                Column = column,
            });
            return true;
        }

        amounts.Read(form, trimmed, labelEnd, line);
        form.Amounts[^1] = form.Amounts[^1] with { Column = column };
        return true;
    }

    /// <summary>Returns which column a label names: Sebelum, Setelah (Sesudah) or the difference (Bertambah).</summary>
    internal static PerubahanColumn Classify(ReadOnlySpan<char> label)
    {
        // SIPD-RI's DPPA prints "Alokasi Tahun 2025 Sebelum Perubahan" and "... Setelah Perubahan" as rows of their own.
        bool jumlah = label.StartsWith("Jumlah", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Alokasi", StringComparison.OrdinalIgnoreCase);
        if (label.StartsWith("Bertambah", StringComparison.OrdinalIgnoreCase)
            || (jumlah && label.Contains("Bertambah", StringComparison.OrdinalIgnoreCase)))
        {
            return PerubahanColumn.Selisih;
        }

        bool start = jumlah || label.StartsWith("Sebelum", StringComparison.OrdinalIgnoreCase)
            || label.StartsWith("Setelah", StringComparison.OrdinalIgnoreCase)
            || label.StartsWith("Sesudah", StringComparison.OrdinalIgnoreCase);
        if (!start || !label.Contains("Perubahan", StringComparison.OrdinalIgnoreCase))
        {
            return PerubahanColumn.None;
        }

        if (label.Contains("Sebelum", StringComparison.OrdinalIgnoreCase))
        {
            return PerubahanColumn.Sebelum;
        }

        return label.Contains("Setelah", StringComparison.OrdinalIgnoreCase)
            || label.Contains("Sesudah", StringComparison.OrdinalIgnoreCase)
            ? PerubahanColumn.Setelah
            : PerubahanColumn.None;
    }

    /// <summary>The rows placed by position (n-1, n, n+1): all but the Sebelum and difference rows; the list itself
    /// when it has none of those.</summary>
    public static IReadOnlyList<RawAmount> Placed(IReadOnlyList<RawAmount> rows)
    {
        bool any = false;
        foreach (RawAmount row in rows)
        {
            any |= row.Column is PerubahanColumn.Sebelum or PerubahanColumn.Selisih;
        }

        if (!any)
        {
            return rows;
        }

        var placed = new List<RawAmount>(rows.Count);
        foreach (RawAmount row in rows)
        {
            if (row.Column is not (PerubahanColumn.Sebelum or PerubahanColumn.Selisih))
            {
                placed.Add(row);
            }
        }

        return placed;
    }

    /// <summary>Attaches the Sebelum and difference rows to the year-n row (which is created, without an amount, when
    /// the form prints none); a second row of either kind is reported, not dropped silently.</summary>
    /// <param name="amounts">The amounts mapped from the placed rows.</param>
    /// <param name="rows">All amount rows of the raw form.</param>
    /// <param name="note">Reports a finding: line, code, message, model path.</param>
    /// <param name="lines">The form's line map, which learns the lines of the before and difference rows.</param>
    public static FormAmounts Attach(FormAmounts amounts, IReadOnlyList<RawAmount> rows, Action<int, string, string, string> note, FormLineMap lines)
    {
        RawAmount? sebelum = null, selisih = null;
        foreach (RawAmount row in rows)
        {
            ref RawAmount? slot = ref sebelum;
            if (row.Column == PerubahanColumn.Selisih)
            {
                slot = ref selisih;
            }
            else if (row.Column != PerubahanColumn.Sebelum)
            {
                continue;
            }

            if (slot is null)
            {
                slot = row;
            }
            else
            {
                string text = row.Label + " : " + row.AmountText;
                note(row.Line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(text), "amounts.currentYear");
            }
        }

        if (sebelum is null && selisih is null)
        {
            return amounts;
        }

        const string Path = ModelPaths.PerubahanAmounts;
        lines.Add(Path + ".sebelum", sebelum?.Line ?? 0);
        lines.Add(Path + ".selisih", selisih?.Line ?? 0);
        var perubahan = new AmountPerubahan
        {
            SebelumLabel = sebelum?.Label ?? string.Empty,
            SebelumText = sebelum?.AmountText ?? string.Empty,
            Sebelum = sebelum is null ? null : PerubahanValue.Amount(sebelum.AmountText, sebelum.Line, sebelum.Label, Path + ".sebelum", note),
            SebelumTerbilang = sebelum?.Terbilang ?? string.Empty,
            SelisihLabel = selisih?.Label ?? string.Empty,
            SelisihText = selisih?.AmountText,
            Selisih = selisih is null ? null : PerubahanValue.Amount(selisih.AmountText, selisih.Line, selisih.Label, Path + ".selisih", note),
        };
        AmountRow current = amounts.CurrentYear ?? new AmountRow { Position = AmountPosition.CurrentYear };
        return amounts with { CurrentYear = current with { Perubahan = perubahan } };
    }
}
