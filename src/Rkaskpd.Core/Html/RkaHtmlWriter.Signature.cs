using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Html;

/// <summary>The signature block of <see cref="RkaHtmlWriter"/>.</summary>
public static partial class RkaHtmlWriter
{
    private const string Dots = "…………………";

    /// <summary>
    /// Writes the signature block at the foot of a form, on the right as the official forms print it: place and date,
    /// jabatan, room to sign, the name (underlined), the pangkat when the form has it, and the NIP. A part the form does not carry is left as a dotted line
    /// to fill in by hand (<c>Kepala SKPD</c> for the jabatan, as the 13/2006 form prints it), so a form without a
    /// signature prints blank lines to sign.
    /// </summary>
    private static void WriteTandaTangan(TextWriter writer, TandaTangan? signature)
    {
        writer.Write("<div class=\"ttd block\"><div>");
        HtmlText.Write(writer, signature?.Tempat ?? Dots);
        writer.Write(", ");
        HtmlText.Write(writer, signature?.Tanggal ?? Dots);
        writer.Write("</div>\n<div class=\"jabatan\">");
        HtmlText.Write(writer, signature?.Jabatan ?? "Kepala SKPD");
        writer.Write("</div>\n<div class=\"sign\"></div>\n<div class=\"nama\">");
        HtmlText.Write(writer, signature?.Nama ?? "(" + Dots + Dots + ")");
        if (signature?.Pangkat is { } pangkat)
        {
            writer.Write("</div>\n<div class=\"pangkat\">");
            HtmlText.Write(writer, pangkat);
        }

        writer.Write("</div>\n<div>NIP. ");
        HtmlText.Write(writer, signature?.Nip ?? Dots + Dots);
        writer.Write("</div></div>\n");
    }
}
