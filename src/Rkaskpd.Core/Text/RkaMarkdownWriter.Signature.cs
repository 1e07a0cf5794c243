using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The signature block of <see cref="RkaMarkdownWriter"/>.</summary>
public static partial class RkaMarkdownWriter
{
    /// <summary>Writes the signature block, when the form has one, as <c>### Tanda Tangan</c> with one line a part.</summary>
    private static void WriteTandaTangan(TandaTangan? signature, TextWriter writer)
    {
        if (signature is null)
        {
            return;
        }

        writer.Write("### Tanda Tangan\n\n");
        if (signature.Tempat is not null || signature.Tanggal is not null)
        {
            MarkdownText.WriteCell((signature.Tempat ?? string.Empty) + ", " + (signature.Tanggal ?? string.Empty), writer);
            writer.Write("  \n");
        }

        foreach (string? line in (string?[])[signature.Jabatan, signature.Nama, signature.Pangkat])
        {
            if (line is not null)
            {
                MarkdownText.WriteCell(line, writer);
                writer.Write("  \n");
            }
        }

        writer.Write("NIP. ");
        MarkdownText.WriteCell(signature.Nip ?? string.Empty, writer);
        writer.Write("\n\n");
    }
}
