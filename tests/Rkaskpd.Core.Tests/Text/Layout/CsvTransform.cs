using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>
/// Writes tab-separated form text as a spreadsheet saves it as CSV, for the metamorphic properties of the CSV stage:
/// each line split on tabs is one record, padded with empty fields to the sheet's width (the most cells of any line);
/// a field is quoted only when it holds the delimiter, a quote or a line break (a quote doubled inside); records end
/// in CR LF. With <c>multiLineCells</c>, two consecutive lines of one cell each become one cell with a line break
/// inside (as the seed's two-line title cells are in the workbook).
/// </summary>
internal static class CsvTransform
{
    /// <summary>Writes <paramref name="text"/> as CSV.</summary>
    /// <param name="text">Tab-separated text, lines ended by LF or CR LF.</param>
    /// <param name="delimiter"><c>;</c> (Indonesian Excel) or <c>,</c> (English Excel).</param>
    /// <param name="multiLineCells">Whether to join consecutive one-cell lines into multi-line cells.</param>
    public static string ToCsv(string text, char delimiter, bool multiLineCells)
    {
        List<string> lines = [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        List<List<string>> records = [];
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            bool joinable = multiLineCells && IsOneCell(line) && i + 1 < lines.Count && IsOneCell(lines[i + 1]);
            if (joinable)
            {
                records.Add([line + "\n" + lines[i + 1]]);
                i++;
            }
            else
            {
                records.Add([.. line.Split('\t')]);
            }
        }

        int width = records.Count == 0 ? 0 : records.Max(r => r.Count);
        var csv = new StringBuilder(text.Length + (lines.Count * (width + 2)));
        foreach (List<string> record in records)
        {
            for (int f = 0; f < width; f++)
            {
                if (f > 0)
                {
                    csv.Append(delimiter);
                }

                if (f < record.Count)
                {
                    csv.Append(Field(record[f], delimiter));
                }
            }

            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>A field as Excel writes it: quoted only when it must be.</summary>
    public static string Field(string value, char delimiter) =>
        value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static bool IsOneCell(string line) => line.Trim().Length > 0 && !line.Contains('\t');
}
