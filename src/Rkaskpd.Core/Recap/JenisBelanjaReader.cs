using System;
using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Recap;

/// <summary>
/// Splits a form's <c>rincian belanja</c> lines by <c>jenis belanja</c> (5.2.1, 5.2.2, 5.2.3, other). For each jenis it
/// sums the shallowest rekening lines under it that carry a <c>jumlah</c> (normally the level-3 line itself, e.g.
/// <c>5.2.2</c>); when none carries one, it sums the detail lines that stand under that jenis. Codes are compared
/// without spaces and trailing dots, so <c>5 . 2 . 2</c> and <c>5.2.2.</c> count as <c>5.2.2</c>.
/// </summary>
internal static class JenisBelanjaReader
{
    private const int Pegawai = 0;
    private const int BarangDanJasa = 1;
    private const int Modal = 2;
    private const int Lainnya = 3;
    private const int AboveJenis = -1;

    /// <summary>Splits the lines; null when there are none. Throws <see cref="OverflowException"/> when a sum overflows.</summary>
    public static JenisBelanjaSplit? Split(IReadOnlyList<RincianLine> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        Span<int> minLevel = [int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue];
        Span<int> lineBucket = lines.Count <= 256 ? stackalloc int[lines.Count] : new int[lines.Count];
        Span<int> lineLevel = lines.Count <= 256 ? stackalloc int[lines.Count] : new int[lines.Count];
        int current = Lainnya;
        for (int i = 0; i < lines.Count; i++)
        {
            RincianLine line = lines[i];
            if (line.KodeRekening is { } kode)
            {
                (int bucket, int level) = Classify(kode);
                lineLevel[i] = level;
                lineBucket[i] = bucket;
                if (bucket >= 0)
                {
                    current = bucket;
                }

                if (bucket >= 0 && line.Jumlah is not null)
                {
                    minLevel[bucket] = Math.Min(minLevel[bucket], level);
                }
            }
            else
            {
                lineLevel[i] = 0;
                lineBucket[i] = current;
            }
        }

        Span<long> sums = stackalloc long[4];
        for (int i = 0; i < lines.Count; i++)
        {
            int bucket = lineBucket[i];
            if (bucket < 0 || lines[i].Jumlah is not { } jumlah)
            {
                continue;
            }

            bool isRekening = lines[i].IsRekening;
            bool counts = minLevel[bucket] == int.MaxValue ? !isRekening : isRekening && lineLevel[i] == minLevel[bucket];
            if (counts)
            {
                sums[bucket] = checked(sums[bucket] + jumlah.Sen);
            }
        }

        return new JenisBelanjaSplit(
            Rupiah.FromSen(sums[Pegawai]),
            Rupiah.FromSen(sums[BarangDanJasa]),
            Rupiah.FromSen(sums[Modal]),
            Rupiah.FromSen(sums[Lainnya]));
    }

    /// <summary>Reads the jenis bucket and the level of a rekening code; <c>5</c> and <c>5.2</c> stand above every jenis (<see cref="AboveJenis"/>).</summary>
    private static (int Bucket, int Level) Classify(string kode)
    {
        Span<int> parts = stackalloc int[3];
        int level = 0;
        int value = -1;
        bool valid = true;
        foreach (char c in kode)
        {
            if (char.IsAsciiDigit(c))
            {
                value = value < 0 ? c - '0' : Math.Min(value * 10 + (c - '0'), 1000);
            }
            else if (c == '.')
            {
                if (value >= 0)
                {
                    if (level < 3)
                    {
                        parts[level] = value;
                    }

                    level++;
                }

                value = -1;
            }
            else if (!char.IsWhiteSpace(c))
            {
                valid = false;
            }
        }

        if (value >= 0)
        {
            if (level < 3)
            {
                parts[level] = value;
            }

            level++;
        }

        if (!valid || level == 0 || parts[0] != 5)
        {
            return (Lainnya, level);
        }

        if (level == 1 || (level == 2 && parts[1] == 2))
        {
            return (AboveJenis, level);
        }

        if (level == 2)
        {
            return (Lainnya, level);
        }

        int bucket = parts[1] != 2 ? Lainnya : parts[2] switch
        {
            1 => Pegawai,
            2 => BarangDanJasa,
            3 => Modal,
            _ => Lainnya,
        };
        return (bucket, level);
    }
}
