using System.Collections.Generic;

namespace Rkaskpd.Text.Sections;

/// <summary>The notes of one scan, shared by the scanner and its section readers: at most <see cref="MaxNotes"/> are
/// kept, then one note says the rest were dropped.</summary>
internal sealed class NoteSink
{
    /// <summary>The most notes kept for one document.</summary>
    public const int MaxNotes = 10_000;

    private bool limitReached;

    /// <summary>Gets the notes in the order found.</summary>
    public List<RawNote> Items { get; } = [];

    /// <summary>Adds a note, or the note-limit note once the limit is reached.</summary>
    public void Add(int line, string code, string message)
    {
        if (Items.Count < MaxNotes)
        {
            Items.Add(new RawNote(line, code, message));
        }
        else if (!limitReached)
        {
            limitReached = true;
            Items.Add(new RawNote(line, TextReaderMessages.TooManyNotes, TextReaderMessages.NoteLimit(MaxNotes)));
        }
    }
}
