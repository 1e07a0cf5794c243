using System;
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

    /// <summary>Takes back the last note with <paramref name="code"/> at <paramref name="line"/>, when there is one: a
    /// reader that reported a guess and then learnt more (a target on the next line) reports again.</summary>
    public void Withdraw(int line, string code)
    {
        int at = Items.FindLastIndex(n => n.Line == line && n.Code == code);
        if (at >= 0)
        {
            Items.RemoveAt(at);
        }
    }

    /// <summary>Returns the notes ordered by line; notes on one line keep the order they were found in.</summary>
    public RawNote[] ToSortedArray()
    {
        RawNote[] found = Items.ToArray();
        int[] order = new int[found.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => found[a].Line != found[b].Line ? found[a].Line.CompareTo(found[b].Line) : a.CompareTo(b));
        var ordered = new RawNote[found.Length];
        for (int i = 0; i < order.Length; i++)
        {
            ordered[i] = found[order[i]];
        }

        return ordered;
    }
}
