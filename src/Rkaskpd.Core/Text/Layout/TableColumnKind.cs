namespace Rkaskpd.Text.Layout;

/// <summary>What a column of a <see cref="TableColumns"/> holds, which decides how its cells are placed and joined.</summary>
internal enum TableColumnKind
{
    /// <summary>The kode rekening.</summary>
    Kode,

    /// <summary>The uraian.</summary>
    Uraian,

    /// <summary>Other text: koefisien, satuan, penjelasan.</summary>
    Text,

    /// <summary>A volume (a 13/2006 table's <c>Volume</c>), with a satuan column after it: a print that set the
    /// volume and the satuan one space apart (<c>12 OB</c>) gives both in one cell.</summary>
    Volume,

    /// <summary>A number: harga, PPN, jumlah, the difference.</summary>
    Number,
}
