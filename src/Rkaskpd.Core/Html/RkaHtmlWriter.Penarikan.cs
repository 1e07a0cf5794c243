using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Html;

/// <summary>The disbursement plan of <see cref="RkaHtmlWriter"/>.</summary>
public static partial class RkaHtmlWriter
{
    /// <summary>Writes a DPA's <c>Rencana Penarikan Dana</c> after the rincian, when the form has one: its title as a
    /// caption and a table of one row a period (the period, the amount) and its <c>Jumlah</c> row.</summary>
    private static void WriteRencanaPenarikan(TextWriter writer, RencanaPenarikanDana? plan)
    {
        if (plan is null)
        {
            return;
        }

        writer.Write("<div class=\"caption\">");
        HtmlText.Write(writer, plan.Title);
        writer.Write("</div>\n<table class=\"section-table penarikan\"><colgroup><col style=\"width:30%\"><col style=\"width:30%\"></colgroup>\n<tbody>\n");
        foreach (PenarikanDana period in plan.Periode)
        {
            writer.Write("<tr><td>");
            HtmlText.Write(writer, period.Periode);
            writer.Write("</td><td class=\"num\">Rp. ");
            writer.Write(period.Jumlah.ToString());
            writer.Write("</td></tr>\n");
        }

        if (plan.Jumlah is { } jumlah)
        {
            writer.Write("<tr><td>Jumlah</td><td class=\"num\">Rp. ");
            writer.Write(jumlah.ToString());
            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
    }
}
