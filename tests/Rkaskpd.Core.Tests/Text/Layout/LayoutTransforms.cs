using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Rkaskpd.Text;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>
/// Re-lays out form text written by <see cref="RkaTextWriter"/> (the canonical tab layout) into the other layout
/// families, for the metamorphic properties: the re-laid text must read back to the same model.
/// </summary>
/// <remarks>What each transform leaves in the tab layout (real documents mix layouts too) is said on the method.</remarks>
internal static class LayoutTransforms
{
    private static readonly string[] FieldLabels =
        ["Urusan Pemerintahan", "Bidang Urusan", "Organisasi", "Unit Organisasi", "Program", "Kegiatan", "Sub Kegiatan", "Lokasi Kegiatan"];

    private static readonly string[] KakHeadings =
        ["Latar Belakang", "Layat Belakang", "Dasar Hukum", "Maksud dan Tujuan", "Bentuk Kegiatan", "Konsep Kegiatan", "Mekanisme", "Alur", "Manfaat"];

    private static readonly string[] KakHeadingWords =
        ["Latar", "Dasar", "Maksud", "Bentuk", "Konsep", "Mekanisme", "Alur", "Manfaat"];

    /// <summary>
    /// Family 2: every header field, amount and <c>kelompok sasaran</c> becomes label / (blank lines) / <c>:</c> /
    /// value lines; the title line and the indicator table one cell per line; each KAK row after the first becomes
    /// heading / <c>:</c> / text lines (a multi-line text one line each). Left in tabs: the rincian table, the KAK table
    /// header and the first KAK row (it carries the <c>(KAK)</c> row label).
    /// </summary>
    /// <param name="text">Canonical text.</param>
    /// <param name="blanks">Blank lines put between a label and its colon.</param>
    /// <param name="valueOnColonLine">Whether the value's first line goes on the colon line (<c>: value</c>).</param>
    public static string ToOneCellPerLine(string text, int blanks, bool valueOnColonLine)
    {
        var output = new List<string>();
        Section section = Section.Header;
        bool kakConverted = false;
        foreach (string line in text.Split('\n'))
        {
            section = Next(section, line);
            string[] cells = line.Split('\t');
            if (line.Length == 0 || section == Section.Rincian || IsKakTableHeader(line))
            {
                output.Add(line);
                continue;
            }

            if (section == Section.Kak)
            {
                if (cells.Length == 2 && cells[0].Length == 0 && SplitKakRow(cells[1], out string heading, out string body))
                {
                    AddPair(output, heading, [body], blanks, valueOnColonLine);
                    kakConverted = true;
                }
                else if (cells.Length == 2 && cells[0].Length == 0 && kakConverted)
                {
                    output.Add(cells[1]);
                }
                else
                {
                    output.Add(line);
                    kakConverted = false;
                }

                continue;
            }

            if (cells.Length >= 2 && cells[1].StartsWith(':'))
            {
                var values = new List<string> { cells[1][1..].Trim() };
                values.AddRange(cells.Skip(2));
                AddPair(output, cells[0], values, blanks, valueOnColonLine);
            }
            else if (line.StartsWith("Kelompok Sasaran Kegiatan:", StringComparison.Ordinal))
            {
                AddPair(output, "Kelompok Sasaran Kegiatan", [line["Kelompok Sasaran Kegiatan:".Length..].Trim()], blanks, valueOnColonLine);
            }
            else
            {
                output.AddRange(cells.Where(c => c.Length > 0));
            }
        }

        return string.Join('\n', output);
    }

