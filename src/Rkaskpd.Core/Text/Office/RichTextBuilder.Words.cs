using System;

namespace Rkaskpd.Text.Office;

/// <summary>The control words a <see cref="RichTextBuilder"/> acts on: characters, paragraph and table ends,
/// destinations, properties that matter to the text, and text boxes (shapes).</summary>
internal sealed partial class RichTextBuilder
{
    /// <summary>The depth of the <c>\shp</c> group being read, 0 outside any.</summary>
    private int shapeDepth;

    private int shapeLeft;
    private int shapeTop;
    private int shapeRight;
    private int shapeBottom;

    /// <summary>What the shape's left is measured from: <c>'p'</c> page, <c>'m'</c> margin, <c>'c'</c> column.</summary>
    private char shapeXFrom;

    /// <summary>What the shape's top is measured from: <c>'p'</c> page, <c>'m'</c> margin, <c>'a'</c> paragraph.</summary>
    private char shapeYFrom;

    /// <summary>The depth of the <c>\listtext</c> group being read, 0 outside any.</summary>
    private int listDepth;

    /// <summary>Where the list item's number starts in the paragraph.</summary>
    private int listStart;

    /// <summary>A control word.</summary>
    /// <param name="name">Its name (empty for an overlong one).</param>
    /// <param name="has">Whether it has a parameter.</param>
    /// <param name="value">Its parameter, 0 when none.</param>
    /// <param name="start">Whether it opens its group (a destination's name stands there).</param>
    /// <param name="ignorable">Whether <c>\*</c> came before it: a destination to skip unless it is known.</param>
    private void Word(ReadOnlySpan<char> name, bool has, int value, bool start, bool ignorable)
    {
        if (start && Destination(name, ignorable))
        {
            return;
        }

        if (Character(name) is { } character)
        {
            // A named character in a \uN's fallback is one of its fallback characters.
            if (ucSkip > 0)
            {
                ucSkip--;
            }
            else if (character.Length > 0)
            {
                Emit(character[0]);
            }

            return;
        }

        switch (name)
        {
            case "par":
                EndParagraph();
                break;
            case "sect":
                // A section's end closes its last paragraph (Word writes \par before it); a new section starts a page.
                if (paragraph.Length > 0)
                {
                    EndParagraph();
                }

                page++;
                break;
            case "page":
                if (paragraph.Length > 0)
                {
                    Emit('\n');
                }

                page++;
                break;
            case "line" or "column":
                Emit('\n');
                break;
            case "tab":
                Emit('\t');
                break;
            case "u" when has && value is >= short.MinValue and <= ushort.MaxValue:
                // A signed 16-bit code (Word writes U+8000 and above as negatives); a control character is no text.
                char unicode = (char)(value & 0xFFFF);
                if (unicode is >= ' ' or '\t')
                {
                    Emit(unicode);
                }

                ucSkip = state.Uc;
                break;
            case "uc":
                state.Uc = Math.Max(0, value);
                break;
            case "cell" or "nestcell":
                EndCell();
                break;
            case "row" or "nestrow":
                EndRow();
                break;
            case "ansicpg":
                CodePage.Declare(value);
                break;
            case "mac":
                CodePage.Declare(10000);
                break;
            case "pc":
                CodePage.Declare(437);
                break;
            case "pca":
                CodePage.Declare(850);
                break;
            case "f":
                state.Font = value;
                fontEntry = value;
                break;
            case "fcharset" when state.Destination == RichTextDestination.FontTable && value == 2:
                symbolFonts.Add(fontEntry);
                break;
            case "fs":
                state.FontSize = value > 0 ? value : 24;
                break;
            case "v":
                state.Hidden = !has || value != 0;
                break;
            case "plain":
                state.ResetCharacter();
                break;
            case "margl" or "marglsxn":
                marginLeft = value;
                break;
            case "margt" or "margtsxn":
                marginTop = value;
                break;
            default:
                Paragraph(name, value);
                break;
        }
    }

    /// <summary>The paragraph properties that matter to the text: table, alignment, frame.</summary>
    private void Paragraph(ReadOnlySpan<char> name, int value)
    {
        switch (name)
        {
            case "pard":
                state.ResetParagraph();
                break;
            case "intbl":
                state.InTable = true;
                break;
            case "itap":
                state.InTable = value > 0;
                break;
            case "ql" or "qj" or "qd" or "qt":
                state.Align = 'l';
                break;
            case "qr":
                state.Align = 'r';
                break;
            case "qc":
                state.Align = 'c';
                break;
            case "posx":
                (state.HasX, state.X) = (true, value);
                break;
            case "posnegx":
                (state.HasX, state.X) = (true, value);
                break;
            case "posy":
                (state.HasY, state.Y) = (true, value);
                break;
            case "posnegy":
                (state.HasY, state.Y) = (true, value);
                break;
            case "absw":
                state.Width = value;
                break;
            case "absh":
                state.Height = value;
                break;
            case "phpg":
                state.HorizontalFrom = 'p';
                break;
            case "phmrg":
                state.HorizontalFrom = 'm';
                break;
            case "phcol":
                state.HorizontalFrom = 'c';
                break;
            case "pvpg":
                state.VerticalFrom = 'p';
                break;
            case "pvmrg":
                state.VerticalFrom = 'm';
                break;
            case "pvpara":
                state.VerticalFrom = 'a';
                break;
            default:
                Shape(name, value);
                break;
        }
    }

