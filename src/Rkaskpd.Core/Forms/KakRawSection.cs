namespace Rkaskpd.Forms;

/// <summary>A KAK section as a document reader found it: the heading and the text, both as written.</summary>
/// <param name="Heading">The heading cell as written, or <see langword="null"/> when the label cell was empty.</param>
/// <param name="Text">The section text as written.</param>
public sealed record KakRawSection(string? Heading, string Text);
