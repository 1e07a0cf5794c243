using System;
using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>
/// The group headings of older prints that carry a subtotal without SIPD's <c>[#]</c> marker (<c>Pekerjaan Persiapan
/// 9.230.000,00</c> over the lines of that work): a line with a jumlah only (no kode rekening, volume, satuan, harga
/// satuan or koefisien) that the detail lines after it add up to. The reader marks them
/// (<see cref="RincianLine.IsSubtotal"/>) and the rule <c>RKA502</c> leaves them out of its sums, also on a form loaded
/// from JSON without the mark.
/// </summary>
internal static class RincianSubtotals
{
    /// <summary>Returns whether the line at <paramref name="index"/> heads a group of detail lines and carries their
    /// subtotal: the detail lines after it (group lines passed over), up to the next jumlah-only line or rekening (before
    /// <paramref name="end"/>), add up to its jumlah. A line with a jumlah only that no lines add up to is a detail line
    /// of its own.</summary>
    /// <exception cref="OverflowException">The lines' sum is past what <see cref="Rupiah"/> holds.</exception>
    public static bool IsSubtotalHeading(IReadOnlyList<RincianLine> lines, int index, int end)
    {
        if (!IsJumlahOnly(lines[index]))
        {
            return false;
        }

        Rupiah sum = Rupiah.Zero;
        int count = 0;
        for (int j = index + 1; j < end && !lines[j].IsRekening && !lines[j].IsSubtotal && !IsJumlahOnly(lines[j]); j++)
        {
            if (lines[j].Jumlah is { } jumlah && !lines[j].IsGroup)
            {
                sum += jumlah;
                count++;
            }
        }

        return count > 0 && sum == lines[index].Jumlah!.Value;
    }

    /// <summary>Marks the subtotal headings of <paramref name="lines"/> (<see cref="RincianLine.IsSubtotal"/>) in
    /// place; a table whose sums overflow is left as it is (RKA502 reports it).</summary>
    public static void Mark(List<RincianLine> lines)
    {
        try
        {
            int end = 0;
            for (int i = 0; i < lines.Count; i++)
            {
                if (end <= i)
                {
                    end = i + 1;
                    while (end < lines.Count && !lines[end].IsRekening)
                    {
                        end++;
                    }
                }

                if (IsSubtotalHeading(lines, i, end))
                {
                    lines[i] = lines[i] with { IsSubtotal = true };
                }
            }
        }
        catch (OverflowException)
        {
            // The rule reports the overflow; the reader leaves the lines unmarked.
        }
    }

    /// <summary>The level of SIPD's group marker that <paramref name="uraian"/> starts with, with or without spaces
    /// inside the brackets: 1 for a group (<c>[#] Alat Tulis Kantor</c>), 2 for a sub-group (<c>[-] Kelas Ibu
    /// Hamil</c>), 0 when it starts with neither.</summary>
    public static int GroupMarkerLevel(string uraian)
    {
        ReadOnlySpan<char> rest = uraian.AsSpan();
        if (!rest.StartsWith('['))
        {
            return 0;
        }

        rest = rest[1..].TrimStart(' ');
        if (rest.IsEmpty || rest[0] is not ('#' or '-') || !rest[1..].TrimStart(' ').StartsWith(']'))
        {
            return 0;
        }

        return rest[0] == '#' ? 1 : 2;
    }

    /// <summary>Whether a line carries a jumlah and nothing else a detail line has, and is no group line.</summary>
    public static bool IsJumlahOnly(RincianLine line) =>
        line.KodeRekening is null && line.Volume is null && line.HargaSatuan is null && line.Satuan is null
        && line.Koefisien is null && line.Perubahan is null && line.Jumlah.HasValue && !line.IsGroup;
}
