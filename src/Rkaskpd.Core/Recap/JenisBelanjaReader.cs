using System;
using System.Collections.Generic;
using Rkaskpd.Codes;
using Rkaskpd.Forms;

namespace Rkaskpd.Recap;

/// <summary>
/// Splits a form's <c>rincian belanja</c> lines by <c>jenis belanja</c> in the document's scheme: 13/2006 5.2.1, 5.2.2,
/// 5.2.3; 90/2019 5.1.01 to 5.1.06, 5.2, 5.3, 5.4; and other. For each jenis it sums the shallowest rekening lines under
/// it that carry a <c>jumlah</c> (normally the jenis line itself, e.g. <c>5.2.2</c> or <c>5.2</c>); when none carries
/// one, it sums the detail lines that stand under that jenis. Codes are compared without spaces and trailing dots, so
/// <c>5 . 2 . 2</c> and <c>5.2.2.</c> count as <c>5.2.2</c>. The scheme is told by <see cref="Scheme"/> from the shape of
/// the codes (a two-digit jenis <c>5.1.02</c> is 90/2019).
/// </summary>
internal static class JenisBelanjaReader
{
    private const int Pegawai = 0;
    private const int BarangDanJasa = 1;
    private const int Modal = 2;
    private const int Lainnya = 3;
    private const int Bunga = 4;
    private const int Subsidi = 5;
    private const int Hibah = 6;
    private const int BantuanSosial = 7;
    private const int TidakTerduga = 8;
    private const int Transfer = 9;
    private const int BucketCount = 10;
    private const int AboveJenis = -1;

    /// <summary>
    /// Tells the scheme of a document's rekening codes by their shape: 90/2019 when more codes of three or more parts
    /// have a two-digit jenis (<c>5.1.02</c>) than a one-digit one (<c>5.2.2</c>); otherwise 13/2006.
    /// </summary>
    public static CodeScheme Scheme(IReadOnlyList<RkaForm> forms)
    {
        int permendagri90 = 0;
        int permendagri13 = 0;
        Span<int> parts = stackalloc int[3];
        foreach (RkaForm form in forms)
        {
            foreach (RincianLine line in form.Rincian)
            {
                if (line.KodeRekening is { } kode && Read(kode, parts, out int jenisWidth) >= 3)
                {
                    permendagri90 += jenisWidth == 2 ? 1 : 0;
                    permendagri13 += jenisWidth == 1 ? 1 : 0;
                }
            }
        }

        return permendagri90 > permendagri13 ? CodeScheme.Permendagri90 : CodeScheme.Permendagri13;
    }

    /// <summary>Splits the lines; null when there are none. Throws <see cref="OverflowException"/> when a sum overflows.</summary>
    public static JenisBelanjaSplit? Split(IReadOnlyList<RincianLine> lines, CodeScheme scheme)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        Span<int> minLevel = stackalloc int[BucketCount];
        minLevel.Fill(int.MaxValue);
        Span<int> lineBucket = lines.Count <= 256 ? stackalloc int[lines.Count] : new int[lines.Count];
        Span<int> lineLevel = lines.Count <= 256 ? stackalloc int[lines.Count] : new int[lines.Count];
        int current = Lainnya;
        for (int i = 0; i < lines.Count; i++)
        {
            RincianLine line = lines[i];
            if (line.KodeRekening is { } kode)
            {
                (int bucket, int level) = scheme == CodeScheme.Permendagri90 ? Classify90(kode) : Classify(kode);
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

        Span<long> sums = stackalloc long[BucketCount];
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
            Rupiah.FromSen(sums[Lainnya]))
        {
            Scheme = scheme,
            Bunga = Rupiah.FromSen(sums[Bunga]),
            Subsidi = Rupiah.FromSen(sums[Subsidi]),
            Hibah = Rupiah.FromSen(sums[Hibah]),
            BantuanSosial = Rupiah.FromSen(sums[BantuanSosial]),
            TidakTerduga = Rupiah.FromSen(sums[TidakTerduga]),
            Transfer = Rupiah.FromSen(sums[Transfer]),
        };
    }

    /// <summary>
    /// Reads the jenis bucket and the level of a 90/2019 rekening code: <c>5</c> and <c>5.1</c> stand above every jenis;
    /// <c>5.2</c>, <c>5.3</c> and <c>5.4</c> are jenis themselves (modal, tidak terduga, transfer), <c>5.1.01</c> to
    /// <c>5.1.06</c> the jenis of belanja operasi.
    /// </summary>
    private static (int Bucket, int Level) Classify90(string kode)
    {
        Span<int> parts = stackalloc int[3];
        int level = Read(kode, parts, out _);
        if (level <= 0 || parts[0] != 5)
        {
            return (Lainnya, Math.Abs(level));
        }

        if (level == 1 || (level == 2 && parts[1] == 1))
        {
            return (AboveJenis, level);
        }

        int bucket = parts[1] switch
        {
            1 => parts[2] switch
            {
                1 => Pegawai,
                2 => BarangDanJasa,
                3 => Bunga,
                4 => Subsidi,
                5 => Hibah,
                6 => BantuanSosial,
                _ => Lainnya,
            },
            2 => Modal,
            3 => TidakTerduga,
            4 => Transfer,
            _ => Lainnya,
        };
        return (bucket, level);
    }

    /// <summary>Reads the jenis bucket and the level of a 13/2006 rekening code; <c>5</c> and <c>5.2</c> stand above every jenis (<see cref="AboveJenis"/>).</summary>
    private static (int Bucket, int Level) Classify(string kode)
    {
        Span<int> parts = stackalloc int[3];
        int level = Read(kode, parts, out _);
        if (level <= 0 || parts[0] != 5)
        {
            return (Lainnya, Math.Abs(level));
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

    /// <summary>
    /// Reads the first three parts of a rekening code (dots separate parts, whitespace is ignored) and the digit count
    /// of the third; returns the number of parts, or its negation when the code holds another character.
    /// </summary>
    private static int Read(string kode, Span<int> parts, out int jenisWidth)
    {
        int level = 0;
        int value = -1;
        int width = 0;
        jenisWidth = 0;
        bool valid = true;
        foreach (char c in kode)
        {
            if (char.IsAsciiDigit(c))
            {
                value = value < 0 ? c - '0' : Math.Min((value * 10) + (c - '0'), 1000);
                width++;
            }
            else if (c == '.')
            {
                if (value >= 0)
                {
                    Store(parts, level, value, width, ref jenisWidth);
                    level++;
                }

                value = -1;
                width = 0;
            }
            else if (!char.IsWhiteSpace(c))
            {
                valid = false;
            }
        }

        if (value >= 0)
        {
            Store(parts, level, value, width, ref jenisWidth);
            level++;
        }

        return valid ? level : -level;
    }

    private static void Store(Span<int> parts, int level, int value, int width, ref int jenisWidth)
    {
        if (level < 3)
        {
            parts[level] = value;
        }

        if (level == 2)
        {
            jenisWidth = width;
        }
    }
}
