using System;
using System.Collections.Generic;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads one flattened rincian row (cells apart by single spaces) from the right: an optional kode rekening
/// at its start (<c>5.2.2.01.01</c>, <c>5 . 2 . 2 . 01 . 04</c>, <c>5.2.2.01.0001.</c>, <c>5 2 2 01 01</c>, with an
/// optional <c>-</c> after it), then from its end the jumlah and harga satuan (each possibly after <c>Rp</c>, in
/// Indonesian <c>1.234.567,00</c> or English <c>1,234,567.00</c> style; <c>Rp -</c> is nil), the satuan and the volume;
/// what is left is the uraian (a formula such as <c>(3 org x 12 bln)</c> before the volume stays in it).</summary>
/// <remarks>Single spaces make some rows ambiguous; the choices: a volume is read only with a satuan word after it
/// and an amount after that; one amount after a volume and satuan is the harga satuan (tables without a jumlah
/// column print it so), one amount alone is the jumlah; of two amounts with no volume before them, the left one is
/// the jumlah and the right one is spilled text (reported by the caller).</remarks>
internal static class FlatRincianRow
{
    /// <summary>Reads a row; false when the line holds neither a code nor any text.</summary>
    /// <param name="text">The trimmed line.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="numbers">Whether to read the numbers (false in a perubahan table: they stay in the uraian).</param>
    /// <param name="row">The row.</param>
    /// <param name="spilled">Text after the jumlah that is no part of the row, or empty.</param>
    public static bool TryRead(string text, int line, bool numbers, out RawRincianLine row, out string spilled) =>
        Read(text, line, numbers, out row, out spilled) && row.Uraian.Length + (row.KodeRekening?.Length ?? 0) > 0;

    /// <summary>Reads a line that holds only the cells right of the uraian (<c>20 set 150.000,00 3.000.000,00</c>, or a
    /// jumlah alone), as <c>pdftotext -raw</c> writes them after a wrapped uraian; false for any other line.</summary>
    /// <param name="text">The trimmed line.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="cells">The cells, in a row without code and uraian.</param>
    public static bool TryReadCellsOnly(string text, int line, out RawRincianLine cells) =>
        Read(text, line, numbers: true, out cells, out string spilled) && spilled.Length == 0
        && cells.KodeRekening is null && cells.Uraian.Length == 0
        && (cells.JumlahText.Length > 0 || cells.HargaSatuanText.Length > 0);

    private static bool Read(string text, int line, bool numbers, out RawRincianLine row, out string spilled)
    {
        row = null!;
        spilled = string.Empty;
        string[] tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return false;
        }

        int first = ReadCode(tokens, out string? code);
        int last = tokens.Length;
        string volume = string.Empty, satuan = string.Empty, harga = string.Empty, jumlah = string.Empty;
        if (numbers)
        {
            int end = TakeAmount(tokens, first, last, out string a1);
            if (a1.Length > 0)
            {
                int end2 = TakeAmount(tokens, first, end, out string a2);
                int unitEnd = a2.Length > 0 ? end2 : end;
                if (a2.Length > 0 && unitEnd - 2 >= first && tokens[unitEnd - 2] is [>= '0' and <= '9', .., '|'] ruled)
                {
                    tokens[unitEnd - 2] = WithoutRule(ruled, a2, a1);
                }

                bool withVolume = unitEnd - 2 >= first && IsUnit(tokens[unitEnd - 1]) && IsVolume(tokens[unitEnd - 2])
                    && unitEnd - 2 > first - (code is null ? 1 : 0);
                if (withVolume)
                {
                    satuan = tokens[unitEnd - 1];
                    volume = tokens[unitEnd - 2];
                    (harga, jumlah) = a2.Length > 0 ? (a2, a1) : (a1, string.Empty);
                    last = unitEnd - 2;
                }
                else if (a2.Length > 0 && end2 > first)
                {
                    jumlah = a2;
                    spilled = a1;
                    last = end2;
                }
                else
                {
                    jumlah = a1;
                    last = end;
                }
            }
        }

        string uraian = string.Join(' ', tokens, first, Math.Max(0, last - first));
        uraian = code is not null ? StripDash(uraian) : uraian;
        if (code is null && uraian.Length == 0 && jumlah.Length == 0 && harga.Length == 0)
        {
            return false;
        }

