using System;

namespace Rkaskpd.Text.HtmlPage;

/// <summary>The elements <see cref="HtmlTextReader"/> knows, by lower-case name.</summary>
internal static class HtmlElements
{
    /// <summary>The longest element name kept; a longer name is no element this class knows.</summary>
    public const int MaxNameLength = 12;

    /// <summary>Returns what the element <paramref name="name"/> (lower case) means for the page's text.</summary>
    /// <param name="name">The element's name in lower case.</param>
    /// <returns>Its kind; <see cref="HtmlElementKind.Inline"/> for every name not listed.</returns>
    public static HtmlElementKind KindOf(ReadOnlySpan<char> name) => name switch
    {
        "br" => HtmlElementKind.LineBreak,
        "td" or "th" => HtmlElementKind.Cell,
        "tr" => HtmlElementKind.Row,
        "table" => HtmlElementKind.Table,
        "thead" or "tbody" or "tfoot" => HtmlElementKind.TableSection,
        "pre" or "listing" => HtmlElementKind.Pre,
        "p" or "div" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
            or "caption" or "hr" or "blockquote" or "section" or "article" or "header" or "footer" or "nav" or "aside"
            or "main" or "address" or "center" or "form" or "fieldset" or "legend" or "figure" or "figcaption"
            or "details" or "summary" or "hgroup" or "menu" or "dir" or "body" or "html" => HtmlElementKind.Block,
        "script" or "style" or "title" or "template" or "noscript" or "textarea" or "iframe" or "xml" or "noembed"
            or "noframes" or "xmp" or "object" => HtmlElementKind.Skipped,
        _ => HtmlElementKind.Inline,
    };

    /// <summary>Returns whether <paramref name="name"/> is a void element (no content, no end tag), whose start does
    /// not count as nesting.</summary>
    /// <param name="name">The element's name in lower case.</param>
    /// <returns>Whether it is void.</returns>
    public static bool IsVoid(ReadOnlySpan<char> name) => name switch
    {
        "br" or "hr" or "img" or "input" or "meta" or "link" or "col" or "area" or "base" or "embed" or "param"
            or "source" or "track" or "wbr" => true,
        _ => false,
    };

    /// <summary>Returns whether a hidden element (<c>style="display:none"</c>, <c>hidden</c>) named
    /// <paramref name="name"/> is skipped: one whose end tag is required or whose end is clear (<c>tr</c>), so a
    /// missing end tag cannot hide the rest of the page by mistake.</summary>
    /// <param name="name">The element's name in lower case.</param>
    /// <returns>Whether it is skipped when hidden.</returns>
    public static bool IsHideable(ReadOnlySpan<char> name) => name switch
    {
        "div" or "span" or "table" or "tr" or "ul" or "ol" or "section" or "font" or "center" or "a" or "b" or "i"
            or "u" or "strong" or "em" or "label" => true,
        _ => false,
    };
}
