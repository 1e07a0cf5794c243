using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>The reader reads most rows in place, as slices of the document: each in-place step gives the text its
/// string form gives, for any part of any line (Markdown marks, white space, look-alike spaces, tabs).</summary>
public class InPlaceRowTests
{
    private static readonly string[] Pieces = ["a", "Kegiatan", " ", "  ", "\t", "*", "**", "#", "|", "-", ":", "\u00A0", "\u200B", "\uFEFF", "\u2003"];

    [Property(MaxTest = 500)]
    public Property A_row_cleaned_in_place_is_the_row_cleaned_as_a_string(int[] codes, byte before, byte after)
    {
        (string document, int start, int length) = Slice(codes, before, after);
        string row = document.Substring(start, length);
        ReadOnlyMemory<char> cleaned = MarkdownRow.Clean(document.AsMemory(start, length));
        return (cleaned.ToString() == MarkdownRow.Clean(row)).Label(Show(row));
    }

    [Property(MaxTest = 500)]
    public Property A_line_normalised_in_place_is_the_line_normalised_as_a_string(int[] codes, byte before, byte after)
    {
        (string document, int start, int length) = Slice(codes, before, after);
        string line = document.Substring(start, length);
        ReadOnlyMemory<char> normalised = InvisibleCharacters.Normalise(document.AsMemory(start, length));
        return (normalised.ToString() == InvisibleCharacters.Normalise(line)).Label(Show(line));
    }

    [Fact]
    public void An_unmarked_row_is_cleaned_without_a_copy()
    {
        string document = "x\n\tDasar Hukum : - Perbup No. 86  \ny";
        ReadOnlyMemory<char> row = document.AsMemory(2, document.IndexOf("\ny", StringComparison.Ordinal) - 2);
        ReadOnlyMemory<char> cleaned = MarkdownRow.Clean(row);
        Assert.Equal("\tDasar Hukum : - Perbup No. 86", cleaned.ToString());
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetString(cleaned, out string? backing, out int start, out _));
        Assert.Same(document, backing);
        Assert.Equal(2, start);
    }

    /// <summary>A row built from the pieces, inside a document with text around it (a slice, not a whole string).</summary>
    private static (string Document, int Start, int Length) Slice(int[] codes, byte before, byte after)
    {
        string row = string.Concat(codes.Select(c => Pieces[(c & int.MaxValue) % Pieces.Length]));
        string lead = new('x', before % 4);
        return (lead + row + new string('y', after % 4), lead.Length, row.Length);
    }

    private static string Show(string text) =>
        text.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\u00A0", "\\u00A0", StringComparison.Ordinal);
}
