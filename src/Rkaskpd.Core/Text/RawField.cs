using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>A labelled field of a form, split into code text and name text, both as written.</summary>
/// <param name="Line">The 1-based line of the label.</param>
/// <param name="Kind">Which field this is.</param>
/// <param name="Label">The label as written (e.g. <c>Urusan Pemerintahan</c>, <c>organisasi</c>).</param>
/// <param name="Code">The code text as written (spaces and trailing dots kept), or <see langword="null"/> for fields
/// without a code (<c>Lokasi</c>, <c>Kelompok Sasaran</c>) or when none was written.</param>
/// <param name="Name">The name or value text as written; empty when nothing followed the code.</param>
internal sealed record RawField(int Line, HeaderFieldKind Kind, string Label, string? Code, string Name);