    /// <summary>
    /// Family 2 for the rincian table, as plain <c>pdftotext</c> writes a print whose cells stand apart (Word's Save as
    /// PDF): the header's words and each row's cells become blocks with a blank line between them (<c>Kode</c> over
    /// <c>Rekening</c>, <c>Jumlah</c> over <c>(Rp)</c>, the columns' numbers under the header, one a block), an uraian
    /// longer than <paramref name="wrapWidth"/> wrapped onto a second line of its block at a space before a word. Only
    /// the 2.2.1 table (<c>Volume</c>, <c>Satuan</c> columns) is re-laid; everything else stays as written.
    /// </summary>
    /// <param name="text">Canonical text.</param>
    /// <param name="wrapWidth">The longest uraian line before wrapping.</param>
    public static string ToRincianBlocks(string text, int wrapWidth)
    {
        const string Header = "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah";
        var output = new List<string>();
        bool table = false;
        foreach (string line in text.Split('\n'))
        {
            if (line == Header)
            {
                output.AddRange(["Kode", "Rekening", string.Empty, "Uraian", string.Empty, "Volume", string.Empty, "Satuan", string.Empty,
                    "Harga Satuan", string.Empty, "Jumlah", "(Rp)", string.Empty]);
                for (int n = 1; n <= 6; n++)
                {
                    output.Add(n == 6 ? "6 = (3 x 5)" : n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    output.Add(string.Empty);
                }

                table = true;
                continue;
            }

            if (!table || !line.Contains('\t', StringComparison.Ordinal))
            {
                table = false;
                output.Add(line);
                continue;
            }

            string[] cells = line.Split('\t');
            for (int c = 0; c < cells.Length; c++)
            {
                string cell = cells[c].Trim();
                if (cell.Length == 0)
                {
                    continue;
                }

                int at = c == 1 && cell.Length > wrapWidth ? cell.IndexOf(' ', wrapWidth / 2) : -1;
                if (at > 0 && at + 1 < cell.Length && char.IsLetter(cell[at + 1]))
                {
                    output.Add(cell[..at]);
                    output.Add(cell[(at + 1)..]);
                }
                else
                {
                    output.Add(cell);
                }

                output.Add(string.Empty);
            }
        }

        return string.Join('\n', output);
    }

    /// <summary>
    /// Family 2 for the rincian table, as a word processor's plain-text export writes it (LibreOffice's "Text"): the
    /// 2.2.1 table's header words one a line, then each row's six cells one a line, an empty cell an empty line. Only
    /// that table is re-laid; everything else stays as written.
    /// </summary>
    /// <param name="text">Canonical text.</param>
    public static string ToRincianGrid(string text)
    {
        const string Header = "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah";
        var output = new List<string>();
        bool table = false;
        foreach (string line in text.Split('\n'))
        {
            if (line == Header)
            {
                output.AddRange(line.Split('\t'));
                table = true;
                continue;
            }

            if (!table || !line.Contains('\t', StringComparison.Ordinal))
            {
                table = false;
                output.Add(line);
                continue;
            }

            string[] cells = line.Split('\t');
            output.AddRange(cells.Select(c => c.Trim()).Concat(Enumerable.Repeat(string.Empty, Math.Max(0, 6 - cells.Length))));
        }

        return string.Join('\n', output);
    }

    /// <summary>Family 3: the header fields of a form go on one line (<c>Label : code name Label : ...</c>), and so do
    /// its amount rows. Everything else stays as written.</summary>
    /// <param name="text">Canonical text.</param>
    public static string ToMergedLines(string text) => MergeGroups(text, (labels, values) =>
        [string.Join(' ', labels.Select((label, i) => label + " : " + values[i]))]);

    /// <summary>Family 4: the header fields of a form become a labels line and a values line
    /// (<c>: value : value ...</c>), with <paramref name="blanks"/> blank lines between. Amounts and the rest stay as
    /// written; a group whose values hold a colon stays as written too.</summary>
    /// <param name="text">Canonical text.</param>
    /// <param name="blanks">Blank lines between the labels and the values.</param>
    public static string ToLabelsThenValues(string text, int blanks) => MergeGroups(text, (labels, values) =>
        labels.Length < 2 || values.Any(v => v.Contains(':', StringComparison.Ordinal))
            ? labels.Select((label, i) => label + " : " + values[i]).ToArray()
            : [string.Join(' ', labels), .. Enumerable.Repeat(string.Empty, blanks), ": " + string.Join(" : ", values)]);

    /// <summary>
    /// Family 5: every run of lines of two or more cells becomes fixed-width columns (each column as wide as its
    /// widest cell plus two spaces, empty cells as spaces); cells outside the KAK longer than
    /// <paramref name="wrapWidth"/> wrap onto the next lines in their own column, at a space before a plain word (a
    /// wrapped line that starts like a row of its own, with a label, heading or number, is a genuine ambiguity of the
    /// layout). KAK texts keep one line each; a multi-line KAK text cannot be told from wrapped text in this layout.
    /// </summary>
    /// <param name="text">Canonical text.</param>
    /// <param name="wrapWidth">The widest cell before wrapping.</param>
    public static string ToFixedWidth(string text, int wrapWidth)
    {
        var output = new List<string>();
        var block = new List<string[][]>();
        Section section = Section.Header;
        foreach (string line in text.Split('\n'))
        {
            section = Next(section, line);
            string[] cells = Cells(line);
            if (cells.Length < 2)
            {
                Flush(block, output);
                output.Add(line.Trim());
                continue;
            }

            block.Add(Wrap(cells, section == Section.Kak ? int.MaxValue : wrapWidth));
        }

        Flush(block, output);
        return string.Join('\n', output);
    }

    private static string[] Cells(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            string[] cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            int count = cells.Length;
            while (count > 1 && cells[count - 1].Length == 0)
            {
                count--;
            }

            return cells[..count];
        }

        return [line.Trim()];
    }

    private static string[][] Wrap(string[] cells, int width)
    {
        var columns = cells.Select(c => WrapCell(c, width)).ToArray();
        int height = columns.Max(c => c.Count);
        var lines = new string[height][];
        for (int r = 0; r < height; r++)
        {
            lines[r] = columns.Select(c => r < c.Count ? c[r] : string.Empty).ToArray();
        }

        return lines;
    }

