using System.Collections.Generic;
using Rkaskpd.Resources;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>Collects the forms of one scan: starts a form (up to the form limit, after which reading stops), counts
/// the lines outside any form, and when a form ends either drops it (title lines and nothing else after another form)
/// or makes the end-of-form reports: fields the model cannot hold (RKA016), headless KAK sections placed by position
/// (RKA404/RKA406), missing parts (RKA002) and a revised-budget variant (RKA004).</summary>
internal sealed class FormCollector
{
    private readonly List<RawFormBuilder> forms = [];
    private readonly NoteSink notes;
    private readonly int maxForms;
    private string? outsidePage;

    /// <summary>Initialises a collector of at most <paramref name="maxForms"/> forms that reports to
    /// <paramref name="notes"/>.</summary>
    public FormCollector(NoteSink notes, int maxForms)
    {
        this.notes = notes;
        this.maxForms = maxForms;
    }

    /// <summary>Gets the form being read, or null between forms.</summary>
    public RawFormBuilder? Current { get; private set; }

    /// <summary>Gets the forms read so far.</summary>
    public IReadOnlyList<RawFormBuilder> Forms => forms;

    /// <summary>Gets the run of lines outside any form not reported yet.</summary>
    public LineRun Outside { get; } = new();

    /// <summary>Returns whether another form may start at <paramref name="line"/>; past the limit, reports it (RKA012).</summary>
    public bool CanStart(int line)
    {
        if (forms.Count < maxForms)
        {
            return true;
        }

        // Stop before the form past the limit; this line and the rest of the text are not read.
        notes.Items.Add(new RawNote(line, TextReaderMessages.TooManyForms, TextReaderMessages.FormLimit(maxForms, line)));
        return false;
    }

    /// <summary>Starts a form at <paramref name="line"/> (the previous one must have ended).</summary>
    public RawFormBuilder Start(int line)
    {
        FlushOutside();
        Current = new RawFormBuilder(line);
        forms.Add(Current);
        return Current;
    }

    /// <summary>Ends the current form, if any. Title lines and nothing else are no form after another form, nor before
    /// a summary page (<paramref name="beforeSummaryPage"/>: a title-only cover, see <see cref="RecapPage"/>).</summary>
    public void End(bool beforeSummaryPage = false)
    {
        if (Current is not { } current)
        {
            return;
        }

        Current = null;
        if (!current.HasContent && current.Fields.Count == 0 && (forms.Count > 1 || beforeSummaryPage))
        {
            // Title lines and nothing else after another form (a form-number box printed at a page's end): no form.
            forms.Remove(current);
            for (int l = current.StartLine; l <= current.EndLine; l++)
            {
                Outside.Add(l);
            }

            return;
        }

        HeaderFieldReader.ReportNotHeld(current, notes);
        KakReader.AssignHeadless(current, notes);
        ReportMissingParts(current);
        if (current.RevisedEvidence is RawLine evidence)
        {
            notes.Add(evidence.Line, TextReaderMessages.RevisedVariant, TextReaderMessages.Revised(evidence.Text));
        }
    }

    /// <summary>Whether a form read holds the SKPD's fields only (urusan, organisasi), with no program, kegiatan or sub
    /// kegiatan, no amounts, indicators or KAK, and no belanja lines (none at all, or pendapatan and pembiayaan ones
    /// only, kode 4 or 6): the cover of an RKA book (the SKPD and its list of forms) or a page of one of its other
    /// forms (RKA-SKPD 1, 3.1, the ringkasan) whose title was not recognised as such. A 2.2.1 form names its kegiatan,
    /// has its amounts or indicators, or its belanja lines (a perubahan page of the rincian alone, whose kegiatan are
    /// in the kode rekening), whatever else it lacks. A form of title lines and nothing else read (no field at all) is
    /// such a page too: a cover whose own title was not seen opening again (its text ran into the form's title without
    /// a page break, as a converter's text does).</summary>
    private static bool IsBookPage(RawFormBuilder form) =>
        (form.Fields.Count > 0 || form.TitleLines.Count > 0)
        && form.IndexOf(HeaderFieldKind.Program) < 0 && form.IndexOf(HeaderFieldKind.Kegiatan) < 0
        && form.IndexOf(HeaderFieldKind.SubKegiatan) < 0 && form.Amounts.Count == 0 && form.Indicators.Count == 0
        && form.KakSections.Count == 0 && !form.SawKak
        && form.Rincian.TrueForAll(line => line.KodeRekening is not { Length: > 0 } kode || kode[0] is '4' or '6');