        row = new RawRincianLine(line, code, uraian, volume, satuan, harga, jumlah);
        return true;
    }

    /// <summary>Reads a leading kode rekening; returns the index of the first token after it (and a dash).</summary>
    internal static int ReadCode(string[] tokens, out string? code)
    {
        code = null;
        var groups = new List<string>();
        int i = 0;
        bool trailingDot = false;
        while (i < tokens.Length && i < 16 && IsCodeToken(tokens[i]))
        {
            foreach (string part in tokens[i].Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                groups.Add(part);
            }

            trailingDot = tokens[i].EndsWith('.');
            i++;
        }

        if (groups.Count == 0 || groups[0].Length != 1 || i == tokens.Length && groups.Count < 2)
        {
            return 0;
        }

        if (groups.Count == 2 && groups[1].Length == 3)
        {
            return 0; // no rekening level has three digits: "1.050" is a number with a thousands dot (a volume)
        }

        if (groups.Count == 1)
        {
            // One group is an akun (4, 5, 6) only before an all-caps or "Belanja" name: "5 BELANJA"; "5. Pelaksanaan"
            // and "1 org" are no codes.
            bool akun = groups[0] is "4" or "5" or "6" && !trailingDot && i < tokens.Length
                && (IsAllCaps(tokens[i]) || tokens[i].StartsWith("Belanja", StringComparison.OrdinalIgnoreCase));
            if (!akun)
            {
                return 0;
            }
        }

        code = string.Join('.', groups);
        if (i < tokens.Length && tokens[i] is "-" or "\u2013")
        {
            i++;
        }

        return i;
    }

    private static bool IsCodeToken(string token)
    {
        if (token == ".")
        {
            return true;
        }

        int run = 0;
        foreach (char c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++run > 4)
                {
                    return false;
                }
            }
            else if (c == '.')
            {
                run = 0;
            }
            else
            {
                return false;
            }
        }

        return token.Length > 0 && char.IsAsciiDigit(token[0]);
    }

    /// <summary>Takes an amount ending just before <paramref name="end"/>; returns the index where it starts (with its
    /// <c>Rp</c>) and the amount's text, empty when there is none.</summary>
    internal static int TakeAmount(string[] tokens, int first, int end, out string amount)
    {
        amount = string.Empty;
        if (end - 1 < first)
        {
            return end;
        }

        string t = tokens[end - 1];
        bool rpBefore = end - 2 >= first && IsRp(tokens[end - 2]);
        if (t is "-" && rpBefore)
        {
            amount = tokens[end - 2] + " -";
            return end - 2;
        }

        if (t.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) && t.Length > 2 && IsAmount(t))
        {
            amount = t;
            return end - 1;
        }

        if (!IsAmount(t) || !(rpBefore || LooksLikeMoney(t)))
        {
            return end;
        }

        amount = rpBefore ? tokens[end - 2] + " " + t : t;
        return rpBefore ? end - 2 : end - 1;
    }

    private static bool IsRp(string token) =>
        token.Equals("Rp", StringComparison.OrdinalIgnoreCase) || token.Equals("Rp.", StringComparison.OrdinalIgnoreCase);

    private static bool IsAmount(string token) =>
        Rupiah.ParseDetailed(token, RupiahStyles.Default).Success || Rupiah.ParseDetailed(token, RupiahStyles.Any).Success;

    /// <summary>Returns whether an amount without <c>Rp</c> is written as money: grouped by thousands or with two
    /// decimals (<c>5.000</c>, <c>50,000</c>, <c>400.000,00</c>), not a bare small number or a fraction.</summary>
    private static bool LooksLikeMoney(string token)
    {
        int separators = 0;
        int digitsAfter = 0;
        int runs = 0;
        foreach (char c in token)
        {
            if (c is '.' or ',')
            {
                separators++;
                runs = Math.Max(runs, digitsAfter);
                digitsAfter = 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                digitsAfter++;
            }
        }

        // "5.000", "1.234.567,00", "50,000", "3,050,000,000.00": a three-digit group after a separator; "26,16": sen
        // after a decimal comma.
        return separators > 0 && (runs == 3 || digitsAfter == 3 || (digitsAfter == 2 && token[^3] == ','));
    }

    /// <summary>A volume an OCR glued to the table rule right of it (<c>1201|</c>): the bar is the rule, and so is a
    /// <c>1</c> just before it (a rule's stroke read as a digit) when only the volume without it agrees with the harga
    /// and the jumlah (<c>120 x 30.000,00 = 3.600.000,00</c>); any other volume keeps its digits.</summary>
    private static string WithoutRule(string token, string harga, string jumlah)
    {
        string volume = token.TrimEnd('|');
        if (volume.Length < 2 || volume[^1] != '1' || !RincianVolume.TryParse(volume, out decimal whole)
            || !RincianVolume.TryParse(volume[..^1], out decimal shorter)
            || !Rupiah.ParseDetailed(harga, RupiahStyles.Any).TryGetValue(out Rupiah price)
            || !Rupiah.ParseDetailed(jumlah, RupiahStyles.Any).TryGetValue(out Rupiah total))
        {
            return volume;
        }

        try
        {
            return whole * price.Amount != total.Amount && shorter * price.Amount == total.Amount ? volume[..^1] : volume;
        }
        catch (OverflowException)
        {
            return volume; // a volume of some 28 digits: no row's numbers agree with it either way
        }
    }

    internal static bool IsUnit(string token) =>
        token.Length > 0 && char.IsLetter(token[0]) && token.Length <= 16
        && !token.Equals("x", StringComparison.OrdinalIgnoreCase) && !IsRp(token) && !token.EndsWith(')');

    internal static bool IsVolume(string token) => token == "-" ||
        token.Length > 0 && char.IsAsciiDigit(token[0]) && !HasLetter(token)
        && (RincianVolume.TryParse(token, out _) || Rupiah.ParseDetailed(token, RupiahStyles.Any).Success);
}
