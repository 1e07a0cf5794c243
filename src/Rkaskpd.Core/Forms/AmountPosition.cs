namespace Rkaskpd.Forms;

/// <summary>
/// The position of a <c>Jumlah Tahun</c> row on an RKA-SKPD 2.2.1 form. The three rows are positional: whatever year
/// their labels print, the first is year n-1, the second year n (the <c>tahun anggaran</c> being planned) and the third
/// year n+1 (the <c>prakiraan maju</c>, forward estimate).
/// </summary>
public enum AmountPosition
{
    /// <summary>Year n-1: the previous year's budget (<c>Jumlah Tahun n-1</c>).</summary>
    PreviousYear = 0,

    /// <summary>Year n: the budget being planned (<c>Jumlah Tahun n</c>).</summary>
    CurrentYear = 1,

    /// <summary>Year n+1: the forward estimate (<c>Jumlah Tahun n+1</c>, <c>prakiraan maju</c>).</summary>
    NextYear = 2,
}
