using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>One section of a form's KAK, with its text as written (HTML fragments kept).</summary>
/// <param name="Line">The 1-based line where the section starts.</param>
/// <param name="Heading">The heading as written (e.g. <c>Layat Belakang</c>), or <see langword="null"/> when the
/// row had no heading.</param>
/// <param name="Kind">The recognised section, or <see langword="null"/> when it could not be told.</param>
/// <param name="Text">The section text with HTML kept; continuation lines are joined with <c>\n</c>.</param>
internal sealed record RawKakSection(int Line, string? Heading, KakSectionKind? Kind, string Text);