    /// <summary>A shape's place (<c>\shpleft</c>, <c>\shptop</c>, <c>\shpright</c>, <c>\shpbottom</c>, and what they
    /// are measured from).</summary>
    private void Shape(ReadOnlySpan<char> name, int value)
    {
        if (shapeDepth == 0)
        {
            return;
        }

        switch (name)
        {
            case "shpleft":
                shapeLeft = value;
                break;
            case "shptop":
                shapeTop = value;
                break;
            case "shpright":
                shapeRight = value;
                break;
            case "shpbottom":
                shapeBottom = value;
                break;
            case "shpbxpage":
                shapeXFrom = 'p';
                break;
            case "shpbxmargin":
                shapeXFrom = 'm';
                break;
            case "shpbxcolumn":
                shapeXFrom = 'c';
                break;
            case "shpbypage":
                shapeYFrom = 'p';
                break;
            case "shpbymargin":
                shapeYFrom = 'm';
                break;
            case "shpbypara":
                shapeYFrom = 'a';
                break;
        }
    }

    /// <summary>Handles a control word that opens its group as a destination; returns whether it was one.</summary>
    private bool Destination(ReadOnlySpan<char> name, bool ignorable)
    {
        switch (name)
        {
            case "fonttbl":
                state.Destination = RichTextDestination.FontTable;
                return true;
            case "shp" when shapeDepth == 0 && !state.InShape:
                shapeDepth = stack.Count;
                (shapeLeft, shapeTop, shapeRight, shapeBottom, shapeXFrom, shapeYFrom) = (0, 0, 0, 0, 'c', 'a');
                shapeText.Clear();
                return true;
            case "shpinst" when shapeDepth > 0:
                state.Destination = RichTextDestination.Shape;
                return true;
            case "shptxt" when shapeDepth > 0:
                state.Destination = RichTextDestination.Text;
                state.InShape = true;
                return true;
            case "result" when stack.Count >= 2:
                // An object's last result, as it shows on the page: the text of the object's own surroundings.
                state.Destination = stack[^2].Destination;
                return true;
            case "listtext" or "pntext" when listDepth == 0:
                // A list item's number (see Close).
                listDepth = stack.Count;
                listStart = paragraph.Length;
                return true;
            case "fldrslt" or "field" or "nesttableprops":
                // A field's result is its text; a nested table's row properties end its row (\nestrow).
                return false;
            case "fldinst" or "colortbl" or "stylesheet" or "info" or "pict" or "object" or "header" or "headerl"
                or "headerr" or "headerf" or "footer" or "footerl" or "footerr" or "footerf" or "footnote" or "annotation"
                or "atnid" or "atnauthor" or "xe" or "tc" or "txe" or "rxe" or "bkmkstart" or "bkmkend" or "sp" or "shprslt"
                or "nonshppict" or "nonesttables" or "pn" or "pntxta" or "pntxtb" or "listtable" or "listoverridetable"
                or "revtbl" or "rsidtbl" or "filetbl" or "template" or "comment" or "private" or "do" or "objdata"
                or "datastore" or "themedata" or "colorschememapping" or "latentstyles" or "pgdsctbl" or "ftnsep"
                or "ftnsepc" or "aftnsep" or "aftnsepc" or "ftncn" or "aftncn" or "docvar" or "userprops" or "background"
                or "generator" or "xmlnstbl" or "mmathPr" or "leveltext" or "levelnumbers" or "falt" or "panose":
                state.Destination = RichTextDestination.Skipped;
                return true;
            default:
                if (ignorable)
                {
                    state.Destination = RichTextDestination.Skipped;
                    return true;
                }

                return false;
        }
    }

    /// <summary>The text a named character control word stands for; null for any other word.</summary>
    private static string? Character(ReadOnlySpan<char> name) => name switch
    {
        "emdash" => "\u2014",
        "endash" => "\u2013",
        "emspace" or "enspace" or "qmspace" => " ",
        "bullet" => "\u2022",
        "lquote" => "\u2018",
        "rquote" => "\u2019",
        "ldblquote" => "\u201C",
        "rdblquote" => "\u201D",
        "zwj" or "zwnj" or "zwbo" or "zwnbo" or "ltrmark" or "rtlmark" => string.Empty,
        _ => null,
    };

    /// <summary>The <c>\shp</c> group ends: its text box's lines are a box placed on the page when its place is
    /// measured from the page or the margin, otherwise lines of the text where the shape stands.</summary>
    private void EndShape()
    {
        if (shapeDepth == 0)
        {
            return;
        }

        shapeDepth = 0;
        if (state.InShape && paragraph.Length > 0)
        {
            shapeText.Append(paragraph).Append('\n');
            paragraph.Clear();
        }

        string lines = shapeText.ToString();
        shapeText.Clear();
        if (shapeYFrom is 'p' or 'm')
        {
            double x = shapeLeft + (shapeXFrom == 'p' ? 0 : marginLeft);
            double y = shapeTop + (shapeYFrom == 'p' ? 0 : marginTop);
            Frames.Add(page, x, y, shapeRight - shapeLeft, shapeBottom - shapeTop, 'l', 0, lines, Text.Length);
            return;
        }

        foreach (string line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Text.Append(line).Append('\n');
        }
    }
}
