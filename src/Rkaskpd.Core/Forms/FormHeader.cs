using System.Text.Json.Serialization;
using Rkaskpd.Codes;

namespace Rkaskpd.Forms;

/// <summary>
/// The header of an RKA-SKPD 2.2.1 form: the regional government, the fiscal year, the budget-code hierarchy
/// (<c>urusan</c>, <c>organisasi</c>, <c>program</c>, <c>kegiatan</c>) with each code and name as written, and the
/// location of the activity.
/// </summary>
public sealed record FormHeader
{
    /// <summary>Gets the <c>pemerintah daerah</c> (regional government) as written, e.g. <c>PEMERINTAH KABUPATEN LUMAJANG</c>.</summary>
    public string? PemerintahDaerah { get; init; }

    /// <summary>Gets the <c>tahun anggaran</c> (fiscal year, 1 January – 31 December), or null when the form does not say.</summary>
    public int? TahunAnggaran { get; init; }

    /// <summary>Gets the <c>urusan pemerintahan</c> (government affair), e.g. <c>3.05 PEMERINTAHAN UMUM</c>.</summary>
    [JsonRequired]
    public HeaderField<UrusanCode> Urusan { get; init; } = HeaderField.Missing<UrusanCode>();

    /// <summary>Gets the <c>organisasi</c> (the SKPD, the unit), e.g. <c>3.05.09 KECAMATAN LUMAJANG</c>.</summary>
    [JsonRequired]
    public HeaderField<OrganisasiCode> Organisasi { get; init; } = HeaderField.Missing<OrganisasiCode>();

    /// <summary>Gets the <c>program</c>, e.g. <c>3.05.3.05.09.01 PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN</c>.</summary>
    [JsonRequired]
    public HeaderField<ProgramCode> Program { get; init; } = HeaderField.Missing<ProgramCode>();

    /// <summary>Gets the <c>kegiatan</c> (activity) the form is for, e.g. <c>3.05.3.05.09.01.021 Pelayanan ...</c>.</summary>
    [JsonRequired]
    public HeaderField<KegiatanCode> Kegiatan { get; init; } = HeaderField.Missing<KegiatanCode>();

    /// <summary>Gets the <c>lokasi kegiatan</c> (where the activity takes place), or null when the form does not say.</summary>
    public string? Lokasi { get; init; }

    /// <summary>Gets the label of the <c>Lokasi Kegiatan</c> field as written when it is not a known spelling of the label (a slip such
    /// as <c>Lokassi Kegiatan</c>, which the rule <c>RKA402</c> reports); null when it is the canonical label or a known variant,
    /// or the form has no such field.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LokasiLabel { get; init; }

    /// <summary>Gets the <c>Bidang Urusan</c> (affair field, SIPD-era forms), e.g. <c>1.02 URUSAN PEMERINTAHAN BIDANG
    /// KESEHATAN</c>, or null when the form has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HeaderField<BidangUrusanCode>? BidangUrusan { get; init; }

    /// <summary>Gets the <c>Unit</c> / <c>Unit Organisasi</c> (the unit under the SKPD), e.g.
    /// <c>1.02.0.00.0.00.01.0001 PUSKESMAS CONTOH</c>, or null when the form has none.</summary>
    /// <remarks>On SIMDA forms that name no <c>Organisasi</c>, the <c>Unit Organisasi</c> is read as the organisasi
    /// (as before) and this stays null.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HeaderField<SkpdCode>? UnitOrganisasi { get; init; }

    /// <summary>Gets the <c>Sub Unit Organisasi</c>, or null when the form has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HeaderField<SkpdCode>? SubUnitOrganisasi { get; init; }

    /// <summary>Gets the <c>Sub Kegiatan</c> the SIPD-era form is for, e.g. <c>1.02.02.2.02.0001 Pengelolaan Pelayanan
    /// Kesehatan Ibu Hamil</c>, or null when the form has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HeaderField<SubKegiatanCode>? SubKegiatan { get; init; }

    /// <summary>Gets the <c>Sasaran Program</c> (the program's objective), or null when the form has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SasaranProgram { get; init; }

    /// <summary>Gets the label of the <c>Sasaran Program</c> field as written when it is not a known spelling of the label (a slip such
    /// as <c>Sasaran Progam</c>, which the rule <c>RKA402</c> reports); null when it is the canonical label or a known variant,
    /// or the form has no such field.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SasaranProgramLabel { get; init; }

    /// <summary>Gets the <c>Sumber Pendanaan</c> / <c>Sumber Dana</c> (source of funds), or null when the form has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SumberPendanaan? SumberPendanaan { get; init; }

    /// <summary>Gets the label of the <c>Sumber Pendanaan</c> field as written when it is not a known spelling of the label (a slip such
    /// as <c>Sumber Pendanan</c>, which the rule <c>RKA402</c> reports); null when it is the canonical label or a known variant,
    /// or the form has no such field.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SumberPendanaanLabel { get; init; }

    /// <summary>Gets the <c>Waktu Pelaksanaan</c> header field as written (e.g. <c>Januari s.d. Desember</c>), or null
    /// when the form has none; the KAK's schedule is read from its Mekanisme section.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WaktuPelaksanaan { get; init; }

    /// <summary>Gets the label of the <c>Waktu Pelaksanaan</c> field as written when it is not a known spelling of the label (a slip such
    /// as <c>Waktu Pelaksanan</c>, which the rule <c>RKA402</c> reports); null when it is the canonical label or a known variant,
    /// or the form has no such field.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WaktuPelaksanaanLabel { get; init; }

    /// <summary>Gets the <c>Keluaran Sub Kegiatan</c> (the sub kegiatan's output and its target) as written, or null
    /// when the form has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? KeluaranSubKegiatan { get; init; }

    /// <summary>Gets the label of the <c>Keluaran Sub Kegiatan</c> field as written when it is not a known spelling of the label (a slip such
    /// as <c>Keluaran Sub Kegiatn</c>, which the rule <c>RKA402</c> reports); null when it is the canonical label or a known variant,
    /// or the form has no such field.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? KeluaranSubKegiatanLabel { get; init; }

    /// <summary>Gets the shared header codes (urusan, program, kegiatan, organisasi) read under the Permendagri 90/2019
    /// scheme, with the SIPD-only codes; each is null where it does not parse under that scheme.</summary>
    /// <remarks>The four shared fields keep the 13/2006 types (their <see cref="HeaderField{TCode}.Code"/> is null on an
    /// SIPD form, their text is as written); this view types them for SIPD-era forms.</remarks>
    [JsonIgnore]
    public SipdCodes Sipd => SipdCodes.From(this);
}
