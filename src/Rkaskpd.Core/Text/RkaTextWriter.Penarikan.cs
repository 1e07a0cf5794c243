using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The disbursement plan of <see cref="RkaTextWriter"/>.</summary>
public static partial class RkaTextWriter
{
    /// <summary>Writes a DPA's <c>Rencana Penarikan Dana</c> as the reader reads it back: a blank line, its title, then
    /// one row a period (<c>Januari&#9;Rp. 0,00</c>) and its <c>Jumlah</c> row when it has one; nothing when the form
    /// has no plan.</summary>
    private static void WriteRencanaPenarikan(RencanaPenarikanDana? plan, TextWriter writer)
    {
        if (plan is null)
        {
            return;
        }

        writer.Write('\n');
        WriteCell(plan.Title, writer);
        writer.Write('\n');
        foreach (PenarikanDana period in plan.Periode)
        {
            WriteCell(period.Periode, writer);
            writer.Write("\tRp. ");
            writer.Write(period.Jumlah.ToString());
            writer.Write('\n');
        }

        if (plan.Jumlah is { } jumlah)
        {
            writer.Write("Jumlah\tRp. ");
            writer.Write(jumlah.ToString());
            writer.Write('\n');
        }
    }
}
