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
}
