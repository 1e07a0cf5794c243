using System;
using System.IO;
using Rkaskpd.Utility;

namespace Rkaskpd.Text.HtmlPage;

/// <summary>
/// A <see cref="TextReader"/> over an HTML page that reads the page's text as a browser's copy (innerText) gives it:
/// table cells joined by tabs, rows and <c>&lt;br&gt;</c> as line breaks, blocks on lines of their own, white space
/// collapsed, entities decoded, and what a browser does not show (<c>&lt;head&gt;</c>'s title, scripts, styles,
/// comments, templates, elements hidden by <c>style="display:none"</c> or <c>hidden</c>) left out.
/// </summary>
/// <remarks>
/// <para>The page is tokenized character by character in a state machine that keeps only what it needs across
/// blocks of the source: an element name of at most <see cref="HtmlElements.MaxNameLength"/> characters, an entity of
/// at most <see cref="MaxEntityLength"/>, a style value of at most <see cref="HtmlTag.MaxStyleLength"/>. The layout of the text
/// is <see cref="HtmlTextLayout"/>'s. Nothing of the source is held beyond one block, so a page minified onto one
/// line, an unclosed comment or tag, a giant attribute or deep nesting cost time linear in the source and bounded
/// memory, and the reader's line limits apply to the text made.</para>
/// <para>At most the given number of source characters are read; <see cref="SourceTruncated"/> says whether the page
/// went on past them. Malformed markup never throws: a <c>&lt;</c> that opens no tag is text, a tag or comment cut off
/// by the end of the page is dropped.</para>
/// </remarks>
internal sealed class HtmlTextReader : TextReader
{
    /// <summary>The longest entity decoded, <c>&amp;</c> and <c>;</c> included (as <see cref="HtmlFragments"/> does).</summary>
    public const int MaxEntityLength = 12;

    private const int BlockLength = 8192;

    private const string StyleName = "style";

    private readonly TextReader source;
    private readonly long maxSourceLength;
    private readonly HtmlTextLayout layout = new();
    private readonly HtmlPlacedText placed;
    private readonly char[] block;
    private readonly char[] entity = new char[MaxEntityLength];
    private readonly HtmlTag tag = new();
    private int position;
    private int length;
    private long sourceRead;
    private bool sourceEnded;

    private State state = State.Text;
    private int entityLength;
    private int dashes;
    private string? rawName;
    private int rawMatched;
    private string? hiddenName;
    private int hiddenDepth;
    private int hiddenTables;

    /// <summary>Initialises a reader over the page <paramref name="source"/>, whose first characters
    /// (<paramref name="first"/>, the first <paramref name="firstLength"/> of it) were read from it already.</summary>
    /// <param name="source">The rest of the page; read to its end (or the limit), never closed.</param>
    /// <param name="first">The characters already read, used as the first block (at least 8192 long); a byte order
    /// mark at its start is skipped.</param>
    /// <param name="firstLength">How many of <paramref name="first"/> hold text.</param>
    /// <param name="maxSourceLength">The most source characters read.</param>
    public HtmlTextReader(TextReader source, char[] first, int firstLength, long maxSourceLength)
    {
        this.source = source;
        placed = new HtmlPlacedText(layout);
        this.maxSourceLength = maxSourceLength;
        block = first.Length >= BlockLength ? first : new char[BlockLength];
        first.AsSpan(0, firstLength).CopyTo(block);
        length = (int)Math.Min(firstLength, Math.Max(maxSourceLength, 0));
        position = length > 0 && block[0] == '\uFEFF' ? 1 : 0;
        sourceRead = length;
        SourceTruncated = length < firstLength;
        sourceEnded = firstLength == 0 || SourceTruncated;
    }

    /// <summary>The tokenizer's states (after the HTML standard's, simplified to what the text needs).</summary>
    private enum State
    {
        Text,
        Entity,
        TagOpen,
        EndTagOpen,
        Tag,
        DeclarationOpen,
        CommentOpen,
        Comment,
        BogusComment,
        RawText,
        RawTextEnd,
    }

    /// <summary>Gets whether the page's text was placed by position (a PDF converter's page), and so laid out as
    /// <c>pdftotext -layout</c> writes it (<see cref="HtmlPlacedText"/>).</summary>
    public bool Positioned => placed.Used;

