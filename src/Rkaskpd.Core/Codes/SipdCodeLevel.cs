namespace Rkaskpd.Codes;

/// <summary>The level of a Permendagri 90/2019 code, told apart by its number of parts (the value is the part count).</summary>
public enum SipdCodeLevel
{
    /// <summary>No level: the value of <see langword="default"/>, and of a 13/2006 code's normalisation.</summary>
    None = 0,

    /// <summary>An urusan code, 1 part (<c>1</c>); see <see cref="SipdUrusanCode"/>.</summary>
    Urusan = 1,

    /// <summary>A bidang urusan code, 2 parts (<c>1.02</c>); see <see cref="BidangUrusanCode"/>.</summary>
    BidangUrusan = 2,

    /// <summary>A program code, 3 parts (<c>1.02.02</c>); see <see cref="SipdProgramCode"/>.</summary>
    Program = 3,

    /// <summary>A kegiatan code, 5 parts (<c>1.02.02.2.02</c>); see <see cref="SipdKegiatanCode"/>.</summary>
    Kegiatan = 5,

    /// <summary>A sub kegiatan code, 6 parts (<c>1.02.02.2.02.0001</c>); see <see cref="SubKegiatanCode"/>.</summary>
    SubKegiatan = 6,

    /// <summary>An SKPD or unit code, 8 parts (<c>1.02.0.00.0.00.01.0000</c>); see <see cref="SkpdCode"/>.</summary>
    Skpd = 8,
}
