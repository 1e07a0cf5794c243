using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary><see cref="LineCells"/> (cell ranges) splits as the scanner's former list of cell strings did.</summary>
public class LineCellsTests
{
    private static readonly char[] Alphabet = ['a', 'b', ' ', ' ', '\t', '\u00A0', '\u2003', ':'];

    [Property(MaxTest = 1000)]
    public Property Splits_as_the_reference(int[] codes)
    {
        string text = new(codes.Select(c => Alphabet[(c & int.MaxValue) % Alphabet.Length]).ToArray());
        var cells = new LineCells().Split(text);
        string[] actual = Enumerable.Range(0, cells.Count).Select(cells.StringOf).ToArray();
        string[] spans = Enumerable.Range(0, cells.Count).Select(i => cells[i].ToString()).ToArray();
        List<string> expected = Reference(text);
        return (actual.SequenceEqual(expected) && spans.SequenceEqual(expected))
            .Label("[" + string.Join("|", actual) + "] vs [" + string.Join("|", expected) + "]");
    }

    [Fact]
    public void Splitting_another_string_replaces_the_cells()
    {
        var cells = new LineCells();
        Assert.Equal(3, cells.Split("a\tb\tc").Count);
        Assert.Equal(2, cells.Split("x  y").Count);
        Assert.Equal("y", cells.StringOf(1));
    }

    // The scanner's SplitCells before the cells became ranges.
    private static List<string> Reference(string text)
    {
        var cells = new List<string>();
        if (text.Contains('\t', System.StringComparison.Ordinal))
        {
            foreach (string cell in text.Split('\t'))
            {
                cells.Add(cell.Trim());
            }
        }
        else
        {
            int start = 0;
            string t = text.Trim();
            for (int i = 0; i < t.Length; i++)
            {
                if (RawLabels.IsSpace(t[i]) && i + 1 < t.Length && RawLabels.IsSpace(t[i + 1]))
                {
                    cells.Add(t[start..i].Trim());
                    while (i < t.Length && RawLabels.IsSpace(t[i]))
                    {
                        i++;
                    }

                    start = i;
                }
            }

            cells.Add(t[start..].Trim());
        }

        while (cells.Count > 1 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }
}
