namespace Rkaskpd.Codes;

/// <summary>
/// The level of a <see cref="RekeningCode"/> (kode rekening, account code), told by its number of parts: 13/2006 codes
/// go down to <see cref="RincianObjek"/> (<c>5.2.2.01.01</c>), 90/2019 codes to <see cref="SubRincianObjek"/>
/// (<c>5.1.02.01.01.0052</c>).
/// </summary>
public enum RekeningLevel
{
    /// <summary>No level: never reported by a <see cref="RekeningCode"/>.</summary>
    None = 0,

    /// <summary>The <c>akun</c>, 1 part (<c>5</c> belanja).</summary>
    Akun = 1,

    /// <summary>The <c>kelompok</c>, 2 parts (<c>5.2</c>: belanja langsung in 13/2006, belanja modal in 90/2019).</summary>
    Kelompok = 2,

    /// <summary>The <c>jenis</c>, 3 parts (<c>5.2.2</c> in 13/2006, <c>5.1.02</c> in 90/2019).</summary>
    Jenis = 3,

    /// <summary>The <c>objek</c>, 4 parts (<c>5.2.2.01</c>, <c>5.1.02.01</c>).</summary>
    Objek = 4,

    /// <summary>The <c>rincian objek</c>, 5 parts (<c>5.2.2.01.01</c>, <c>5.1.02.01.01</c>).</summary>
    RincianObjek = 5,

    /// <summary>The <c>sub rincian objek</c>, 6 parts, 90/2019 only (<c>5.1.02.01.01.0052</c>).</summary>
    SubRincianObjek = 6,
}
