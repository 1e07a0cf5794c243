namespace Rkaskpd.Recap;

/// <summary>
/// The three yearly amounts of a recap row: <c>Jumlah Tahun n-1</c>, <c>n</c> and <c>n+1</c>.
/// </summary>
/// <remarks>Equality is by value over the three amounts. The default value is three zero amounts, the same as <see cref="Zero"/>.</remarks>
/// <param name="PreviousYear">The amount of year n-1.</param>
/// <param name="CurrentYear">The amount of year n (the budget being planned).</param>
/// <param name="NextYear">The amount of year n+1 (the forward estimate).</param>
public readonly record struct RekapAmounts(Rupiah PreviousYear, Rupiah CurrentYear, Rupiah NextYear)
{
    /// <summary>Gets three zero amounts.</summary>
    public static RekapAmounts Zero => default;

    /// <summary>Adds two rows column by column.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>The column sums.</returns>
    /// <exception cref="System.OverflowException">A sum is out of the range of <see cref="Rupiah"/>.</exception>
    public static RekapAmounts operator +(RekapAmounts left, RekapAmounts right) =>
        new(left.PreviousYear + right.PreviousYear, left.CurrentYear + right.CurrentYear, left.NextYear + right.NextYear);

    /// <summary>Adds two rows column by column (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>The column sums.</returns>
    /// <exception cref="System.OverflowException">A sum is out of the range of <see cref="Rupiah"/>.</exception>
    public static RekapAmounts Add(RekapAmounts left, RekapAmounts right) => left + right;
}
