using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// One <c>Jumlah Tahun</c> row of a form: <c>Jumlah Tahun 2020 : 551.204.390,00 (LIMA RATUS ... RUPIAH)</c>, with the
/// label, the amount as written and as read, and the <c>terbilang</c> (amount in words) as written.
/// </summary>
public sealed record AmountRow
{
    /// <summary>Gets the row's position (n-1, n or n+1), which is what the row means whatever its label says.</summary>
    public AmountPosition Position { get; init; }

    /// <summary>Gets the label as written, e.g. <c>Jumlah Tahun 2019</c> or <c>Jumlah Tahun n - 1</c>.</summary>
    [JsonRequired]
    public string Label { get; init; } = string.Empty;

    /// <summary>Gets the amount as written, e.g. <c>32 500 000,00</c>.</summary>
    [JsonRequired]
    public string AmountText { get; init; } = string.Empty;

    /// <summary>Gets the amount read from <see cref="AmountText"/>, or null when it could not be read.</summary>
    public Rupiah? Amount { get; init; }

    /// <summary>Gets the <c>terbilang</c> (the amount in words) as written, without the parentheses; empty when missing.</summary>
    [JsonRequired]
    public string Terbilang { get; init; } = string.Empty;

    /// <summary>Gets the before amount and the printed difference of a <c>perubahan</c> (amended budget) form's year-n
    /// row, whose <see cref="Amount"/> is then the amount after the amendment; null on other forms (and left out of
    /// their JSON).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AmountPerubahan? Perubahan { get; init; }

    /// <summary>
    /// Gets the year the label prints (<c>2019</c> in <c>Jumlah Tahun 2019</c>), or null when the label names no year
    /// (<c>Jumlah Tahun n - 1</c>).
    /// </summary>
    [JsonIgnore]
    public int? LabelYear => FindYear(Label);

    /// <summary>Creates a row the way the form prints it: canonical label, amount and terbilang.</summary>
    /// <param name="position">The row's position.</param>
    /// <param name="tahunAnggaran">The fiscal year n, which names the row's year.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The row.</returns>
    public static AmountRow Create(AmountPosition position, int tahunAnggaran, Rupiah amount)
    {
        int year = tahunAnggaran + (int)position - 1;
        return new AmountRow
        {
            Position = position,
            Label = "Jumlah Tahun " + year.ToString(CultureInfo.InvariantCulture),
            AmountText = amount.ToString(),
            Amount = amount,
            Terbilang = amount.ToTerbilang(),
        };
    }

    private static int? FindYear(ReadOnlySpan<char> label)
    {
        for (int i = 0; i + 4 <= label.Length; i++)
        {
            bool boundaryBefore = i == 0 || !char.IsAsciiDigit(label[i - 1]);
            bool boundaryAfter = i + 4 == label.Length || !char.IsAsciiDigit(label[i + 4]);
            if (boundaryBefore && boundaryAfter
                && char.IsAsciiDigit(label[i]) && char.IsAsciiDigit(label[i + 1])
                && char.IsAsciiDigit(label[i + 2]) && char.IsAsciiDigit(label[i + 3]))
            {
                return int.Parse(label.Slice(i, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
