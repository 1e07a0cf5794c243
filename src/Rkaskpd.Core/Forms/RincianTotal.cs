using System;
using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>
/// The total of a form's rincian table, as its closing <c>Jumlah</c> row states it: the sum of the top-level lines,
/// which are the rekening lines of the highest level present (<c>5</c> or <c>5.2</c>, usually), or the detail lines
/// when the table has no rekening line. Shared by the rule that checks the table against year n (<c>RKA502</c>) and the
/// writers that print the total row.
/// </summary>
internal static class RincianTotal
{
    /// <summary>The level of the table's top-level rekening lines, or <see cref="int.MaxValue"/> when it has none.</summary>
    public static int TopLevel(IReadOnlyList<RincianLine> lines)
    {
        int topLevel = int.MaxValue;
        foreach (RincianLine line in lines)
        {
            if (line.IsRekening)
            {
                topLevel = Math.Min(topLevel, line.Level);
            }
        }

        return topLevel;
    }

    /// <summary>Whether <paramref name="line"/> counts toward the total of a table whose top level is
    /// <paramref name="topLevel"/>.</summary>
    public static bool IsTopLevel(RincianLine line, int topLevel) =>
        topLevel == int.MaxValue ? !line.IsRekening && !line.IsGroup : line.IsRekening && line.Level == topLevel;

    /// <summary>The sum of the top-level lines that carry a jumlah, or <see langword="null"/> when none does.</summary>
    /// <exception cref="OverflowException">The sum is past what <see cref="Rupiah"/> holds.</exception>
    public static Rupiah? Sum(IReadOnlyList<RincianLine> lines)
    {
        int topLevel = TopLevel(lines);
        Rupiah total = Rupiah.Zero;
        bool any = false;
        foreach (RincianLine line in lines)
        {
            if (IsTopLevel(line, topLevel) && line.Jumlah is { } jumlah)
            {
                total += jumlah;
                any = true;
            }
        }

        return any ? total : null;
    }

    /// <summary>The sum of the top-level lines' jumlah before the amendment (<see cref="RincianPerubahan.JumlahSebelum"/>),
    /// or <see langword="null"/> when none has one.</summary>
    /// <exception cref="OverflowException">The sum is past what <see cref="Rupiah"/> holds.</exception>
    public static Rupiah? SumBefore(IReadOnlyList<RincianLine> lines)
    {
        int topLevel = TopLevel(lines);
        Rupiah total = Rupiah.Zero;
        bool any = false;
        foreach (RincianLine line in lines)
        {
            if (IsTopLevel(line, topLevel) && line.Perubahan?.JumlahSebelum is { } before)
            {
                total += before;
                any = true;
            }
        }

        return any ? total : null;
    }
}
