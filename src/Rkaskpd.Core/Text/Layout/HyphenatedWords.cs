using System;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Joins a word that a print hyphenated at the end of a line (<c>Program Pening-</c> then <c>katan Mutu ...</c>, a
/// table cell's <c>Pela-</c> then <c>tihan | | 12.000.000,00 |</c>) back into one line, as a person reads it, before
/// any layout or section decides what the lines are: the joined line keeps the first line's number.
/// </summary>
/// <remarks>A line is held when it ends with a hyphen right after two letters, the last lower-case (a word broken
/// off, not <c>Rp -</c>, <c>2.07 -</c> or a bullet); it is joined with the next line when that line starts, without
/// indentation, with a lower-case letter (a capital, as in SIPD's <c>Kantor-</c> then <c>Alat Tulis Kantor</c>, or an
/// indented wrapped cell, is a line of its own). The hyphen is dropped, unless the next word repeats the broken one
/// (<c>kupu-</c> then <c>kupu</c>: a reduplication keeps its hyphen). Any other line after a held one releases it
/// unchanged. One line at most is held; a line that ends in no broken word costs two character tests.</remarks>
internal sealed class HyphenatedWords
{
    private string? held;
    private int heldLine;

    /// <summary>Gets a value indicating whether a line ending in a broken word is held.</summary>
    public bool IsHolding => held is not null;

    /// <summary>Returns whether <paramref name="line"/> ends in a word broken off with a hyphen.</summary>
    public static bool EndsInBrokenWord(ReadOnlySpan<char> line) =>
        line.Length >= 3 && line[^1] == '-' && char.IsLower(line[^2]) && char.IsLetter(line[^3]);

    /// <summary>Holds a line that ends in a broken word.</summary>
    public void Hold(string line, int number)
    {
        held = line;
        heldLine = number;
    }

    /// <summary>Hands back the line held, unchanged, and holds none.</summary>
    public (string Text, int Line) Release()
    {
        (string, int) line = (held ?? string.Empty, heldLine);
        held = null;
        return line;
    }

    /// <summary>Joins the line held with <paramref name="next"/> when it continues the broken word; holds none then.</summary>
    /// <param name="next">The line after the one held.</param>
    /// <param name="joined">The two lines as one.</param>
    /// <param name="line">The held line's number, the joined line's.</param>
    public bool TryJoin(ReadOnlySpan<char> next, out string joined, out int line)
    {
        joined = string.Empty;
        line = heldLine;
        if (held is null || next.Length == 0 || !char.IsLower(next[0]))
        {
            return false;
        }

        int start = held.Length - 1;
        while (start > 0 && char.IsLetter(held[start - 1]))
        {
            start--;
        }

        ReadOnlySpan<char> broken = held.AsSpan(start, held.Length - 1 - start);
        int end = 0;
        while (end < next.Length && char.IsLetter(next[end]))
        {
            end++;
        }

        bool repeated = next[..end].Equals(broken, StringComparison.OrdinalIgnoreCase);
        joined = string.Concat(repeated ? held.AsSpan() : held.AsSpan(0, held.Length - 1), next);
        held = null;
        return true;
    }
}
