using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Turns a Rich Text Format document's tokens (<see cref="RichTextTokenizer"/>) into the text a person gets by copying
/// it out of Word, as <see cref="WordDocumentText"/> does for a <c>.docx</c>: a paragraph (<c>\par</c>, <c>\sect</c>) a
/// line, <c>\line</c> and a page break (<c>\page</c>) a line break, <c>\tab</c> a tab, a table row (<c>\row</c>) one
/// line of its cells (<c>\cell</c>) joined by tabs (paragraphs inside a cell joined by line breaks; a nested table's
/// cells, <c>\nestcell</c>, <c>\nestrow</c>, the same way inside its cell), <c>\'hh</c> and text through the document's
/// code page (<see cref="RichTextCodePage"/>), <c>\uN</c> with its <c>\ucN</c> fallback characters skipped, a no-break
/// space (<c>\~</c>) a space, a soft hyphen (<c>\-</c>) nothing, a non-breaking hyphen (<c>\_</c>) a hyphen, and Word's
/// named characters (<c>\emdash</c>, <c>\ldblquote</c>, ...) as themselves.
/// </summary>
/// <remarks>
/// <para>Left out, as a text export leaves them: destinations marked ignorable (<c>{\*\...}</c>) but a shape's
/// instructions, the font, colour and style tables, document information, pictures and embedded objects (an object's
/// last result, <c>\result</c>, is read), page headers and footers (the furniture of every printed page, as the
/// <c>.docx</c> reading leaves them too), footnotes and annotations, a field's instruction (its result,
/// <c>\fldrslt</c>, is read) and hidden text (<c>\v</c>). A list item's number (<c>\listtext</c>, <c>\pntext</c>) is
/// read, as a text export writes it.</para>
/// <para>Paragraphs framed at a place on their page (<c>\posxN\posyN</c>, Crystal Reports' export) and text boxes
/// (<c>\shp</c>) go to <see cref="RichTextFrames"/>. Hostile input is bounded: groups nested deeper than
/// <see cref="MaxDepth"/> are read as skipped text, and reading stops once the text reaches the reader's limit.</para>
/// </remarks>
internal sealed partial class RichTextBuilder
{
    /// <summary>The deepest group nesting read; deeper groups' content is left out (Word itself refuses far less).</summary>
    public const int MaxDepth = 256;

    private readonly RichTextTokenizer tokens;
    private readonly long limit;
    private readonly List<RichTextGroup> stack = [];
    private readonly HashSet<int> symbolFonts = [];
    private readonly StringBuilder paragraph = new();
    private readonly StringBuilder shapeText = new();
    private RichTextGroup state = RichTextGroup.Initial;
    private long written;
    private int overflow;
    private int ucSkip;
    private int fontEntry;
    private bool groupStart;
    private bool starred;
    private int page = 1;
    private int marginLeft = 1800;
    private int marginTop = 1440;

    /// <summary>Initializes a builder over a stream.</summary>
    /// <param name="stream">The document's bytes, from <c>{\rtf</c> (after any byte order mark).</param>
    /// <param name="limit">The most characters of text read.</param>
    public RichTextBuilder(Stream stream, long limit)
    {
        tokens = new RichTextTokenizer(stream);
        this.limit = limit;
    }

    /// <summary>Gets the text read, lines ended by <c>'\n'</c>.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>Gets the document's code page.</summary>
    public RichTextCodePage CodePage { get; } = new();

    /// <summary>Gets the paragraphs and text boxes placed on their pages.</summary>
    public RichTextFrames Frames { get; } = new();

    /// <summary>Gets whether the document's outermost group was closed (false for a file cut short).</summary>
    public bool Closed { get; private set; }

    /// <summary>Gets whether reading stopped at the text limit.</summary>
    public bool Cut { get; private set; }

    /// <summary>Reads the document to the end of its outermost group, the end of the bytes or the text limit, then
    /// writes the frames (see <see cref="RichTextFrames.WriteTo"/>).</summary>
    /// <returns>Whether the frames were laid out by their places.</returns>
    /// <exception cref="IOException">The stream itself fails.</exception>
    public bool Read()
    {
        while (!Cut)
        {
            RichTextTokenKind kind = tokens.Next();
            if (kind == RichTextTokenKind.End)
            {
                break;
            }

            if (kind == RichTextTokenKind.GroupStart)
            {
                Open();
                continue;
            }

            if (kind == RichTextTokenKind.GroupEnd)
            {
                if (Close())
                {
                    Closed = true;
                    break;
                }

                continue;
            }

            bool start = groupStart;
            groupStart = false;
            switch (kind)
            {
                case RichTextTokenKind.ControlSymbol when tokens.Symbol == '*' && start:
                    starred = true;
                    groupStart = true; // the destination's name follows
                    break;
                case RichTextTokenKind.ControlSymbol:
                    Symbol(tokens.Symbol);
                    break;
                case RichTextTokenKind.ControlWord:
                    bool wasStarred = starred;
                    starred = false;
                    Word(tokens.Name, tokens.HasParameter, tokens.Parameter, start, wasStarred);
                    break;
                case RichTextTokenKind.Byte:
                    Byte(tokens.Value);
                    break;
                case RichTextTokenKind.Binary:
                    ucSkip = Math.Max(0, ucSkip - 1);
                    break;
            }
        }

        EndShape();
        if (paragraph.Length > 0)
        {
            EndParagraph();
        }

        bool placed = Frames.WriteTo(Text, limit);
        if (Text.Length > limit)
        {
            Text.Length = (int)limit; // the boxes laid out by their places passed the limit (their lines padded out)
            Cut = true;
        }

        return placed;
    }

