namespace Rkaskpd.Text;

/// <summary>The cells of a perubahan rincian row beside its Setelah Perubahan cells, as written.</summary>
/// <param name="VolumeText">The Sebelum Perubahan <c>volume</c>; empty if none.</param>
/// <param name="Satuan">The Sebelum Perubahan <c>satuan</c>; empty if none.</param>
/// <param name="HargaSatuanText">The Sebelum Perubahan <c>harga satuan</c>; empty if none.</param>
/// <param name="JumlahText">The Sebelum Perubahan <c>jumlah</c>; empty if none.</param>
/// <param name="SelisihText">The <c>Bertambah/(Berkurang)</c> amount; empty if none.</param>
/// <param name="Penjelasan">The <c>penjelasan</c> (explanation) text after the numbers; empty if none.</param>
internal sealed record RawRincianPerubahan(
    string VolumeText,
    string Satuan,
    string HargaSatuanText,
    string JumlahText,
    string SelisihText,
    string Penjelasan);
