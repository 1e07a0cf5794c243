using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;

namespace Rkaskpd.Tests.Text.HtmlPage;

/// <summary>The markup styles <see cref="HtmlPageTransform"/> writes a page in.</summary>
public enum HtmlPageStyle
{
    /// <summary>Pretty-printed: one tag a line, indented, cell text on lines of its own (white space to collapse).</summary>
    Pretty,

    /// <summary>Minified onto one line, <c>&lt;br&gt;</c> inside multi-line cells, numeric entities for some characters.</summary>
    Minified,

    /// <summary>Paragraphs inside cells (<c>&lt;p&gt;</c> per line of a multi-line cell), <c>thead</c>/<c>tbody</c>,
    /// <c>th</c> in the first row, a hidden block of junk.</summary>
    Paragraphs,

    /// <summary>Saved from Word as a web page: Office namespaces, conditional comments, <c>MsoNormal</c> paragraphs
    /// with spans and <c>o:p</c>, source lines wrapped inside the text.</summary>
    Word,
}

/// <summary>
/// Writes tab-separated form text as an HTML page whose text, as a browser copies it, is that text again (for the
/// metamorphic properties of the HTML stage): every line is a table row and its tab cells the row's cells, with a head
/// (title, meta charset, a style sheet and a script holding markup), a comment, entities and <c>colspan</c>. A space a
/// browser would collapse or trim (at a cell's start or end, or after another space) is written as <c>&amp;nbsp;</c>,
/// as a page must to show it. With <c>multiLineCells</c>, up to three consecutive lines of one cell each become one cell
/// with line breaks inside (<c>&lt;br&gt;</c> or paragraphs, by style), so the lines stay the same.
/// </summary>
internal static class HtmlPageTransform
{
    /// <summary>Writes <paramref name="text"/> as a page.</summary>
    /// <param name="text">Tab-separated text, lines ended by LF or CR LF.</param>
    /// <param name="style">The markup style.</param>
    /// <param name="multiLineCells">Whether to join consecutive one-cell lines into multi-line cells.</param>
    /// <returns>The page.</returns>
    public static string ToHtml(string text, HtmlPageStyle style, bool multiLineCells)
    {
        List<string> lines = [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        List<List<string>> rows = [];
        for (int i = 0; i < lines.Count; i++)
        {
            int joined = 1;
            while (multiLineCells && joined < 3 && i + joined < lines.Count && IsOneCell(lines[i]) && IsOneCell(lines[i + joined]))
            {
                joined++;
            }

            rows.Add(joined > 1 ? [string.Join("\n", lines.GetRange(i, joined))] : [.. lines[i].Split('\t')]);
            i += joined - 1;
        }

        int width = rows.Count == 0 ? 1 : rows.Max(r => r.Count);
        var page = new StringBuilder(text.Length * 3);
        bool pretty = style == HtmlPageStyle.Pretty;
        page.Append(Start(style));
        page.Append(pretty ? "\n<table border=\"1\" class=\"rka\">\n" : "<table border=\"1\" class=\"rka\">");
        if (style == HtmlPageStyle.Paragraphs)
        {
            page.Append("<thead>");
        }

        for (int r = 0; r < rows.Count; r++)
        {
            if (style == HtmlPageStyle.Paragraphs && r == 1)
            {
                page.Append("</thead><tbody>");
            }

            page.Append(pretty ? "  <tr>\n" : "<tr>");
            List<string> cells = rows[r];
            for (int c = 0; c < cells.Count; c++)
            {
                string tag = style == HtmlPageStyle.Paragraphs && r == 0 ? "th" : "td";
                int span = c == cells.Count - 1 ? width - c : 1;
                page.Append(pretty ? "    <" : "<").Append(tag);
                if (span > 1)
                {
                    page.Append(" colspan=\"").Append(span).Append('"');
                }

                page.Append(style == HtmlPageStyle.Word
                    ? " width=200 valign=top style='width:150.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                    : " class=\"cell\" style=\"vertical-align: top\">");
                page.Append(Cell(cells[c], style));
                page.Append(pretty ? "\n    </" : "</").Append(tag).Append(pretty ? ">\n" : ">");
            }

            page.Append(pretty ? "  </tr>\n" : "</tr>");
        }

        if (style == HtmlPageStyle.Paragraphs)
        {
            page.Append("</tbody>");
        }

        page.Append("</table>");
        page.Append(style switch
        {
            HtmlPageStyle.Paragraphs => "<div style=\"display: none\"><p>Jumlah Tahun 2099 : 1,00 (SATU RUPIAH)</p><div>Urusan Pemerintahan : 9.99 TERSEMBUNYI</div></div>",
            HtmlPageStyle.Word => "\r\n<p class=MsoNormal><o:p></o:p></p>\r\n</div>",
            _ => string.Empty,
        });
        page.Append(pretty ? "\n</body>\n</html>\n" : "</body></html>");
        return page.ToString();
    }

    /// <summary>A cell's text as markup: encoded, spaces a browser would drop kept as <c>&amp;nbsp;</c>, line breaks
    /// as the style writes them.</summary>
    private static string Cell(string cell, HtmlPageStyle style)
    {
        string[] parts = [.. cell.Split('\n').Select(part => Encode(part, style))];
        return style switch
        {
            HtmlPageStyle.Pretty => "\n      " + string.Join("<br>\n      ", parts),
            HtmlPageStyle.Minified => string.Join("<br/>", parts),
            HtmlPageStyle.Paragraphs => parts.Length == 1 ? parts[0] : string.Concat(parts.Select(p => "<p class=\"baris\">" + p + "</p>")),
            _ => string.Concat(parts.Select(p => "\r\n  <p class=MsoNormal><span lang=IN style='font-size:10.0pt;\r\n  font-family:\"Arial\",sans-serif'>" + p + "<o:p></o:p></span></p>")),
        };
    }

    private static string Encode(string text, HtmlPageStyle style)
    {
        var encoded = new StringBuilder(text.Length + 16);
        int wordSpaces = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ')
            {
                bool dropped = i == 0 || i == text.Length - 1 || text[i - 1] == ' ' || text[i + 1] == ' ';
                if (dropped)
                {
                    encoded.Append("&nbsp;");
                }
                else if (style == HtmlPageStyle.Word && ++wordSpaces % 6 == 0)
                {
                    encoded.Append("\r\n"); // Word wraps its source lines inside the text
                }
                else
                {
                    encoded.Append(' ');
                }

                continue;
            }

            encoded.Append(style switch
            {
                HtmlPageStyle.Minified when c is ':' or '.' => "&#" + (int)c + ";",
                HtmlPageStyle.Minified when c == 'A' => "&#x41;",
                HtmlPageStyle.Paragraphs when c == ',' => "&#x2C;",
                _ when char.IsSurrogate(c) => c.ToString(),
                _ when c == '\u2013' => "&ndash;",
                _ => WebUtility.HtmlEncode(c.ToString()),
            });
        }

        return encoded.ToString();
    }

