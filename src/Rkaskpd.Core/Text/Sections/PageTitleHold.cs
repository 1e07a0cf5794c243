using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// The form's title printed again at the top of a page (after a page footer or a form feed), outside the rincian table
/// (whose repeated title <see cref="RincianRowReader"/> passes over). A multi-page print (SIPD's DPA-SUB KEGIATAN:
/// the header on page 1, the sub kegiatan block and the rincian on page 2, the penarikan plan and the signature on the
/// next) repeats it on every page. Its lines are held until the first line after them tells what they are: the start
/// of the next form (its urusan, organisasi, program or kegiatan, or an amount row), and they are replayed as that
/// form's title block; or a part of the form that goes on (the sub kegiatan block, the indicator table, the KAK, the
/// rincian table, the penarikan plan, the signature, the Tim Anggaran table), and they are page furniture, dropped as a
/// page footer is. Anything else starts the next form, as a title always did.
/// </summary>
internal sealed class PageTitleHold
{
    private readonly List<(string Raw, string Text, int Line)> held = [];

    /// <summary>Gets whether the last row read was a page break (a page footer or a form feed) with no row since.</summary>
    public bool AtPageTop { get; private set; }

    /// <summary>Gets whether title lines are held.</summary>
    public bool IsHolding => held.Count > 0;

    /// <summary>Gets the lines held, in order: the raw line, the cleaned line and its number.</summary>
    public IReadOnlyList<(string Raw, string Text, int Line)> Held => held;

    /// <summary>A page break was read.</summary>
    public void PageBreak() => AtPageTop = true;

    /// <summary>A row was read that is neither a page break nor a held title line.</summary>
    public void RowRead() => AtPageTop = false;

    /// <summary>Holds a title line.</summary>
    public void Hold(string raw, string text, int line) => held.Add((raw, text, line));

    /// <summary>Forgets the lines held.</summary>
    public void Clear()
    {
        held.Clear();
        AtPageTop = false;
    }

    /// <summary>Returns whether a trimmed line, at a page's top while the form has content, is a line of its title
    /// printed again: a form title, or a line the repeated title is made of (<see cref="RepeatedPageTitle"/>).</summary>
    public static bool IsTitleLine(string trimmed) =>
        TitleBlockReader.IsFormTitle(trimmed) || RepeatedPageTitle.Is(trimmed);

    /// <summary>Returns whether the first line after the held title is a part of the open form that goes on over the
    /// page: a field of SIPD's sub kegiatan block (sub kegiatan, sumber pendanaan, lokasi, waktu pelaksanaan, keluaran
    /// sub kegiatan) or the kelompok sasaran, the indicator table's heading, the KAK, the rincian table (its title, header row or a rekening row), the
    /// penarikan plan, the Tim Anggaran table, or the signature (a closing block, a place and date).</summary>
    public static bool GoesOn(string trimmed, LineCells cells)
    {
        if (HeaderFieldReader.TryMatch(trimmed, out HeaderFieldKind kind, out _))
        {
            return kind is HeaderFieldKind.SubKegiatan or HeaderFieldKind.SumberDana or HeaderFieldKind.Lokasi
                or HeaderFieldKind.WaktuPelaksanaan or HeaderFieldKind.KeluaranSubKegiatan or HeaderFieldKind.KelompokSasaran;
        }

        return IndicatorHeading.IsHeading(trimmed, inTable: false) || KakLines.IsTitle(trimmed, out _)
            || KakLines.StartsWithHeadingAndColon(trimmed)
            || SectionStarts.StartsRincian(trimmed, cells) || TabRincianRow.StartsWithRekeningRow(cells)
            || (FlatRincianRow.TryRead(trimmed, 0, numbers: true, out RawRincianLine row, out _) && row.KodeRekening is not null && row.JumlahText.Length > 0)
            || RawLabels.TryMatchWords(trimmed, 0, "Rencana Penarikan", out _)
            || RawLabels.TryMatchWords(trimmed, 0, "Tim Anggaran", out _)
            || ClosingBlock.IsStart(trimmed) || SignaturePlaceAndDate.EndsWithPlaceAndDate(trimmed);
    }
}
