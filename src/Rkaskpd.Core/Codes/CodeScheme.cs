namespace Rkaskpd.Codes;

/// <summary>
/// The two classification schemes whose codes the budget documents carry: Permendagri 13/2006 (to TA 2020) and
/// Permendagri 90/2019 (from TA 2021, as SIPD prints it; updated by Kepmendagri 050-3708/2020 and 050-5889/2021).
/// </summary>
/// <remarks>
/// Each code type tells its scheme (<c>Scheme</c>); <see cref="CodeSchemeDetector"/> tells it from a code's text.
/// The two schemes share some shapes (<c>3.05</c> is a 13/2006 urusan and a 90/2019 bidang urusan), so a scheme is
/// told only where the shape settles it.
/// </remarks>
public enum CodeScheme
{
    /// <summary>Not told: the value of <see langword="default"/>, or a shape both schemes share, or neither has.</summary>
    None = 0,

    /// <summary>Permendagri 13/2006: urusan <c>3.05</c>, organisasi <c>3.05.09</c>, program <c>3.05.3.05.09.01</c>,
    /// kegiatan <c>3.05.3.05.09.01.021</c>; kode rekening in five levels (<c>5.2.2.01.01</c>).</summary>
    Permendagri13 = 1,

    /// <summary>Permendagri 90/2019: urusan <c>1</c>, bidang urusan <c>1.02</c>, program <c>1.02.02</c>, kegiatan
    /// <c>1.02.02.2.02</c>, sub kegiatan <c>1.02.02.2.02.0001</c>, SKPD <c>1.02.0.00.0.00.01.0000</c>; kode rekening in
    /// six levels (<c>5.1.02.01.01.0052</c>).</summary>
    Permendagri90 = 2,
}
