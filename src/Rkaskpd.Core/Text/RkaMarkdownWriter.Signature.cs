using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The closing parts of <see cref="RkaMarkdownWriter"/>: a DPA's disbursement plan and the signature block.</summary>
public static partial class RkaMarkdownWriter
{
    /// <summary>Writes a DPA's <c>Rencana Penarikan Dana</c>, when the form has one, as a <c>###</c> heading of its title
    /// and one line a period (<c>Januari Rp. 0,00</c>), then its <c>Jumlah</c>.</summary>
    private static void WriteRencanaPenarikan(RencanaPenarikanDana? plan, TextWriter writer)
    {
        if (plan is null)
        {
            return;
        }

        writer.Write("### ");
        MarkdownText.WriteCell(plan.Title, writer);
        writer.Write("\n\n");
        foreach (PenarikanDana period in plan.Periode)
        {
            MarkdownText.WriteCell(period.Periode, writer);
            writer.Write(" Rp. ");
            writer.Write(period.Jumlah.ToString());
            writer.Write("  \n");
        }

        if (plan.Jumlah is { } jumlah)
        {
            writer.Write("Jumlah Rp. ");
            writer.Write(jumlah.ToString());
            writer.Write('\n');
        }

        writer.Write('\n');
    }

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
