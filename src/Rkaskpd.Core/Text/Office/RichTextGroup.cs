namespace Rkaskpd.Text.Office;

/// <summary>
/// The state a Rich Text Format group carries and gives back when it ends: where its text goes, the character
/// properties that matter to the text (hidden, font, size, how many fallback characters follow a <c>\uN</c>), and the
/// paragraph properties that matter to its place (in a table, framed at a position, alignment). A copy is pushed at
/// each <c>{</c> and popped at its <c>}</c>, as the specification scopes every property to its group.
/// </summary>
internal struct RichTextGroup
{
    /// <summary>The state of the document's outermost group: text read, one fallback character after <c>\uN</c>,
    /// 12-point text, frames placed from the column and margin as the specification's defaults say.</summary>
    public static readonly RichTextGroup Initial = new() { Uc = 1, FontSize = 24 };

    /// <summary>Where the group's text goes.</summary>
    public RichTextDestination Destination;

    /// <summary>How many characters after a <c>\uN</c> are its fallback and are skipped (<c>\ucN</c>).</summary>
    public int Uc;

    /// <summary>Whether the text is a text box's (<c>\shptxt</c>): its paragraphs are the box's lines.</summary>
    public bool InShape;

    /// <summary>Whether the text is hidden (<c>\v</c>) and left out.</summary>
    public bool Hidden;

    /// <summary>The current font's number (<c>\fN</c>).</summary>
    public int Font;

    /// <summary>The font size in half-points (<c>\fsN</c>).</summary>
    public int FontSize;

    /// <summary>Whether the paragraph is in a table (<c>\intbl</c>).</summary>
    public bool InTable;

    /// <summary>The paragraph's alignment: <c>'l'</c> left (the default, and justified), <c>'r'</c>, <c>'c'</c>.</summary>
    public char Align;

    /// <summary>Whether the paragraph's frame has a horizontal position (<c>\posxN</c>, <c>\posnegxN</c>).</summary>
    public bool HasX;

    /// <summary>Whether the paragraph's frame has a vertical position (<c>\posyN</c>, <c>\posnegyN</c>).</summary>
    public bool HasY;

    /// <summary>The frame's horizontal position in twips.</summary>
    public int X;

    /// <summary>The frame's vertical position in twips.</summary>
    public int Y;

    /// <summary>The frame's width in twips (<c>\abswN</c>); 0 when not given.</summary>
    public int Width;

    /// <summary>The frame's height in twips (<c>\abshN</c>: negative for an exact height); 0 when not given.</summary>
    public int Height;

    /// <summary>What the frame's horizontal position is measured from: <c>'p'</c> page (<c>\phpg</c>), <c>'m'</c>
    /// margin (<c>\phmrg</c>), <c>'c'</c> column (<c>\phcol</c>, and the default <c>'\0'</c>).</summary>
    public char HorizontalFrom;

    /// <summary>What the frame's vertical position is measured from: <c>'p'</c> page (<c>\pvpg</c>), <c>'a'</c>
    /// paragraph (<c>\pvpara</c>, which gives no place on the page), <c>'m'</c> margin (<c>\pvmrg</c>, and the default
    /// <c>'\0'</c>).</summary>
    public char VerticalFrom;

    /// <summary>Gets whether the paragraph is a frame placed on its page (by a position from the page, the margin or
    /// the column, not from the paragraph).</summary>
    public readonly bool Placed => HasX && HasY && VerticalFrom != 'a';

    /// <summary>Resets the paragraph properties (<c>\pard</c>).</summary>
    public void ResetParagraph()
    {
        InTable = false;
        Align = '\0';
        HasX = false;
        HasY = false;
        X = 0;
        Y = 0;
        Width = 0;
        Height = 0;
        HorizontalFrom = '\0';
        VerticalFrom = '\0';
    }

    /// <summary>Resets the character properties that matter to the text (<c>\plain</c>).</summary>
    public void ResetCharacter()
    {
        Hidden = false;
        FontSize = 24;
    }
}
