namespace Rkaskpd.Text;

/// <summary>A finding of the text reader: where (1-based line, 0 for the whole document), a stable code from
/// <see cref="TextReaderMessages"/>, and a message saying what was found and what the reader did about it.</summary>
/// <param name="Line">The 1-based line the finding is about, or 0 when it concerns the whole document.</param>
/// <param name="Code">The stable note code, e.g. <c>RKA402</c>.</param>
/// <param name="Message">An English message naming what was found and, where it applies, the correction.</param>
internal readonly record struct RawNote(int Line, string Code, string Message);