    private static string Start(HtmlPageStyle style) => style switch
    {
        HtmlPageStyle.Word =>
            "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
            + "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\r\nxmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n<head>\r\n"
            + "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\r\n<meta name=ProgId content=Word.Document>\r\n"
            + "<title>RKA SKPD 2.2.1</title>\r\n<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:View>Print</w:View>\r\n"
            + " </w:WordDocument>\r\n</xml><![endif]-->\r\n<style>\r\n<!--\r\n p.MsoNormal\r\n\t{margin:0cm;\r\n\tfont-size:11.0pt;}\r\n-->\r\n"
            + "</style>\r\n</head>\r\n\r\n<body lang=EN-US style='tab-interval:36.0pt'>\r\n\r\n<div class=WordSection1>\r\n\r\n",
        HtmlPageStyle.Pretty =>
            "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>RKA-SKPD 2.2.1 &#8211; Cetak</title>\n"
            + "  <style>\n    td { border: 1px solid #000; }\n    td > p::before { content: \"<td>\"; }\n  </style>\n"
            + "  <script>\n    var row = \"<tr><td>bukan teks</td></tr>\"; if (a < b && c > d) { row = '</td>'; }\n  </script>\n"
            + "</head>\n<body>\n<!-- dicetak dari SIMDA <table><tr><td>x</td></tr></table> -->",
        _ =>
            "<!doctype html><html><head><meta charset=utf-8><title>RKA &amp; DPA</title><style>td{padding:2px}</style>"
            + "<script type=\"text/javascript\">document.write('<tr><td>x</td></tr>');</script></head><body class=\"cetak\">"
            + "<!-- halaman 1 --><script>if(1<2){}</script>",
    };

    private static bool IsOneCell(string line) => line.Trim().Length > 0 && !line.Contains('\t', StringComparison.Ordinal);
}
