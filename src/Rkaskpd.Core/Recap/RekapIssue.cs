namespace Rkaskpd.Recap;

/// <summary>A form the recap could not take as it stands, and what the recap did with it.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Kegiatan">The form's <c>kegiatan</c> code as written (empty when the form has none).</param>
/// <param name="FormIndex">The 0-based position of the form in the document.</param>
/// <param name="Message">What was found and how the recap counted it.</param>
public sealed record RekapIssue(RekapIssueKind Kind, string Kegiatan, int FormIndex, string Message);
