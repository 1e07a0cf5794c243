namespace Rkaskpd.Text;

/// <summary>One <c>Jumlah Tahun</c> row (a yearly amount and its <c>terbilang</c>), as written.</summary>
/// <param name="Line">The 1-based line of the row.</param>
/// <param name="Label">The label as written, e.g. <c>Jumlah Tahun</c>.</param>
/// <param name="YearText">The year or position as written: <c>2019</c>, <c>n - 1</c>, <c>n</c>; empty if none.</param>
/// <param name="AmountText">The amount as written, e.g. <c>479.077.000,00</c>, <c>Rp 561,000,000</c>.</param>
/// <param name="Terbilang">The amount in words without its parentheses (wrapped lines joined by one space);
/// empty if none was written.</param>
internal sealed record RawAmount(int Line, string Label, string YearText, string AmountText, string Terbilang)
{
    /// <summary>Gets which column of a perubahan form the row states (before, after, difference); none on other
    /// forms.</summary>
    public Sections.PerubahanColumn Column { get; init; }
}
