namespace Rkaskpd.Text.HtmlPage;

/// <summary>What an element means for a page's text as a browser copies it (<see cref="HtmlElements"/>).</summary>
internal enum HtmlElementKind
{
    /// <summary>Inline or unknown (<c>span</c>, <c>b</c>, <c>font</c>, Word's <c>o:p</c>): no effect on the layout.</summary>
    Inline,

    /// <summary><c>br</c>: a line break.</summary>
    LineBreak,

    /// <summary><c>td</c>, <c>th</c>.</summary>
    Cell,

    /// <summary><c>tr</c>.</summary>
    Row,

    /// <summary><c>table</c>.</summary>
    Table,

    /// <summary><c>thead</c>, <c>tbody</c>, <c>tfoot</c>: their start and end end an open row.</summary>
    TableSection,

    /// <summary><c>pre</c> (and the old <c>listing</c>): text kept as written.</summary>
    Pre,

    /// <summary>A block element (<c>p</c>, <c>div</c>, <c>li</c>, <c>h1</c>–<c>h6</c>, <c>caption</c>, <c>hr</c>, ...): starts and ends a line.</summary>
    Block,

    /// <summary>An element whose content is never shown and is skipped up to its end tag as raw text (<c>script</c>,
    /// <c>style</c>, <c>title</c>, <c>template</c>, <c>noscript</c>, <c>textarea</c>, <c>iframe</c>, Word's <c>xml</c>).</summary>
    Skipped,
}
