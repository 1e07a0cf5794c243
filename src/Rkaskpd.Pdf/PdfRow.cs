using System;
using System.Buffers;
using System.Collections.Generic;

namespace Rkaskpd.Pdf;

/// <summary>A logical row of a page: the cells of one line with the lines that wrap inside them joined in.</summary>
internal sealed class PdfRow
{
    private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789.,");

    private static readonly SearchValues<char> Letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Starts a row with its first line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="page">The 1-based page.</param>
    public PdfRow(PdfLine line, int page)
    {
        Page = page;
        Cells = line.Cells;
        Last = line;
        Starts = new List<double>(line.Words.Count);
        foreach (PlacedWord word in line.Words)
        {
            Starts.Add(word.Left);
        }
    }

    /// <summary>Gets the 1-based page the row starts on.</summary>
    public int Page { get; }

    /// <summary>Gets the cells, left to right.</summary>
    public List<PdfCell> Cells { get; }

    /// <summary>Gets or sets a value indicating whether the row's first column is empty (its first cell stands under
    /// the second column of the rows above).</summary>
    public bool EmptyFirstColumn { get; set; }

    /// <summary>Gets the row's last line so far (its first, or the last wrapped line joined).</summary>
    public PdfLine Last { get; private set; }

    /// <summary>Gets where each word of the row starts: a wrapped line starts where a word of its cell did.</summary>
    public List<double> Starts { get; }

    /// <summary>Gets a value indicating whether the row is a table row that starts with its uraian, not a kode: its
    /// first word starts with no digit, and its last cell is a number (a detail line indented under the rekening
    /// names, whose kode column is empty).</summary>
    public bool StartsWithUraian =>
        Cells.Count >= 2 && Cells[0].Text.Length > 0 && !char.IsAsciiDigit(Cells[0].Text[0]) && IsNumber(Cells[^1].Text);

    /// <summary>Joins a wrapped line: each of its cells goes to the row's cell it lies under.</summary>
    /// <param name="line">The wrapped line.</param>
    public void Join(PdfLine line)
    {
        foreach (PdfCell part in line.Cells)
        {
            Cells[TargetOf(part, line.Size)].Append(part);
        }

        Last = line;
        foreach (PlacedWord word in line.Words)
        {
            Starts.Add(word.Left);
        }
    }

    /// <summary>Whether a line would put a number under a cell of the row that already ends with one: a wrapped line
    /// continues a cell's text, while an amount under an amount (the jumlah of a <c>[#]</c> group line or of a detail
    /// line under its rekening, in a print that sets every line at the same height) starts a row of its own. So does a
    /// target under a target (<c>100 Ha</c> under <c>Rp 208.535.000</c>, <c>10 %</c> under <c>50 Ha</c>: indicator rows
    /// under one merged kind cell).</summary>
    /// <param name="line">The line below the row.</param>
    /// <returns><see langword="true"/> if some cell of the line is a number, or a number and its unit, and the cell above
    /// it ends with one or is one.</returns>
    public bool StacksNumbers(PdfLine line)
    {
        foreach (PdfCell part in line.Cells)
        {
            if (IsNumber(part.Text) || IsMeasure(part.Text, open: true))
            {
                string above = Cells[TargetOf(part, line.Size)].Text;
                if (IsNumber(above.AsSpan(above.LastIndexOf(' ') + 1)) || IsMeasure(above, open: false))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Gets the row as the text reader's canonical line: <c>Label : value</c> when its second cell is a colon
    /// (or starts with one), otherwise its cells separated by tabs.</summary>
    /// <returns>The line.</returns>
    public string ToLine()
    {
        if (Cells.Count == 1 && !EmptyFirstColumn)
        {
            return Cells[0].Text;
        }

        string label = Cells[0].Text;
        string second = Cells[1].Text;
        if (!EmptyFirstColumn && second.StartsWith(':'))
        {
            var values = new List<string>(Cells.Count);
            string first = second[1..].Trim();
            if (first.Length > 0)
            {
                values.Add(first);
            }

            for (int i = 2; i < Cells.Count; i++)
            {
                values.Add(Cells[i].Text);
            }

            return label + " : " + string.Join(' ', values);
        }

        if (!EmptyFirstColumn && label.EndsWith(':') && label.Length > 1)
        {
            return label[..^1].TrimEnd() + " : " + string.Join(' ', Cells.GetRange(1, Cells.Count - 1).ConvertAll(c => c.Text));
        }

        string cells = string.Join('\t', Cells.ConvertAll(c => c.Text));
        return EmptyFirstColumn ? "\t" + cells : cells;
    }

    /// <summary>The row's cell a part of a line below lies under: the rightmost that starts at or left of it.</summary>
    private int TargetOf(PdfCell part, double size)
    {
        int target = 0;
        for (int i = 1; i < Cells.Count; i++)
        {
            if (Cells[i].Left <= part.Left + PdfTextBuilder.AlignTolerance(size))
            {
                target = i;
            }
        }

        return target;
    }

    /// <summary>Whether a cell's text is a number as the tables print one: digits with <c>.</c> and <c>,</c>, an
    /// optional <c>Rp</c> before and <c>%</c> or <c>,-</c> after.</summary>
    /// <summary>Whether a cell is an indicator's target: a number and a unit of one or two words (<c>100 Ha</c>,
    /// <c>45 kelompok tani</c>), several joined by <c>dan</c> or <c>atau</c> (<c>5 Desa dan 7 Kelurahan</c>); with
    /// <paramref name="open"/>, also one that goes on in the line under it (<c>5 Desa dan</c>). A koefisien's factors
    /// (<c>30 Orang x</c>) and a sentence that starts with a number (<c>2014 tentang Pemerintahan Daerah</c>, a wrapped
    /// legal reference) are none.</summary>
    private static bool IsMeasure(string text, bool open)
    {
        bool expectNumber = true;
        int units = 0;
        ReadOnlySpan<char> words = text.AsSpan().Trim();
        foreach (Range range in words.Split(' '))
        {
            ReadOnlySpan<char> word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (expectNumber)
            {
                if (!IsNumber(word))
                {
                    return false;
                }

                expectNumber = false;
                units = 0;
            }
            else if (units > 0 && (word.Equals("dan", StringComparison.OrdinalIgnoreCase) || word.Equals("atau", StringComparison.OrdinalIgnoreCase)))
            {
                expectNumber = true;
            }
            else if (!IsUnitWord(word) || ++units > 2)
            {
                return false;
            }
        }

        return units > 0 && (!expectNumber || open);
    }

    // A unit's word: letters only, two or more (not a factor's x).
    private static bool IsUnitWord(ReadOnlySpan<char> word) => word.Length >= 2 && !word.ContainsAnyExcept(Letters);

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..].TrimStart('.').TrimStart();
        }

        if (text.EndsWith(",-", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        text = text.TrimEnd('%').TrimEnd();
        return text.Length > 0 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]) && !text.ContainsAnyExcept(NumberCharacters);
    }
}
