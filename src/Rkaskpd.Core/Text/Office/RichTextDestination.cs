namespace Rkaskpd.Text.Office;

/// <summary>Where a Rich Text Format group's text goes.</summary>
internal enum RichTextDestination
{
    /// <summary>The document's text (the body, a table, a field's result, a list item's number, a text box).</summary>
    Text,

    /// <summary>Nowhere: a destination that holds no text of the page (<c>{\*\...}</c>, the colour table, the style
    /// sheet, pictures, page headers and footers, footnotes, a field's instruction).</summary>
    Skipped,

    /// <summary>The font table (<c>\fonttbl</c>): each font's number and character set are read, its name is not text.</summary>
    FontTable,

    /// <summary>A shape's instructions (<c>\shpinst</c>): its place is read, its properties are not text; its text
    /// box (<c>\shptxt</c>) is read as text.</summary>
    Shape,
}
