using System;
using System.Collections.Generic;
using System.Globalization;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Reads a detail row of SIPD's rincian table (Permendagri 77/2020 prints), whose columns are <c>Uraian</c>,
/// <c>Koefisien</c>, <c>Satuan</c>, <c>Harga</c>, <c>PPN</c> and <c>Jumlah</c>:
/// <c>Kudapan 30 Orang x 10 Kali Orang / Kali 10.000,00 0 3.000.000,00</c>. The row is read from its right end
/// (jumlah, PPN, harga, each possibly with <c>Rp</c>), then the koefisien (a number and its unit, joined by <c>x</c>)
/// is looked for so that the satuan between it and the harga is shortest. Cells of a tab or fixed-width row are read
/// as the same words. Rows of another shape (rekening lines, <c>[#]</c> group lines) are left to the other readers.
/// </summary>
internal static class SipdRincianRow
{
    /// <summary>The uraian with its <c>Spesifikasi :</c> set apart from the name before it by a space, as a person reads
    /// the two lines of the cell: a copy of an element printed as a block of its own (an HTML page's
    /// <c>&lt;span style="display:block"&gt;</c>) may glue them (<c>Kertas HVS A4 75 gramSpesifikasi : ...</c>).</summary>
    public static string WithSpesifikasiApart(string uraian)
    {
        int at = uraian.IndexOf("Spesifikasi", StringComparison.Ordinal);
        return at > 0 && !char.IsWhiteSpace(uraian[at - 1]) && Layout.RincianCells.IsSpesifikasi(uraian[at..])
            ? uraian[..at] + " " + uraian[at..]
            : uraian;
    }

    /// <summary>Reads <paramref name="text"/> (a row's cells joined by spaces or tabs) as a SIPD detail row.</summary>
    public static bool TryRead(string text, int line, out RawRincianLine row)
    {
        row = null!;
        string[] tokens = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        int end = tokens.Length;
        if (end < 6 || (char.IsAsciiDigit(tokens[0][0]) && tokens[0].Contains('.', StringComparison.Ordinal)))
        {
            return false; // too short for six columns, or a rekening line
        }

        end = TakeMoney(tokens, end, out string jumlah);
        if (jumlah.Length == 0 || end < 1 || !IsPpn(tokens[end - 1]))
        {
            return false;
        }

        string ppn = tokens[--end];
        end = TakeMoney(tokens, end, out string harga);
        if (harga.Length == 0)
        {
            return false;
        }

        int bestStart = -1, bestEnd = -1, bestSatuan = int.MaxValue;
        for (int k = 1; k < end - 1; k++)
        {
            if (!IsNumber(tokens[k]) || IsTimes(tokens[k - 1]))
            {
                continue;
            }

            int koefEnd = ReadKoefisien(tokens, k, end);
            if (koefEnd == end && koefEnd - 2 > k && IsNumber(tokens[koefEnd - 2]))
            {
                koefEnd--; // the last number's unit was wrapped to the next line: the word is the satuan
            }

            int satuan = end - koefEnd;
            if (koefEnd > k && satuan >= 1 && satuan <= 4 && satuan < bestSatuan)
            {
                (bestStart, bestEnd, bestSatuan) = (k, koefEnd, satuan);
            }
        }

        if (bestStart < 0)
        {
            return false;
        }

        // A koefisien's last factors wrapped under it and joined after the satuan it stood beside ("60 Orang x 3 Hari
        // Kotak" over "x 2 Kali"): they end the koefisien, and the satuan is the words before them.
        string koefisien = string.Join(' ', tokens, bestStart, bestEnd - bestStart);
        int satuanEnd = end;
        for (int s = bestEnd + 1; s < end - 1; s++)
        {
            if (IsTimes(tokens[s]) && FactorsEnd(tokens, s, end) == end)
            {
                koefisien = string.Concat(koefisien, " ", string.Join(' ', tokens, s, end - s));
                satuanEnd = s;
                break;
            }
        }

        row = new RawRincianLine(
            line,
            null,
            string.Join(' ', tokens, 0, bestStart),
            koefisien,
            string.Join(' ', tokens, bestEnd, satuanEnd - bestEnd),
            harga,
            jumlah)
        {
            Koefisien = true,
            PpnText = ppn,
        };
        return true;
    }

