namespace Rkaskpd.Codes;

/// <summary>The level of a Permendagri 13/2006 budget code, told apart by its number of parts.</summary>
public enum CodeLevel
{
    /// <summary>No level: the value of <see langword="default"/>, never reported for a recognised code.</summary>
    None = 0,

    /// <summary>An <c>urusan</c> code, 2 parts (<c>3.05</c>); see <see cref="UrusanCode"/>.</summary>
    Urusan = 2,

    /// <summary>An <c>organisasi</c> code, 3 parts (<c>3.05.09</c>); see <see cref="OrganisasiCode"/>.</summary>
    Organisasi = 3,

    /// <summary>A program code, 6 parts (<c>3.05.3.05.09.01</c>); see <see cref="ProgramCode"/>.</summary>
    Program = 6,

    /// <summary>A <c>kegiatan</c> code, 7 parts (<c>3.05.3.05.09.01.021</c>); see <see cref="KegiatanCode"/>.</summary>
    Kegiatan = 7,
}
