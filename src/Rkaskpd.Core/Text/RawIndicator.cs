namespace Rkaskpd.Text;

/// <summary>One row of the <c>Indikator &amp; Tolok Ukur Kinerja</c> table, as written.</summary>
/// <param name="Line">The 1-based line of the row.</param>
/// <param name="Kind">The indicator kind as written (<c>Capaian Program</c>, <c>Masukan</c>, <c>Keluaran</c>,
/// <c>Hasil</c>); empty when the row left the kind cell blank.</param>
/// <param name="TolokUkur">The measure (<c>tolak ukur</c>) as written.</param>
/// <param name="Target">The target (<c>target kinerja</c>) as written; extra columns are appended after a tab.</param>
internal sealed record RawIndicator(int Line, string Kind, string TolokUkur, string Target)
{
    /// <summary>Gets the measure of a perubahan table's Sebelum column (the row's own measure is the Setelah one), or
    /// null when the table has no such columns.</summary>
    public string? TolokUkurSebelum { get; init; }

    /// <summary>Gets the target of a perubahan table's Sebelum column, or null.</summary>
    public string? TargetSebelum { get; init; }
}