    /// <summary>Reads a tab row in SIPD's seven columns by position: an empty kode rekening, the uraian, the koefisien
    /// (or a volume alone, for a line without one), the satuan, the harga, the PPN (or nothing) and the jumlah, as the
    /// writers and a copied HTML print give them. Unlike <see cref="TryRead"/> this needs no unit after the koefisien's
    /// number: <c>Map 12 Buah 5.000,00 0 60.000,00</c> in cells is volume 12, satuan Buah.</summary>
    public static bool TryReadCells(IReadOnlyList<string> cells, int line, out RawRincianLine row)
    {
        row = null!;
        if (cells.Count != 7 || !string.IsNullOrWhiteSpace(cells[0]))
        {
            return false;
        }

        string uraian = cells[1].Trim(), koefisien = cells[2].Trim(), ppn = cells[5].Trim();
        string harga = cells[4].Trim(), jumlah = cells[6].Trim();
        if (uraian.Length == 0 || !IsAmount(harga) || !IsAmount(jumlah) || (ppn.Length > 0 && !IsPpn(ppn))
            || (koefisien.Length > 0 && !RincianVolume.TryParse(koefisien, out _)))
        {
            return false;
        }

        row = new RawRincianLine(line, null, uraian, koefisien, cells[3].Trim(), harga, jumlah)
        {
            Koefisien = RincianVolume.IsKoefisien(koefisien),
            PpnText = ppn,
        };
        return true;
    }

    /// <summary>Appends a wrapped line of a SIPD detail row (fixed-width prints wrap the uraian and the koefisien in
    /// their own columns): with two cells the first continues the uraian and the second the koefisien; one cell
    /// continues the koefisien when that ends in a number without its unit (one word; of more words, the last is the
    /// unit and the others end the uraian), else the uraian; a <c>Spesifikasi :</c> line continues the uraian whatever
    /// numbers it holds. Under a rekening or group row, one cell continues its name.</summary>
    public static bool TryContinue(RawRincianLine previous, IReadOnlyList<string> cells, out RawRincianLine joined)
    {
        joined = previous;
        var words = new List<string>(2);
        foreach (string cell in cells)
        {
            if (cell.Length > 0)
            {
                words.Add(cell.Trim());
            }
        }

        if (words.Count is 0 or > 2)
        {
            return false;
        }

        if (!previous.Koefisien)
        {
            // A rekening's or a group's ([#], [-]) name wrapped under its row: the line continues the name, which may
            // hold numbers of its own ("(Sta 0+000 - 3+200)"), but not end in an amount (the table's total row).
            bool named = words.Count == 1 && (previous.KodeRekening is not null || previous.Uraian.StartsWith('['))
                && !EndsWithNumber(words[0]);
            joined = named ? previous with { Uraian = Join(previous.Uraian, " ", words[0]) } : previous;
            return named;
        }

        if (Layout.RincianCells.IsSpesifikasi(words[0]))
        {
            // The uraian's specification under it ("Spesifikasi : Kertas HVS ... isi 500"), its numbers its own, even
            // where it runs on past the uraian's column into the koefisien's.
            joined = previous with { Uraian = Join(previous.Uraian, " ", string.Join(' ', words)) };
            return true;
        }

        if (IsFactors(words[^1]) && (words.Count == 1 || !HasDigit(words[0])))
        {
            // The koefisien's last factors wrapped under it ("2 Orang x 3 Hari" over "x 4 Jam"), perhaps beside the
            // uraian's wrapped words.
            joined = previous with
            {
                Uraian = words.Count == 2 ? Join(previous.Uraian, " ", words[0]) : previous.Uraian,
                VolumeText = Join(previous.VolumeText, " ", words[^1]),
            };
            return true;
        }

        if (words.Count == 1 && previous.Uraian.Contains("Spesifikasi :", StringComparison.Ordinal) && !EndsWithNumber(words[0]))
        {
            // The specification's wrapped rest ("... isi" over "500 lembar"), numbers and all.
            joined = previous with { Uraian = Join(previous.Uraian, " ", words[0]) };
            return true;
        }

        if (words.Exists(HasDigit))
        {
            return false; // numbers make a row of its own (the table's total row)
        }

        bool koefisienOpen = EndsWithNumber(previous.VolumeText); // "12 Bulan x 2" wants its unit; "1.250 M2" has it
        int lastSpace = words[0].LastIndexOf(' ');
        if (words.Count == 2)
        {
            joined = previous with { Uraian = Join(previous.Uraian, " ", words[0]), VolumeText = Join(previous.VolumeText, " ", words[1]) };
        }
        else if (koefisienOpen && IsWordsOnly(words[0]) && lastSpace < 0)
        {
            joined = previous with { VolumeText = Join(previous.VolumeText, " ", words[0]) };
        }
        else if (koefisienOpen && IsWordsOnly(words[0]))
        {
            // Both wrapped onto one line ("Kegiatan Kegiatan"): the koefisien still wants its last factor's unit, the
            // last word; the words before it end the uraian.
            joined = previous with { Uraian = Join(previous.Uraian, " ", words[0][..lastSpace]), VolumeText = Join(previous.VolumeText, " ", words[0][(lastSpace + 1)..]) };
        }
        else
        {
            joined = previous with { Uraian = Join(previous.Uraian, " ", words[0]) };
        }

        return true;
    }

