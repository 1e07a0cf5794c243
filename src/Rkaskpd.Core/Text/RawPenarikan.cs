using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>A DPA's <c>Rencana Penarikan Dana</c> as the reader read it: the plan and the lines of its title and of its
/// <c>Jumlah</c> row (0 when it printed none), for <see cref="RkaReadResult.LineOf"/>.</summary>
internal sealed record RawPenarikan(int Line, int JumlahLine, RencanaPenarikanDana Plan);
