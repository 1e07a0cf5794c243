namespace Rkaskpd.Forms;

/// <summary>
/// The kinds of row in the <c>Indikator &amp; Tolok Ukur Kinerja</c> table (performance indicators) of an RKA-SKPD
/// 2.2.1 form. Every form has one row of each kind.
/// </summary>
public enum IndicatorKind
{
    /// <summary><c>Capaian Program</c>: the program outcome the activity contributes to.</summary>
    CapaianProgram = 0,

    /// <summary><c>Masukan</c> (input): the funds; its target is the year-n amount.</summary>
    Masukan = 1,

    /// <summary><c>Keluaran</c> (output): what the activity produces.</summary>
    Keluaran = 2,

    /// <summary><c>Hasil</c> (outcome): the result the activity achieves.</summary>
    Hasil = 3,

    /// <summary><c>Capaian Kegiatan</c> (the activity's achievement), the first row of the indicator table of SIPD-era
    /// forms.</summary>
    CapaianKegiatan = 4,
}