    /// <summary>A group starts: its state is the one it is in, pushed to come back at its end.</summary>
    private void Open()
    {
        ucSkip = 0;
        starred = false;
        if (overflow > 0 || stack.Count >= MaxDepth)
        {
            overflow++;
            return;
        }

        stack.Add(state);
        groupStart = true;
    }

    /// <summary>A group ends: the state before it comes back; returns whether the outermost group ended.</summary>
    private bool Close()
    {
        ucSkip = 0;
        groupStart = false;
        starred = false;
        if (overflow > 0)
        {
            overflow--;
            return false;
        }

        if (stack.Count == 0)
        {
            return true;
        }

        if (state.InShape && !stack[^1].InShape && paragraph.Length > 0)
        {
            // A text box's last paragraph, ended by its group rather than by \par.
            shapeText.Append(paragraph).Append('\n');
            paragraph.Clear();
        }

        if (shapeDepth == stack.Count)
        {
            EndShape();
        }

        if (listDepth == stack.Count)
        {
            listDepth = 0;
            if (listStart <= paragraph.Length)
            {
                // The number and a space, as a text export writes it (the tab after it only reaches the list's indent);
                // a level without a number (a numbered heading's style left empty) writes nothing.
                string number = paragraph.ToString(listStart, paragraph.Length - listStart).Trim();
                paragraph.Length = listStart;
                if (number.Length > 0)
                {
                    paragraph.Append(number).Append(' ');
                }
            }
        }

        state = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return stack.Count == 0;
    }

    /// <summary>A byte of text: a tab, or a character through the code page; other control characters are no text.</summary>
    private void Byte(byte value)
    {
        if (value == '\t')
        {
            Emit('\t');
        }
        else if (value >= 0x20)
        {
            Emit(CodePage.ToChar(value, symbolFonts.Contains(state.Font)));
        }
        else if (ucSkip > 0)
        {
            ucSkip--;
        }
    }

    /// <summary>A control symbol.</summary>
    private void Symbol(char symbol)
    {
        if (ucSkip > 0)
        {
            ucSkip--;
            return;
        }

        switch (symbol)
        {
            case '~':
                Emit(' ');
                break;
            case '_':
                Emit('-');
                break;
            case '\\' or '{' or '}':
                Emit(symbol);
                break;
        }
    }

    /// <summary>Appends a character of the group's text, unless it is a <c>\uN</c>'s fallback, hidden, or in a
    /// destination that is no text.</summary>
    private void Emit(char c)
    {
        if (ucSkip > 0)
        {
            ucSkip--;
            return;
        }

        if (overflow > 0 || stack.Count == 0 || state.Destination != RichTextDestination.Text || state.Hidden)
        {
            // Bytes before the outermost group (a byte order mark) are no text either.
            return;
        }

        if (Room())
        {
            paragraph.Append(c);
        }
    }

    /// <summary>Counts one more character of text (a line or cell end included); false, and reading stops, once the
    /// text would pass the limit.</summary>
    private bool Room()
    {
        if (++written > limit)
        {
            Cut = true;
            return false;
        }

        return true;
    }

    /// <summary>A paragraph ends: a text box's next line, a frame's text, or a line (or a line of a table cell) of the
    /// flow text.</summary>
    private void EndParagraph()
    {
        if (overflow > 0 || state.Destination != RichTextDestination.Text || !Room())
        {
            return;
        }

        if (state.InShape)
        {
            shapeText.Append(paragraph).Append('\n');
        }
        else if (state.Placed && !state.InTable)
        {
            double x = state.X + (state.HorizontalFrom == 'p' ? 0 : marginLeft);
            double y = state.Y + (state.VerticalFrom == 'p' ? 0 : marginTop);
            Frames.Add(page, x, y, state.Width, state.Height, state.Align, state.FontSize * 10, paragraph.ToString(), Text.Length);
        }
        else
        {
            Text.Append(paragraph).Append('\n');
        }

        paragraph.Clear();
    }

    /// <summary>A table cell ends (<c>\cell</c>, <c>\nestcell</c>): its last paragraph, then a tab.</summary>
    private void EndCell()
    {
        if (overflow > 0 || state.Destination != RichTextDestination.Text || state.InShape || !Room())
        {
            return;
        }

        Text.Append(paragraph).Append('\t');
        paragraph.Clear();
    }

    /// <summary>A table row ends (<c>\row</c>, <c>\nestrow</c>): the tab after its last cell becomes the line's end.</summary>
    private void EndRow()
    {
        if (overflow > 0 || state.Destination != RichTextDestination.Text || state.InShape || !Room())
        {
            return;
        }

        if (paragraph.Length > 0)
        {
            Text.Append(paragraph);
            paragraph.Clear();
        }

        if (Text.Length > 0 && Text[^1] == '\t')
        {
            Text.Length--;
        }

        Text.Append('\n');
    }
}
