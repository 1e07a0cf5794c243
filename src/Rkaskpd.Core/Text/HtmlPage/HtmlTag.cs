using System;

namespace Rkaskpd.Text.HtmlPage;

/// <summary>
/// Reads one tag of an HTML page, character by character, from its name to its closing <c>&gt;</c>: the element's
/// name in lower case (at most <see cref="HtmlElements.MaxNameLength"/> characters kept), whether it is an end tag or
/// self-closing, and whether it hides its element (<c>hidden</c>, or a <c>style</c> holding <c>display:none</c>).
/// </summary>
/// <remarks>Attribute values are passed over (a <c>&gt;</c> inside quotes does not end the tag) and not kept, but for
/// the first <see cref="MaxStyleLength"/> characters of a <c>style</c> and <see cref="MaxClassLength"/> of a
/// <c>class</c>, so a giant attribute costs no memory. The style's place (<c>position:absolute</c> with <c>top</c> and
/// <c>left</c>, as <c>pdftohtml</c> places every text run) is read into <see cref="Placement"/>.</remarks>
internal sealed class HtmlTag
{
    /// <summary>The most characters of a <c>style</c> attribute looked at for <c>display:none</c>.</summary>
    public const int MaxStyleLength = 256;

    /// <summary>The most characters of a <c>class</c> attribute kept (a converter's font class, <c>ft12</c>).</summary>
    public const int MaxClassLength = 16;

    private readonly char[] name = new char[HtmlElements.MaxNameLength];
    private readonly char[] attribute = new char[8];
    private readonly char[] style = new char[MaxStyleLength];
    private readonly char[] classValue = new char[MaxClassLength];
    private State state;
    private int nameLength;
    private bool nameOverflow;
    private int attributeLength;
    private int styleLength;
    private int classLength;
    private char quote;

    /// <summary>The states of a tag (after the HTML standard's).</summary>
    private enum State
    {
        Name,
        BeforeAttribute,
        AttributeName,
        AfterAttributeName,
        BeforeValue,
        QuotedValue,
        UnquotedValue,
    }

    /// <summary>Gets the element's name in lower case; empty when it was longer than any known element's.</summary>
    public ReadOnlySpan<char> Name => nameOverflow ? [] : name.AsSpan(0, nameLength);

    /// <summary>Gets whether the tag is an end tag (<c>&lt;/td&gt;</c>).</summary>
    public bool IsEnd { get; private set; }

    /// <summary>Gets whether the tag ended with <c>/&gt;</c>.</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>Gets whether the tag hides its element.</summary>
    public bool Hidden { get; private set; }

    /// <summary>Gets the place its <c>style</c> gives the element (absolute with <c>top</c> and <c>left</c>, or a
    /// relative container); <see cref="HtmlPlacement.None"/> for most tags.</summary>
    public HtmlPlacement Placement { get; private set; }

    /// <summary>Gets the tag's <c>class</c> (its first <see cref="MaxClassLength"/> characters, lower case).</summary>
    public ReadOnlySpan<char> Class => classValue.AsSpan(0, classLength);

    /// <summary>Starts a tag at the first letter of its name.</summary>
    /// <param name="first">The first letter.</param>
    /// <param name="isEnd">Whether it is an end tag.</param>
    public void Start(char first, bool isEnd)
    {
        Reset(isEnd);
        AppendName(first);
        state = State.Name;
    }

    /// <summary>Starts a tag whose name is already read and whose attributes follow (an end tag of a skipped element,
    /// such as <c>&lt;/script &gt;</c>).</summary>
    /// <param name="isEnd">Whether it is an end tag.</param>
    public void StartAttributes(bool isEnd)
    {
        Reset(isEnd);
        state = State.BeforeAttribute;
    }

