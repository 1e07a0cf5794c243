namespace Rkaskpd.Forms;

/// <summary>
/// The print template a form follows: it decides which header fields and amount rows a form has, and which validation
/// rules apply to it (see <see cref="FormTemplates"/>).
/// </summary>
public enum FormTemplate
{
    /// <summary>
    /// The Permendagri 13/2006 form RKA-SKPD 2.2.1, one per <c>kegiatan</c>, with <c>Jumlah Tahun</c> rows for years
    /// n-1, n and n+1 and their terbilang (the seed's template).
    /// </summary>
    Rka221 = 0,

    /// <summary>
    /// The SIPD-era (Permendagri 90/2019 codes, Permendagri 77/2020 forms) <c>RKA - RINCIAN BELANJA SKPD</c> print, one
    /// per <c>sub kegiatan</c>, with <c>Alokasi Tahun</c> (or <c>Jumlah</c>) rows and no terbilang.
    /// </summary>
    SipdRincianBelanja = 1,
}
