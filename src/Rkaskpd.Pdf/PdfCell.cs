using System.Text;

namespace Rkaskpd.Pdf;

/// <summary>A table cell rebuilt from words that stand close together on one line, with the text of the lines it
/// wraps onto appended.</summary>
internal sealed class PdfCell
{
    private readonly StringBuilder text = new();

    /// <summary>Starts a cell with its first word.</summary>
    /// <param name="word">The word.</param>
    public PdfCell(PlacedWord word)
    {
        Left = word.Left;
        Right = word.Right;
        text.Append(word.Text);
    }

    /// <summary>Gets where the cell starts along the line, in points.</summary>
    public double Left { get; private set; }

    /// <summary>Gets where the cell's widest line ends, in points.</summary>
    public double Right { get; private set; }

    /// <summary>Gets the cell's text: its words separated by single spaces.</summary>
    public string Text => text.ToString();

    /// <summary>Appends a word of the same line, or the first word of a wrapped line, after a space.</summary>
    /// <param name="word">The word.</param>
    public void Append(PlacedWord word)
    {
        text.Append(' ').Append(word.Text);
        if (word.Right > Right)
        {
            Right = word.Right;
        }
    }

    /// <summary>Appends the text of another cell (a wrapped line of this one) after a space.</summary>
    /// <param name="other">The wrapped part.</param>
    public void Append(PdfCell other)
    {
        // A word broken after its hyphen ("TP-" / "PKK") or slash ("Instruktur/" / "Narasumber") is joined without a
        // space; a free-standing dash or slash keeps it.
        bool hyphenated = text.Length >= 2 && text[^1] is '-' or '/' && char.IsLetterOrDigit(text[^2]);
        if (!hyphenated)
        {
            text.Append(' ');
        }

        text.Append(other.text);
        if (other.Right > Right)
        {
            Right = other.Right;
        }

        if (other.Left < Left)
        {
            Left = other.Left;
        }
    }
}
