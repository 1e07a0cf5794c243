using System;
using System.Collections.Generic;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Reads an SIPD DPPA's alokasi row that prints its columns side by side under a <c>Sebelum Perubahan / Setelah
/// Perubahan / Bertambah/(Berkurang)</c> heading: <c>Alokasi Tahun 2023 : Rp. 12.600.000,00 Rp. 14.850.000,00
/// Rp. 2.250.000,00</c> becomes the Sebelum, Setelah and difference rows that <see cref="PerubahanAmountRow"/> reads
/// from rows of their own. Only in a form already known as perubahan, and only when the row holds two or three
/// <c>Rp</c> amounts; a row with one amount (the years before and after) is an ordinary alokasi row.
/// </summary>
internal static class PerubahanAlokasiRow
{
    /// <summary>Reads the row; false (nothing read) when it is no such row.</summary>
    /// <param name="form">The form.</param>
    /// <param name="amounts">The amount row reader.</param>
    /// <param name="trimmed">The trimmed line.</param>
    /// <param name="labelEnd">The end of the label (<c>Alokasi Tahun 2023</c>).</param>
    /// <param name="line">The 1-based line number.</param>
    public static bool TryRead(RawFormBuilder form, AmountRowReader amounts, string trimmed, int labelEnd, int line)
    {
        if (form.RevisedEvidence is null || !RawLabels.TryMatchAlokasi(trimmed, 0, out int end) || end != labelEnd)
        {
            return false;
        }

        List<string> parts = SplitAmounts(SkipSeparator(trimmed, labelEnd));
        if (parts.Count is not (2 or 3))
        {
            return false;
        }

        string label = trimmed[..labelEnd];
        Read(form, amounts, label + " Sebelum Perubahan", parts[0], line, PerubahanColumn.Sebelum);
        Read(form, amounts, label + " Setelah Perubahan", parts[1], line, PerubahanColumn.Setelah);
        if (parts.Count == 3)
        {
            amounts.Reset();
            form.Amounts.Add(new RawAmount(line, "Bertambah/(Berkurang)", string.Empty, parts[2], string.Empty)
            {
                Column = PerubahanColumn.Selisih,
            });
        }

        return true;
    }

    private static void Read(RawFormBuilder form, AmountRowReader amounts, string label, string amount, int line, PerubahanColumn column)
    {
        amounts.Read(form, label + " : " + amount, label.Length, line);
        form.Amounts[^1] = form.Amounts[^1] with { Column = column };
    }

    /// <summary>Splits <c>Rp. 1,00 Rp. 2,00</c> at each <c>Rp</c>; the list is empty when the value does not start
    /// with <c>Rp</c> or a part holds more than an amount.</summary>
    private static List<string> SplitAmounts(string value)
    {
        var parts = new List<string>(3);
        int start = 0;
        while (start < value.Length && parts.Count < 4)
        {
            if (!value.AsSpan(start).StartsWith("Rp", StringComparison.Ordinal))
            {
                parts.Clear();
                return parts;
            }

            int next = value.IndexOf("Rp", start + 2, StringComparison.Ordinal);
            string part = CollapseCells((next < 0 ? value[start..] : value[start..next]).Trim());
            if (!IsAmount(part))
            {
                parts.Clear();
                return parts;
            }

            parts.Add(part);
            start = next < 0 ? value.Length : next;
        }

        return parts;
    }

    private static bool IsAmount(string part)
    {
        foreach (char c in part.AsSpan(2))
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or ',' or ' ' or '(' or ')' or '-' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