    /// <summary>Gets whether the page went on past the most source characters read.</summary>
    public bool SourceTruncated { get; private set; }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        Fill();
        return layout.Drain(buffer);
    }

    /// <inheritdoc/>
    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    /// <inheritdoc/>
    public override int Peek()
    {
        Fill();
        return layout.PeekChar();
    }

    /// <summary>Tokenizes source blocks until some text is made or the source ends.</summary>
    private void Fill()
    {
        while (layout.Available == 0)
        {
            if (position == length)
            {
                if (sourceEnded || !ReadBlock())
                {
                    return;
                }
            }

            while (position < length)
            {
                Step(block[position++]);
            }

            if (sourceEnded || position == length && !ReadBlock())
            {
                Finish();
            }
        }
    }

    /// <summary>Reads the next block of the source; returns false (and marks the end) when there is none.</summary>
    private bool ReadBlock()
    {
        if (sourceEnded)
        {
            return false;
        }

        long room = maxSourceLength - sourceRead;
        int read = room <= 0 ? 0 : source.Read(block, 0, (int)Math.Min(block.Length, room));
        position = 0;
        length = Math.Max(read, 0);
        sourceRead += length;
        if (read <= 0)
        {
            sourceEnded = true;
            SourceTruncated = room <= 0 && source.Read(stackalloc char[1]) > 0;
            return false;
        }

        return true;
    }

    /// <summary>The end of the page: a pending entity is text; a tag or comment cut off is dropped; open rows end.</summary>
    private void Finish()
    {
        if (state == State.Entity)
        {
            FlushEntity();
        }
        else if (state is State.TagOpen or State.EndTagOpen)
        {
            TextChar('<');
            if (state == State.EndTagOpen)
            {
                TextChar('/');
            }
        }

        state = State.Text;
        placed.Flush();
        layout.End();
    }

    private void Step(char c)
    {
        switch (state)
        {
            case State.Text:
                if (c == '<')
                {
                    state = State.TagOpen;
                }
                else if (c == '&')
                {
                    entity[0] = c;
                    entityLength = 1;
                    state = State.Entity;
                }
                else
                {
                    TextChar(c);
                }

                break;
            case State.Entity:
                StepEntity(c);
                break;
            case State.TagOpen:
                StepTagOpen(c);
                break;
            case State.EndTagOpen:
                if (char.IsAsciiLetter(c))
                {
                    tag.Start(c, isEnd: true);
                    state = State.Tag;
                }
                else
                {
                    state = c == '>' ? State.Text : State.BogusComment;
                }

                break;
            case State.Tag:
                if (tag.Step(c))
                {
                    EmitTag();
                }

                break;
            case State.DeclarationOpen:
                if (c == '-')
                {
                    state = State.CommentOpen;
                }
                else
                {
                    state = c == '>' ? State.Text : State.BogusComment;
                }

                break;
            case State.CommentOpen:
                dashes = 2; // "<!-->" and "<!--->" end at once, as browsers end them
                state = c == '-' ? State.Comment : c == '>' ? State.Text : State.BogusComment;
                break;
            case State.Comment:
                if (c == '>' && dashes >= 2)
                {
                    state = State.Text;
                }

                dashes = c == '-' ? dashes + 1 : 0;
                break;
            case State.BogusComment:
                if (c == '>')
                {
                    state = State.Text;
                }

                break;
            case State.RawText:
                StepRawText(c);
                break;
            case State.RawTextEnd:
                if (c == '>')
                {
                    EndRawText();
                }
                else if (char.IsWhiteSpace(c) || c == '/')
                {
                    EndRawText();
                    tag.StartAttributes(isEnd: true);
                    state = State.Tag;
                }
                else
                {
                    rawMatched = c == '<' ? 1 : 0;
                    state = State.RawText;
                }

                break;
        }
    }

    private void StepTagOpen(char c)
    {
        if (char.IsAsciiLetter(c))
        {
            tag.Start(c, isEnd: false);
            state = State.Tag;
        }
        else if (c == '/')
        {
            state = State.EndTagOpen;
        }
        else if (c == '!')
        {
            state = State.DeclarationOpen;
        }
        else if (c == '?')
        {
            state = State.BogusComment;
        }
        else
        {
            // "a < b": the '<' is text, and this character is read again as text.
            state = State.Text;
            TextChar('<');
            Step(c);
        }
    }

    private void StepEntity(char c)
    {
        if (c == ';')
        {
            entity[entityLength++] = c;
            Span<char> decoded = stackalloc char[2];
            if (HtmlFragments.TryDecodeEntity(entity.AsSpan(0, entityLength), decoded, out int decodedLength, out int consumed, keepNoBreakSpace: true)
                && consumed == entityLength)
            {
                for (int i = 0; i < decodedLength; i++)
                {
                    TextChar(decoded[i]);
                }

                entityLength = 0;
                state = State.Text;
            }
            else
            {
                FlushEntity();
            }
        }
        else if (entityLength < MaxEntityLength - 1 && (char.IsAsciiLetterOrDigit(c) || (c == '#' && entityLength == 1)))
        {
            entity[entityLength++] = c;
        }
        else
        {
            FlushEntity();
            Step(c);
        }
    }

    /// <summary>Writes a pending <c>&amp;...</c> that is no entity as text, and returns to the text state.</summary>
    private void FlushEntity()
    {
        state = State.Text;
        for (int i = 0; i < entityLength; i++)
        {
            TextChar(entity[i]);
        }

        entityLength = 0;
    }

    /// <summary>A whole tag was read: hands it to the layout, or to the hidden element being skipped.</summary>
    private void EmitTag()
    {
        state = State.Text;
        ReadOnlySpan<char> element = tag.Name;
        HtmlElementKind kind = HtmlElements.KindOf(element);
        if (!tag.IsEnd && kind == HtmlElementKind.Skipped)
        {
            rawName = element.SequenceEqual(StyleName) ? StyleName : element.ToString();
            rawMatched = 0;
            state = State.RawText;
            return;
        }

        if (hiddenName is not null)
        {
            SkipHidden(element);
            return;
        }

        if (placed.Tag(tag, element))
        {
            return;
        }

        if (!tag.IsEnd && tag.Hidden && HtmlElements.IsHideable(element))
        {
            hiddenName = element.ToString();
            hiddenDepth = 1;
            hiddenTables = 0;
            if (element.SequenceEqual("tr"))
            {
                layout.RowEnd();
            }

            return;
        }

        Apply(kind);
    }

    /// <summary>Hands the element boundary of the tag just read to the layout.</summary>
    private void Apply(HtmlElementKind kind) => layout.Apply(kind, tag.IsEnd, tag.SelfClosing);

    /// <summary>A tag inside a hidden element: counts the nesting of its name until the element ends. A hidden row
    /// also ends where the next row of its table starts or its table (section) ends.</summary>
    private void SkipHidden(ReadOnlySpan<char> element)
    {
        if (hiddenName == "tr" && hiddenTables == 0)
        {
            bool nextRow = !tag.IsEnd && element.SequenceEqual("tr");
            bool tableEnds = tag.IsEnd && HtmlElements.KindOf(element) is HtmlElementKind.Table or HtmlElementKind.TableSection;
            if (nextRow || tableEnds)
            {
                hiddenName = null;
                Apply(HtmlElements.KindOf(element));
                return;
            }
        }

        if (element.SequenceEqual("table") && hiddenName != "table")
        {
            hiddenTables = Math.Max(0, hiddenTables + (tag.IsEnd ? -1 : 1));
        }

        if (!element.SequenceEqual(hiddenName) || (!tag.IsEnd && (tag.SelfClosing || HtmlElements.IsVoid(element))))
        {
            return;
        }

        hiddenDepth += tag.IsEnd ? -1 : 1;
        if (hiddenDepth == 0)
        {
            hiddenName = null;
        }
    }

    private void StepRawText(char c)
    {
        string target = rawName!;
        if (ReferenceEquals(target, StyleName))
        {
            placed.StyleChar(c);
        }

        if (rawMatched == 0)
        {
            rawMatched = c == '<' ? 1 : 0;
        }
        else if (rawMatched == 1)
        {
            rawMatched = c == '/' ? 2 : c == '<' ? 1 : 0;
        }
        else if (char.ToLowerInvariant(c) == target[rawMatched - 2])
        {
            rawMatched++;
            if (rawMatched - 2 == target.Length)
            {
                state = State.RawTextEnd;
            }
        }
        else
        {
            rawMatched = c == '<' ? 1 : 0;
        }
    }

    private void EndRawText()
    {
        if (ReferenceEquals(rawName, StyleName))
        {
            placed.StyleEnd();
        }

        state = State.Text;
        rawName = null;
        rawMatched = 0;
    }

    /// <summary>A character of the page's text, unless it lies in a hidden element.</summary>
    private void TextChar(char c)
    {
        if (hiddenName is not null)
        {
            return;
        }

        if (placed.InRun)
        {
            placed.Text(c);
        }
        else
        {
            layout.Text(c);
        }
    }
}