    private static List<string> WrapCell(string cell, int width)
    {
        var parts = new List<string>();
        string rest = cell;
        while (rest.Length > width)
        {
            int cut = -1;
            for (int i = Math.Min(width, rest.Length - 1); i > 0; i--)
            {
                if (rest[i] == ' ' && IsPlainWord(rest.AsSpan(i + 1)) && rest[i - 1] != ' ')
                {
                    cut = i;
                    break;
                }
            }

            if (cut < 0)
            {
                break;
            }

            parts.Add(rest[..cut]);
            rest = rest[(cut + 1)..];
        }

        parts.Add(rest);
        return parts;
    }

    private static bool IsPlainWord(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || !char.IsLetter(rest[0]) || rest.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (string word in KakHeadingWords.Concat(FieldLabels).Concat(["Jumlah", "Indikator", "Kelompok", "Masukan", "Keluaran", "Hasil", "Capaian", "Urusan", "Lokasi", "Sumber", "Target", "Kode", "Rincian", "Kerangka", "Formulir", "Rencana", "Dokumen", "Pemerintah", "Tahun", "Input", "Output", "Outcome", "Waktu", "Sub", "Unit", "Bidang"]))
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static void Flush(List<string[][]> block, List<string> output)
    {
        if (block.Count == 0)
        {
            return;
        }

        int columns = block.SelectMany(b => b).Max(r => r.Length);
        var widths = new int[columns];
        foreach (string[] row in block.SelectMany(b => b))
        {
            for (int c = 0; c < row.Length - 1; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length + 2);
            }
        }

        foreach (string[] row in block.SelectMany(b => b))
        {
            var line = new StringBuilder();
            for (int c = 0; c < row.Length; c++)
            {
                line.Append(c < row.Length - 1 ? row[c].PadRight(Math.Max(widths[c], 2)) : row[c]);
            }

            output.Add(line.ToString().TrimEnd());
        }

        block.Clear();
    }

    private static string MergeGroups(string text, Func<string[], string[], string[]> merge)
    {
        var output = new List<string>();
        var labels = new List<string>();
        var values = new List<string>();
        string? groupKind = null;
        foreach (string line in text.Split('\n'))
        {
            string? kind = null;
            if (TrySplitPair(line, out string label, out string value))
            {
                kind = label.StartsWith("Jumlah", StringComparison.Ordinal) ? "amount" : "field";
                if (kind != groupKind)
                {
                    Emit();
                }

                labels.Add(label);
                values.Add(value);
                groupKind = kind;
                continue;
            }

            Emit();
            output.Add(line);
        }

        Emit();
        return string.Join('\n', output);

        void Emit()
        {
            if (labels.Count > 0)
            {
                output.AddRange(merge([.. labels], [.. values]));
            }

            labels.Clear();
            values.Clear();
            groupKind = null;
        }
    }

    private static bool TrySplitPair(string line, out string label, out string value)
    {
        label = value = string.Empty;
        string[] cells = line.Split('\t');
        if (cells.Length < 2 || !cells[1].StartsWith(':'))
        {
            return false;
        }

        string head = cells[0].Trim();
        if (!FieldLabels.Contains(head) && !head.StartsWith("Jumlah Tahun", StringComparison.Ordinal))
        {
            return false;
        }

        label = head;
        value = string.Join(' ', new[] { cells[1][1..].Trim() }.Concat(cells.Skip(2).Select(c => c.Trim())).Where(c => c.Length > 0));
        return true;
    }

    private static void AddPair(List<string> output, string label, IEnumerable<string> values, int blanks, bool valueOnColonLine)
    {
        output.Add(label);
        output.AddRange(Enumerable.Repeat(string.Empty, blanks));
        var rest = values.SelectMany(v => v.Split('\n')).Where(v => v.Length > 0).ToList();
        if (valueOnColonLine && rest.Count > 0)
        {
            output.Add(": " + rest[0]);
            rest.RemoveAt(0);
        }
        else
        {
            output.Add(":");
        }

        output.AddRange(rest);
    }

    private static bool SplitKakRow(string cell, out string heading, out string body)
    {
        heading = body = string.Empty;
        int colon = cell.IndexOf(" :", StringComparison.Ordinal);
        if (colon <= 0 || !KakHeadings.Contains(cell[..colon]))
        {
            return false;
        }

        heading = cell[..colon];
        body = cell[(colon + 2)..].Trim();
        return body.Length > 0 && !heading.Contains('<', StringComparison.Ordinal);
    }

    private static bool IsKakTableHeader(string line) => line.StartsWith("Keterangan\t", StringComparison.Ordinal);

    private static Section Next(Section section, string line)
    {
        if (line.StartsWith("RINCIAN ANGGARAN", StringComparison.Ordinal))
        {
            return Section.Rincian;
        }

        if (line.StartsWith("KERANGKA ACUAN KERJA", StringComparison.Ordinal))
        {
            return Section.Kak;
        }

        if (line.StartsWith("RENCANA KERJA", StringComparison.Ordinal))
        {
            return Section.Header;
        }

        return section;
    }

    private enum Section
    {
        Header,
        Rincian,
        Kak,
    }
}
