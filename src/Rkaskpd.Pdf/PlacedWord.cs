namespace Rkaskpd.Pdf;

/// <summary>A word of a page in its reading frame: x grows along the text, y grows up the page, whatever the text's
/// rotation, so rotated (landscape) pages are read like upright ones.</summary>
/// <param name="Text">The word's characters.</param>
/// <param name="Left">Where the word starts along its line, in points.</param>
/// <param name="Right">Where the word ends along its line, in points.</param>
/// <param name="Baseline">The height of its baseline, in points (larger is higher on the page).</param>
/// <param name="Size">The font size, in points.</param>
internal readonly record struct PlacedWord(string Text, double Left, double Right, double Baseline, double Size);
