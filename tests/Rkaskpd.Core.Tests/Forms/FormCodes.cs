using Rkaskpd.Codes;

namespace Rkaskpd.Tests.Forms;

/// <summary>The codes of one form, agreeing with each other: kegiatan under program under organisasi.</summary>
/// <param name="Urusan">The header's urusan: the program's or (for an SKPD running another affair) the organisasi's.</param>
/// <param name="Organisasi">The organisasi.</param>
/// <param name="Program">The program, under <paramref name="Organisasi"/>.</param>
/// <param name="Kegiatan">The kegiatan, under <paramref name="Program"/>.</param>
public sealed record FormCodes(UrusanCode Urusan, OrganisasiCode Organisasi, ProgramCode Program, KegiatanCode Kegiatan);
