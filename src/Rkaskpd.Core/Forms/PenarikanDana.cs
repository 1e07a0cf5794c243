namespace Rkaskpd.Forms;

/// <summary>One row of a DPA's <c>Rencana Penarikan Dana</c> (disbursement plan): the period and the amount planned to
/// be drawn in it.</summary>
/// <param name="Periode">The period as written: a month (<c>Januari</c>, <c>Pebruari</c>) or a quarter
/// (<c>Triwulan II</c>).</param>
/// <param name="Jumlah">The amount planned for the period (<c>Rp. -</c> and <c>Rp. 0,00</c> are zero).</param>
public sealed record PenarikanDana(string Periode, Rupiah Jumlah);
