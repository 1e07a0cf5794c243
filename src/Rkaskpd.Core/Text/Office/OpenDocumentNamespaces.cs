namespace Rkaskpd.Text.Office;

/// <summary>The OpenDocument (ISO/IEC 26300) namespaces the reader looks at.</summary>
internal static class OpenDocumentNamespaces
{
    /// <summary>The <c>office:</c> namespace (the document, its body, annotations).</summary>
    public const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    /// <summary>The <c>text:</c> namespace (paragraphs, headings, lists, spaces, tabs, line breaks).</summary>
    public const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /// <summary>The <c>table:</c> namespace (tables, rows, cells, columns).</summary>
    public const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    /// <summary>The <c>draw:</c> namespace (frames, shapes, text boxes: not part of the text a person copies, but for
    /// the text frames placed on pages by LibreOffice's PDF import).</summary>
    public const string Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

    /// <summary>The <c>svg:</c> namespace (a frame's <c>svg:x</c>, <c>svg:y</c>, <c>svg:width</c>, <c>svg:height</c>).</summary>
    public const string Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
}