    /// <summary>Reads the tag's next character.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it closed the tag.</returns>
    public bool Step(char c)
    {
        bool space = c is ' ' or '\t' or '\n' or '\r' or '\f';
        switch (state)
        {
            case State.Name:
                if (c == '>')
                {
                    return true;
                }

                if (space || c == '/')
                {
                    SelfClosing = c == '/';
                    state = State.BeforeAttribute;
                }
                else
                {
                    AppendName(c);
                }

                return false;
            case State.BeforeAttribute:
                if (c == '>')
                {
                    return true;
                }

                if (c == '/')
                {
                    SelfClosing = true;
                }
                else if (!space)
                {
                    SelfClosing = false;
                    StartAttribute(c);
                }

                return false;
            case State.AttributeName:
            case State.AfterAttributeName:
                return StepAttributeName(c, space);
            case State.BeforeValue:
                if (c == '>')
                {
                    EndAttribute();
                    return true;
                }

                if (c is '"' or '\'')
                {
                    quote = c;
                    state = State.QuotedValue;
                }
                else if (!space)
                {
                    AppendValue(c);
                    state = State.UnquotedValue;
                }

                return false;
            case State.QuotedValue:
                if (c == quote)
                {
                    EndAttribute();
                    state = State.BeforeAttribute;
                }
                else
                {
                    AppendValue(c);
                }

                return false;
            default: // UnquotedValue
                if (c == '>' || space)
                {
                    EndAttribute();
                    state = State.BeforeAttribute;
                    return c == '>';
                }

                AppendValue(c);
                return false;
        }
    }

    private bool StepAttributeName(char c, bool space)
    {
        if (c == '=')
        {
            state = State.BeforeValue;
        }
        else if (c == '>')
        {
            EndAttribute();
            return true;
        }
        else if (space)
        {
            state = State.AfterAttributeName;
        }
        else if (c == '/')
        {
            EndAttribute();
            SelfClosing = true;
            state = State.BeforeAttribute;
        }
        else if (state == State.AttributeName)
        {
            AppendAttribute(c);
        }
        else
        {
            EndAttribute();
            StartAttribute(c);
        }

        return false;
    }

    private void Reset(bool isEnd)
    {
        IsEnd = isEnd;
        SelfClosing = false;
        Hidden = false;
        Placement = HtmlPlacement.None;
        classLength = 0;
        nameLength = 0;
        nameOverflow = false;
        attributeLength = 0;
        styleLength = 0;
    }

    private void AppendName(char c)
    {
        if (nameLength < name.Length)
        {
            name[nameLength++] = char.ToLowerInvariant(c);
        }
        else
        {
            nameOverflow = true;
        }
    }

    private void StartAttribute(char first)
    {
        attributeLength = 0;
        styleLength = 0;
        AppendAttribute(first);
        state = State.AttributeName;
    }

    private void AppendAttribute(char c)
    {
        if (attributeLength < attribute.Length)
        {
            attribute[attributeLength] = char.ToLowerInvariant(c);
        }

        attributeLength = Math.Min(attributeLength + 1, attribute.Length + 1);
    }

    private void AppendValue(char c)
    {
        // Only a style's value is looked at, without its white space: "display : none" is "display:none".
        if (styleLength < style.Length && IsAttribute("style") && !char.IsWhiteSpace(c))
        {
            style[styleLength++] = char.ToLowerInvariant(c);
        }
        else if (classLength < classValue.Length && IsAttribute("class"))
        {
            classValue[classLength++] = char.ToLowerInvariant(c);
        }
    }

    private bool IsAttribute(string expected) =>
        attributeLength == expected.Length && attribute.AsSpan(0, attributeLength).SequenceEqual(expected);

    private void EndAttribute()
    {
        if (IsAttribute("hidden")
            || (IsAttribute("style") && style.AsSpan(0, styleLength).Contains("display:none", StringComparison.Ordinal)))
        {
            Hidden = true;
        }

        if (IsAttribute("style"))
        {
            Placement = HtmlPlacement.Of(style.AsSpan(0, styleLength));
        }

        attributeLength = 0;
        styleLength = 0;
    }
}
