using System;
using System.Buffers;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// A rincian detail row written one cell a line inside a table of flattened rows (a hosting site's copy that lost
/// the row's line breaks differently on one page: <c>- Kertas HVS A4 70 gr</c> / <c>10.00</c> / <c>rim</c> /
/// <c>48.000,00</c> / <c>480.000,00</c>): its five cells are joined into the one flattened row they are.
/// </summary>
/// <remarks>Nothing is guessed: the uraian line holds no number at its end, the next four lines are a volume, a
/// satuan of one or two words, the harga satuan and the jumlah, and the volume times the harga is the jumlah. Otherwise
/// the lines are read as before.</remarks>
internal static class LooseRincianCells
{
    private const int MaxSatuanLength = 20;

    private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789.,");

    /// <summary>Joins the row at the window's head; returns the lines consumed or a window answer.</summary>
    public static int TryJoin(LayoutWindow w)
    {
        SourceLine head = w[0];
        ReadOnlySpan<char> uraian = head.Text.AsSpan().Trim();
        if (uraian.Length == 0 || !char.IsLetter(uraian[^1]) && uraian[^1] != ')' || uraian.Contains(':')
            || !(uraian.StartsWith("- ", StringComparison.Ordinal) || char.IsLetter(uraian[0])))
        {
            return LayoutWindow.NotMine;
        }

        if (w.Count < 5)
        {
            return w.Missing();
        }

        for (int i = 1; i < 5; i++)
        {
            if (w.IsConsumed(i) || w[i].IsAny(LineShape.Blank | LineShape.Tab))
            {
                return LayoutWindow.NotMine;
            }
        }

        ReadOnlySpan<char> volume = w[1].Text.AsSpan().Trim(), satuan = w[2].Text.AsSpan().Trim(), harga = w[3].Text.AsSpan().Trim();
        ReadOnlySpan<char> jumlah = w[4].Text.AsSpan().Trim();
        if (!TryNumber(volume, out decimal v) || !IsSatuan(satuan) || !TryNumber(harga, out decimal h) || !TryNumber(jumlah, out decimal j)
            || v <= 0 || v * h != j)
        {
            return LayoutWindow.NotMine;
        }

        w.Emit(head.Line, string.Join(' ', uraian.ToString(), volume.ToString(), satuan.ToString(), harga.ToString(), jumlah.ToString()));
        return 5;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        ReadOnlySpan<char> digits = text;
        if (digits.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..].TrimStart('.').TrimStart();
        }

        if (digits.IsEmpty || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[^1]) || digits.ContainsAnyExcept(NumberCharacters))
        {
            return false;
        }

        RupiahParseResult parsed = Rupiah.ParseDetailed(digits, RupiahStyles.Any);
        if (!parsed.TryGetValue(out Rupiah amount))
        {
            return false;
        }

        value = amount.Amount;
        return true;
    }

    private static bool IsSatuan(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > MaxSatuanLength)
        {
            return false;
        }

        int spaces = 0;
        foreach (char c in text)
        {
            if (c == ' ')
            {
                spaces++;
            }
            else if (!char.IsLetter(c) && c != '/' && c != '.')
            {
                return false;
            }
        }

        return spaces <= 1;
    }
}
