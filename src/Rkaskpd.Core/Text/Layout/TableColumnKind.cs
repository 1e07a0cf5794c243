namespace Rkaskpd.Text.Layout;

/// <summary>What a column of a <see cref="TableColumns"/> holds, which decides how its cells are placed and joined.</summary>
internal enum TableColumnKind
{
    /// <summary>The kode rekening.</summary>
    Kode,

    /// <summary>The uraian.</summary>
    Uraian,

    /// <summary>Other text: koefisien or volume, satuan, penjelasan.</summary>
    Text,

    /// <summary>A number: harga, PPN, jumlah, the difference.</summary>
    Number,
}
