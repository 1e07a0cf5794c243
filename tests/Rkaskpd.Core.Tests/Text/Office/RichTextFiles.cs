using System.Globalization;
using System.Text;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Writes form text as a Rich Text Format file the way Word and LibreOffice write one: a header with font,
/// colour and style tables and ignorable destinations, each line a paragraph (or, for a line with tabs, a table row of
/// its cells), characters outside ASCII as <c>\'hh</c> where Windows-1252 has them and as <c>\uN</c> with a <c>?</c>
/// fallback where it does not.</summary>
internal static class RichTextFiles
{
    private const string Header =
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1057{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\froman\\fcharset2 Symbol;}}\r\n"
        + "{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0\\fs20 Normal;}}{\\*\\generator Rkaskpd tests;}"
        + "{\\info{\\title RKA-SKPD 2.2.1}{\\author Bappeda}}\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\r\n"
        + "{\\header\\pard\\plain\\qr\\fs16 Halaman {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\r\n";

    /// <summary>The text as an RTF file's bytes.</summary>
    /// <param name="text">The form text, lines ended by <c>'\n'</c>.</param>
    /// <param name="tables">Whether lines with tabs are table rows (else paragraphs with <c>\tab</c>).</param>
    public static byte[] Rtf(string text, bool tables)
    {
        var rtf = new StringBuilder(Header);
        string[] lines = text.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split('\n');
        int count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (int i = 0; i < count; i++)
        {
            string line = lines[i];
            if (tables && line.Contains('\t', System.StringComparison.Ordinal))
            {
                string[] cells = line.Split('\t');
                rtf.Append("\\trowd\\trgaph70");
                for (int c = 0; c < cells.Length; c++)
                {
                    rtf.Append("\\cellx").Append(((c + 1) * 1500).ToString(CultureInfo.InvariantCulture));
                }

                rtf.Append("\r\n");
                foreach (string cell in cells)
                {
                    rtf.Append("\\pard\\plain\\intbl\\fs20 {");
                    Escape(cell, rtf);
                    rtf.Append("}\\cell\r\n");
                }

                rtf.Append("\\row\r\n");
                continue;
            }

            rtf.Append("\\pard\\plain\\fs20 {");
            Escape(line, rtf);
            rtf.Append("}\\par\r\n");
        }

        rtf.Append('}');
        return Encoding.ASCII.GetBytes(rtf.ToString());
    }

    /// <summary>Appends text escaped as RTF writers escape it.</summary>
    public static void Escape(string text, StringBuilder rtf)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\' or '{' or '}':
                    rtf.Append('\\').Append(c);
                    break;
                case '\t':
                    rtf.Append("\\tab ");
                    break;
                case '\u00A0':
                    rtf.Append("\\~");
                    break;
                case < '\u0080':
                    rtf.Append(c);
                    break;
                default:
                    byte[] cp1252 = Rkaskpd.Text.Decoding.Windows1252Encoding.Instance.GetBytes(c.ToString());
                    if (cp1252[0] != (byte)'?')
                    {
                        rtf.Append("\\'").Append(cp1252[0].ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        rtf.Append("\\u").Append(((short)c).ToString(CultureInfo.InvariantCulture)).Append("\\'3f");
                    }

                    break;
            }
        }
    }
}
