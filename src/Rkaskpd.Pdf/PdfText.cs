namespace Rkaskpd.Pdf;

/// <summary>The text rebuilt from a PDF's pages in the text reader's canonical shape, one logical line per table row,
/// with the page of each line.</summary>
/// <param name="Text">The lines, separated by line feeds.</param>
/// <param name="PageOfLine">The 1-based page of each line (element <c>i</c> is line <c>i + 1</c>).</param>
internal sealed record PdfText(string Text, int[] PageOfLine);
