namespace Rkaskpd.Text.Office;

/// <summary>What a <see cref="RichTextTokenizer"/> token is.</summary>
internal enum RichTextTokenKind
{
    /// <summary>The end of the bytes.</summary>
    End,

    /// <summary>A group's start, <c>{</c>.</summary>
    GroupStart,

    /// <summary>A group's end, <c>}</c>.</summary>
    GroupEnd,

    /// <summary>A control word (<c>\par</c>, <c>\fs20</c>): its name and, when it has one, its numeric parameter.</summary>
    ControlWord,

    /// <summary>A control symbol: a backslash and one character that is no letter (<c>\~</c>, <c>\*</c>, <c>\{</c>).</summary>
    ControlSymbol,

    /// <summary>A byte of text, or a byte written as <c>\'hh</c>, to be decoded through the document's code page.</summary>
    Byte,

    /// <summary>Binary data after <c>\binN</c>, already skipped.</summary>
    Binary,
}