    /// <summary>The PPN rate in percent of a PPN cell (<c>0</c>, <c>11%</c>, <c>11 %</c>, <c>0,00</c>, or a dash for none, as
    /// a typed template writes it: <c>-</c>), or null.</summary>
    public static decimal? Rate(string ppnText)
    {
        ReadOnlySpan<char> t = ppnText.AsSpan().Trim().TrimEnd('%').TrimEnd();
        if (t is "-" or "\u2013")
        {
            return 0m;
        }

        string normal = t.ToString().Replace(',', '.');
        return t.Length > 0 && decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal rate)
            ? rate : null;
    }

    private static int ReadKoefisien(string[] tokens, int start, int end)
    {
        int i = start;
        while (i < end && IsNumber(tokens[i]))
        {
            i++;
            if (i < end && IsUnitWord(tokens[i]))
            {
                i++;
            }

            if (i + 1 < end && IsTimes(tokens[i]) && IsNumber(tokens[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>Where a run of a koefisien's factors from <paramref name="start"/> ends: <c>x</c>, a number and
    /// perhaps its unit, repeated (<c>x 2 Kali</c>, <c>x 3 Hari x 4 Jam</c>).</summary>
    private static int FactorsEnd(string[] tokens, int start, int end)
    {
        int i = start;
        while (i + 1 < end && IsTimes(tokens[i]) && IsNumber(tokens[i + 1]))
        {
            i += 2;
            if (i < end && IsUnitWord(tokens[i]))
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>Whether a cell is a koefisien's factors alone (<c>x 2 Kali</c>): its wrapped end.</summary>
    private static bool IsFactors(string cell)
    {
        string[] tokens = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 2 && FactorsEnd(tokens, 0, tokens.Length) == tokens.Length;
    }

    private static int TakeMoney(string[] tokens, int end, out string amount)
    {
        amount = string.Empty;
        if (end < 1)
        {
            return end;
        }

        string t = tokens[end - 1];
        if (!IsNumber(t) || !Rupiah.TryParse(t, out _))
        {
            return end;
        }

        bool rp = end >= 2 && (tokens[end - 2].Equals("Rp", StringComparison.OrdinalIgnoreCase) || tokens[end - 2].Equals("Rp.", StringComparison.OrdinalIgnoreCase));
        amount = rp ? tokens[end - 2] + " " + t : t;
        return rp ? end - 2 : end - 1;
    }

    /// <summary>Whether a cell is an amount: a number Rupiah reads, perhaps after <c>Rp</c>.</summary>
    private static bool IsAmount(string cell)
    {
        string[] tokens = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length is 1 or 2 && TakeMoney(tokens, tokens.Length, out _) == 0;
    }

    private static bool IsPpn(string token)
    {
        if (token is "-" or "\u2013")
        {
            return true; // no PPN, as a typed template marks it
        }

        ReadOnlySpan<char> t = token.AsSpan().TrimEnd('%');
        return t.Length is > 0 and <= 5 && IsNumber(t.ToString()) && Rate(token) is <= 100m;
    }

    private static bool IsNumber(string token)
    {
        if (token.Length == 0 || !char.IsAsciiDigit(token[0]))
        {
            return false;
        }

        foreach (char c in token)
        {
            if (!char.IsAsciiDigit(c) && c is not '.' and not ',')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnitWord(string token) =>
        token.Length > 0 && char.IsLetter(token[0]) && !IsTimes(token) && token.Length <= 20;

    private static bool IsTimes(string token) => token is "x" or "X" or "\u00D7" or "*";

    private static bool HasDigit(string s) => s.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    private static readonly System.Buffers.SearchValues<char> NumberCharacters = System.Buffers.SearchValues.Create("0123456789.,");

    /// <summary>Whether a text's last word is a number (digits with dots or commas: an amount or a count).</summary>
    private static bool EndsWithNumber(string text)
    {
        ReadOnlySpan<char> last = text.AsSpan().TrimEnd();
        last = last[(last.LastIndexOf(' ') + 1)..];
        return last.Length > 0 && char.IsAsciiDigit(last[^1]) && !last.ContainsAnyExcept(NumberCharacters);
    }
}
