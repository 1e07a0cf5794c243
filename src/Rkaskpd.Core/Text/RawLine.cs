namespace Rkaskpd.Text;

/// <summary>A piece of text exactly as written in the document, with the 1-based line it comes from.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Text">The text as written (outer white space trimmed).</param>
internal readonly record struct RawLine(int Line, string Text);
