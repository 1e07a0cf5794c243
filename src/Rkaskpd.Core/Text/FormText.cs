using Rkaskpd.Utility;

namespace Rkaskpd.Text;

/// <summary>
/// The text of a form's cells as people read it. Cells copied from web-based planning systems carry HTML fragments
/// (<c>&lt;p&gt;</c>, <c>&lt;ul&gt;&lt;li&gt;</c>, <c>&amp;nbsp;</c>); the model keeps them as written, and writers of
/// other formats (spreadsheets, reports) turn them into plain text with this method.
/// </summary>
public static class FormText
{
    /// <summary>Converts a cell's text, which may hold an HTML fragment, to plain text: tags removed, entities
    /// decoded, white space collapsed, <c>\n</c> between blocks and list items.</summary>
    /// <param name="text">The cell's text as the model holds it; null reads as empty.</param>
    /// <returns>The plain text; <paramref name="text"/> itself when it is already plain (no allocation).</returns>
    /// <example>
    /// <code>
    /// FormText.ToPlainText("&lt;p&gt;Tersedianya&amp;nbsp;dana&lt;/p&gt;") // "Tersedianya dana"
    /// </code>
    /// </example>
    public static string ToPlainText(string? text) => HtmlFragments.ToPlainText(text);
}
