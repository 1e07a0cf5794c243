namespace Rkaskpd.Text.Layout;

/// <summary>One logical row handed by <see cref="LayoutNormaliser"/> to the scanner: a line of text in the canonical
/// shape (<c>Label : value</c>, or cells separated by tabs) with the 1-based source line of its first line; or, when
/// <see cref="NoteCode"/> is set, a finding of the stage itself whose message is <see cref="Text"/>.</summary>
/// <param name="Line">The 1-based source line where the row (or the finding) starts.</param>
/// <param name="Text">The row's text, or the finding's message.</param>
/// <param name="NoteCode">The finding's code; <see langword="null"/> for a row.</param>
internal readonly record struct LogicalRow(int Line, string Text, string? NoteCode = null);
