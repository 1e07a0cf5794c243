using static Rkaskpd.Text.Sections.ScanText;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>The scanner's tests of what a trimmed line starts: a part of the form (which ends a closing block or a
/// pending terbilang), the rincian table (its title or header row, also right after the KAK), the end of the rincian
/// table, and a perubahan heading (<c>Sebelum Perubahan</c>, <c>Setelah Perubahan</c>). The section readers read the
/// lines; these tests only decide which reader gets them.</summary>
internal static class SectionStarts
{
    /// <summary>Returns whether a trimmed line starts a part of the form (a coded field, an amount or indicator row,
    /// the kelompok sasaran, the KAK, a form title).</summary>
    public static bool LooksStructural(string trimmed) =>
        HeaderFieldReader.StartsWithCodedField(trimmed, out _)
        || RawLabels.TryMatchWords(trimmed, 0, "Jumlah", out _)
        || RawLabels.TryMatchWords(trimmed, 0, "Indikator", out _)
        || RawLabels.TryMatchWords(trimmed, 0, "Kelompok Sasaran", out _)
        || KakLines.IsTitle(trimmed, out _)
        || TitleBlockReader.IsFormTitle(trimmed);

    /// <summary>Returns whether a trimmed line ends a form's closing block: a form title, a part of the form, or a KAK
    /// heading with its colon.</summary>
    public static bool EndsClosingBlock(string trimmed) =>
        TitleBlockReader.IsFormTitle(trimmed) || LooksStructural(trimmed) || KakLines.StartsWithHeadingAndColon(trimmed);

    /// <summary>Returns whether a line starts the rincian table in the body: its title, its header row (with a kode
    /// rekening column), or a flattened header line.</summary>
    public static bool StartsRincian(string trimmed, LineCells cells) =>
        RincianHeadings.IsRincianTitle(trimmed) || RincianHeadings.IsRincianHeaderRow(cells, requireKodeRekening: true)
        || (cells.Count == 1 && RincianHeadings.IsFlatRincianHeader(trimmed, requireKodeRekening: true));

    /// <summary>Returns whether an unindented KAK line starts the rincian table: an all-caps title or a header row.</summary>
    public static bool StartsRincianAfterKak(string trimmed, LineCells cells) =>
        (RincianHeadings.IsRincianTitle(trimmed) && IsAllCaps(trimmed))
        || RincianHeadings.IsRincianHeaderRow(cells, requireKodeRekening: true);

    /// <summary>Returns whether a line in the rincian table ends it: a KAK title or heading, a coded header field, an
    /// indicator, kelompok sasaran or amount label, or a closing block.</summary>
    public static bool EndsRincian(string trimmed) =>
        KakLines.IsTitle(trimmed, out _) || HeaderFieldReader.StartsWithCodedField(trimmed, out _) || StartsWithOrdinal(trimmed, "Indikator")
        || RawLabels.TryMatchWords(trimmed, 0, "Kelompok Sasaran", out _)
        || RawLabels.TryMatchWords(trimmed, 0, "Jumlah Tahun", out _)
        || KakLines.StartsWithHeadingAndColon(trimmed) || ClosingBlock.IsStart(trimmed);

    /// <summary>Returns whether a line is a perubahan heading: <c>Perubahan</c> with <c>Sebelum</c>, <c>Setelah</c> or
    /// <c>Sesudah</c>.</summary>
    public static bool IsPerubahanHeading(string trimmed) =>
        ContainsOrdinal(trimmed, "Perubahan") && (ContainsOrdinal(trimmed, "Sebelum") || ContainsOrdinal(trimmed, "Setelah")
            || ContainsOrdinal(trimmed, "Sesudah"));

    /// <summary>Returns whether a form already has a body (amounts, indicators, KAK) or a field of
    /// <paramref name="kind"/>: another urusan then starts the next form.</summary>
    public static bool HasBody(RawFormBuilder current, HeaderFieldKind kind) =>
        current.Amounts.Count > 0 || current.Indicators.Count > 0 || current.KakSections.Count > 0
        || current.IndexOf(kind) >= 0;
}
