using System;
using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>The blocks around a form's sections that are not read as sections: the closing block (its lines skipped,
/// its signature read by <see cref="SignatureBlockReader"/>, the block reported once as RKA003), a summary page
/// (<see cref="RecapPage"/>) and a DPA's monthly plan (<see cref="RencanaPenarikanBlock"/>). The scanner decides when
/// a row goes here; this type owns their state.</summary>
internal sealed class SideBlocks
{
    private readonly NoteSink notes;
    private readonly LineRun closing = new();
    private readonly SignatureBlockReader signature = new();
    private readonly RecapPage recapPage = new();
    private readonly RencanaPenarikanBlock penarikan;

    /// <summary>Initialises the blocks, reporting to <paramref name="notes"/>.</summary>
    public SideBlocks(NoteSink notes)
    {
        this.notes = notes;
        penarikan = new RencanaPenarikanBlock(notes);
    }

    /// <summary>Gets a value indicating whether the last row taken by <see cref="TryTakeRecap"/> started a summary
    /// page (the open form, a title-only cover, ends there).</summary>
    public bool RecapStartsPage => recapPage.StartsPage;

    /// <summary>Takes a cleaned row when it belongs to a summary page (see <see cref="RecapPage"/>).</summary>
    public bool TryTakeRecap(ReadOnlySpan<char> text) => recapPage.TryTake(text);

    /// <summary>Reads a trimmed row of a DPA's monthly plan when it is one (see <see cref="RencanaPenarikanBlock"/>).
    /// When the row ends a plan that had a signature beside it, <paramref name="closing"/> tells that those lines
    /// started the closing block, where the row then belongs.</summary>
    public bool TryReadPenarikan(RawFormBuilder form, string trimmed, int line, out bool closing)
    {
        if (penarikan.TryRead(form, trimmed, line))
        {
            closing = false;
            return true;
        }

        closing = TryStartClosingBeside();
        return false;
    }

    /// <summary>Reports the monthly plan read so far, once (the form ends); a signature printed beside it starts the
    /// closing block.</summary>
    public void FlushPenarikan()
    {
        penarikan.Flush();
        TryStartClosingBeside();
    }

    private bool TryStartClosingBeside()
    {
        if (!penarikan.TakeSideLines(out List<(int Line, string Text)> lines))
        {
            return false;
        }

        StartClosing(lines[0].Line, lines[0].Text);
        for (int i = 1; i < lines.Count; i++)
        {
            closing.Add(lines[i].Line);
            signature.Add(lines[i].Text);
        }

        return true;
    }

    /// <summary>Starts a closing block (signatures, place and date) at <paramref name="line"/>.</summary>
    public void StartClosing(int line, string trimmed)
    {
        signature.Start(trimmed);
        closing.Add(line);
    }

    /// <summary>Takes a cleaned row of the open closing block; false when the row ends the block (a form title, a
    /// part of the form), and the caller then flushes the block and reads the row.</summary>
    public bool TryAddClosing(string text, int line)
    {
        string trimmed = text.Trim();
        if (SectionStarts.EndsClosingBlock(trimmed))
        {
            return false;
        }

        closing.Add(line);
        signature.Add(text.Trim(' ')); // leading tabs kept: an indented cell is the right column's
        return true;
    }

    /// <summary>Ends the closing block: a signature read from it goes to <paramref name="form"/>; the block is
    /// reported once.</summary>
    public void FlushClosing(RawFormBuilder? form)
    {
        if (closing.TryTake(out int first, out int last, out int count))
        {
            TandaTangan? signed = signature.Read(out TandaTangan? second, out string? unsplit);
            bool kept = form is not null && signed is not null && form.TandaTangan is null;
            if (kept)
            {
                form!.TandaTangan = signed;
            }
            else if (form?.TandaTangan is { } held && signed is not null && !held.Equals(signed))
            {
                // A later closing block's signature (the KAK's own, after the form's): reported, not dropped.
                notes.Add(first, TextReaderMessages.NotHeld, TextReaderMessages.LaterSignature(signed.Jabatan ?? string.Empty, signed.Nama ?? string.Empty, signed.Nip ?? string.Empty));
            }

            if (second is not null)
            {
                // The model holds one signature: the other one is reported, not dropped.
                notes.Add(first, TextReaderMessages.NotHeld, unsplit is null
                    ? TextReaderMessages.SecondSignatory(second.Jabatan ?? string.Empty, second.Nama ?? string.Empty, second.Nip ?? string.Empty)
                    : TextReaderMessages.SignatureColumnsMerged(second.Nama ?? string.Empty, second.Nip ?? string.Empty, unsplit));
            }

            notes.Add(first, TextReaderMessages.OutsideForm, !kept
                ? TextReaderMessages.Closing(first, last, count)
                : TextReaderMessages.ClosingSigned(first, last, count));
        }
    }
}
