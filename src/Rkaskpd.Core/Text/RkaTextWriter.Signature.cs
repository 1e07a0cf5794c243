using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The signature block of <see cref="RkaTextWriter"/>.</summary>
public static partial class RkaTextWriter
{
    /// <summary>Writes the form's signature block as the reader reads it back: a blank line, <c>Place, Date</c> (or
    /// <c>Mengetahui,</c> when the form names neither), the jabatan, the name, the pangkat and <c>NIP. &lt;number&gt;</c>,
    /// each on its own line; nothing when the form has none.</summary>
    private static void WriteTandaTangan(TandaTangan? signature, TextWriter writer)
    {
        if (signature is null)
        {
            return;
        }

        writer.Write('\n');
        if (signature.Tempat is null && signature.Tanggal is null)
        {
            writer.Write("Mengetahui,\n");
        }
        else
        {
            WriteCell(signature.Tempat ?? string.Empty, writer);
            writer.Write(", ");
            WriteCell(signature.Tanggal ?? string.Empty, writer);
            writer.Write('\n');
        }

        foreach (string? line in (string?[])[signature.Jabatan, signature.Nama, signature.Pangkat])
        {
            if (line is not null)
            {
                WriteCell(line, writer);
                writer.Write('\n');
            }
        }

        writer.Write("NIP. ");
        WriteCell(signature.Nip ?? string.Empty, writer);
        writer.Write('\n');
    }
}
