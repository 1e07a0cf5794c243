using System.Collections.Generic;

namespace Rkaskpd.Text.Office;

/// <summary>What an Office package gave: its text (null when the package could not be read) and the notes about how
/// it was read or why it could not be, each about the whole document (line 0).</summary>
/// <param name="Text">The text, lines ended by <c>'\n'</c>, or null.</param>
/// <param name="Notes">The notes.</param>
internal sealed record OfficeText(string? Text, IReadOnlyList<RawNote> Notes);
