using Rkaskpd.Codes;

namespace Rkaskpd.Forms;

/// <summary>
/// The budget codes of a form's header typed under the Permendagri 90/2019 scheme (SIPD-era forms): each is null where
/// the header has no such field or its code does not parse under that scheme.
/// </summary>
/// <param name="Urusan">The urusan (<c>1</c>).</param>
/// <param name="BidangUrusan">The bidang urusan (<c>1.02</c>).</param>
/// <param name="Program">The program (<c>1.02.02</c>).</param>
/// <param name="Kegiatan">The kegiatan (<c>1.02.02.2.02</c>).</param>
/// <param name="SubKegiatan">The sub kegiatan (<c>1.02.02.2.02.0001</c>).</param>
/// <param name="Organisasi">The SKPD (<c>1.02.0.00.0.00.01.0000</c>).</param>
/// <param name="UnitOrganisasi">The unit (<c>1.02.0.00.0.00.01.0001</c>).</param>
/// <param name="SubUnitOrganisasi">The sub unit.</param>
public sealed record SipdCodes(
    SipdUrusanCode? Urusan,
    BidangUrusanCode? BidangUrusan,
    SipdProgramCode? Program,
    SipdKegiatanCode? Kegiatan,
    SubKegiatanCode? SubKegiatan,
    SkpdCode? Organisasi,
    SkpdCode? UnitOrganisasi,
    SkpdCode? SubUnitOrganisasi)
{
    /// <summary>Types the codes of a header under the 90/2019 scheme, repairing the spellings
    /// <see cref="CodeNormalizer"/> repairs.</summary>
    /// <param name="header">The header.</param>
    /// <returns>The typed codes.</returns>
    public static SipdCodes From(FormHeader header)
    {
        System.ArgumentNullException.ThrowIfNull(header);
        return new SipdCodes(
            CodeNormalizer.TryNormalizeSipdUrusan(header.Urusan.CodeText, out SipdUrusanCode urusan, out _) ? urusan : null,
            header.BidangUrusan?.Code ?? (CodeNormalizer.TryNormalizeBidangUrusan(header.BidangUrusan?.CodeText, out BidangUrusanCode bidang, out _) ? bidang : null),
            CodeNormalizer.TryNormalizeSipdProgram(header.Program.CodeText, out SipdProgramCode program, out _) ? program : null,
            CodeNormalizer.TryNormalizeSipdKegiatan(header.Kegiatan.CodeText, out SipdKegiatanCode kegiatan, out _) ? kegiatan : null,
            header.SubKegiatan?.Code,
            CodeNormalizer.TryNormalizeSkpd(header.Organisasi.CodeText, out SkpdCode skpd, out _) ? skpd : null,
            header.UnitOrganisasi?.Code,
            header.SubUnitOrganisasi?.Code);
    }
}