    /// <summary>Drops the pages of the book that are no 2.2.1 form (<see cref="IsBookPage"/>) when the document holds a
    /// 2.2.1 form besides them, and reports each page's lines as one RKA003 instead of what was reported while it was
    /// read as a form (missing parts, lines not recognised, values appended). A document of such pages only keeps them
    /// as the incomplete forms they are.</summary>
    public void DropBookPages()
    {
        if (!forms.Exists(form => !IsBookPage(form)))
        {
            return;
        }

        foreach (RawFormBuilder page in forms.FindAll(IsBookPage))
        {
            forms.Remove(page);
            notes.Items.RemoveAll(note => note.Line >= page.StartLine && note.Line <= page.EndLine);
            int count = page.EndLine - page.StartLine + 1;
            notes.Add(page.StartLine, TextReaderMessages.OutsideForm, page.Fields.Count > 0
                ? TextReaderMessages.BookPage(page.StartLine, page.EndLine, count)
                : TextReaderMessages.CoverPage(page.StartLine, page.EndLine, count, TitleBlockReader.CoverTitle(page)));
        }
    }

    /// <summary>Drops the current form, which holds title lines only, as a cover page printed before the form's own
    /// title (<see cref="TitleBlockReader.StartsAgain"/>), and reports its lines (RKA003) under the cover's
    /// <paramref name="title"/>.</summary>
    public void DropCover(string title)
    {
        if (Current is not { } cover)
        {
            return;
        }

        Current = null;
        forms.Remove(cover);
        notes.Add(cover.StartLine, TextReaderMessages.OutsideForm, TextReaderMessages.CoverPage(cover.StartLine, cover.EndLine, cover.TitleLines.Count, title));
    }

    /// <summary>Merges each DPA cover page into the form of its kegiatan that follows it (<see cref="CoverPage"/>) and
    /// reports what the merged form still lacks.</summary>
    public void MergeCovers()
    {
        foreach (RawFormBuilder merged in CoverPage.Merge(forms, notes.Items))
        {
            ReportMissingParts(merged);
        }
    }

    /// <summary>Names the lines outside any form counted since the last report: they are a page of the book that is
    /// no 2.2.1 form (<see cref="RecapPage"/>), titled <paramref name="title"/>; the first name given stands.</summary>
    public void NameOutsidePage(string title) => outsidePage ??= title;

    /// <summary>Reports the lines outside any form counted since the last report (RKA003), naming the page they are
    /// when <see cref="NameOutsidePage"/> named one.</summary>
    public void FlushOutside()
    {
        string? page = outsidePage;
        outsidePage = null;
        if (Outside.TryTake(out int first, out int last, out int count))
        {
            notes.Add(first, TextReaderMessages.OutsideForm, page is null
                ? TextReaderMessages.Outside(first, last, count)
                : TextReaderMessages.OutsidePage(first, last, count, page));
        }
    }

    /// <summary>Freezes the forms read.</summary>
    public RawForm[] Build()
    {
        var built = new RawForm[forms.Count];
        for (int i = 0; i < forms.Count; i++)
        {
            built[i] = forms[i].Build();
        }

        return built;
    }

    /// <summary>Reports a form without kegiatan, amounts or indicators (RKA002). No KAK is no missing part: a form
    /// without any KAK heading is of a template without KAK (the official 2.2.1 form, SIPD prints); see
    /// <c>FormTemplates.HasKak</c>.</summary>
    private void ReportMissingParts(RawFormBuilder current)
    {
        var missing = new List<string>();
        if (current.IndexOf(HeaderFieldKind.Kegiatan) < 0 && current.IndexOf(HeaderFieldKind.SubKegiatan) < 0)
        {
            missing.Add(MessageResources.ReaderMissingKegiatan);
        }

        if (current.Amounts.Count == 0)
        {
            missing.Add(MessageResources.ReaderMissingAmounts);
        }

        if (current.Indicators.Count == 0)
        {
            missing.Add(MessageResources.ReaderMissingIndicators);
        }

        if (missing.Count > 0)
        {
            notes.Add(current.StartLine, TextReaderMessages.IncompleteForm,
                TextReaderMessages.Incomplete(current.StartLine, string.Join(", ", missing)));
        }
    }
}
