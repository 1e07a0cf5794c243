namespace Rkaskpd.Text.Sections;

/// <summary>Which column of a perubahan (amended budget) form an amount row states.</summary>
internal enum PerubahanColumn
{
    /// <summary>An ordinary amount row (no perubahan column).</summary>
    None = 0,

    /// <summary><c>Sebelum Perubahan</c>: the amount before the amendment.</summary>
    Sebelum = 1,

    /// <summary><c>Setelah</c> (or <c>Sesudah</c>) <c>Perubahan</c>: the amount after the amendment.</summary>
    Setelah = 2,

    /// <summary><c>Bertambah/(Berkurang)</c>: the difference.</summary>
    Selisih = 3,
}
