using System;
using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>One form as raw text records: nothing of the form's text is dropped; every piece is either in a
/// field, an amount row, an indicator row, a KAK section, a rincian row, a title line or an unrecognised line.
/// Equality is by value (lists compared element by element).</summary>
internal sealed record RawForm
{
    /// <summary>Gets the 1-based line where the form starts.</summary>
    public required int StartLine { get; init; }

    /// <summary>Gets the 1-based last non-blank line of the form.</summary>
    public required int EndLine { get; init; }

    /// <summary>Gets the header title lines as written (e.g. <c>**RENCANA KERJA DAN ANGGARAN</c>).</summary>
    public required IReadOnlyList<RawLine> TitleLines { get; init; }

    /// <summary>Gets the <c>pemerintah daerah</c> text (e.g. <c>PEMERINTAH KABUPATEN LUMAJANG</c>), if found.</summary>
    public required RawLine? PemerintahDaerah { get; init; }

    /// <summary>Gets the <c>tahun anggaran</c> (fiscal year) text (e.g. <c>2020</c>), if found.</summary>
    public required RawLine? TahunAnggaran { get; init; }

    /// <summary>Gets the form number text (e.g. <c>2.2.1</c>), if found.</summary>
    public required RawLine? FormNumber { get; init; }

    /// <summary>Gets whether the form is a revised-budget (<c>perubahan</c>) variant.</summary>
    public required bool IsRevised { get; init; }

    /// <summary>Gets the labelled fields in order of appearance.</summary>
    public required IReadOnlyList<RawField> Fields { get; init; }

    /// <summary>Gets the <c>Jumlah Tahun</c> rows in order of appearance.</summary>
    public required IReadOnlyList<RawAmount> Amounts { get; init; }

    /// <summary>Gets the indicator rows in order of appearance.</summary>
    public required IReadOnlyList<RawIndicator> Indicators { get; init; }

    /// <summary>Gets the KAK sections in order of appearance.</summary>
    public required IReadOnlyList<RawKakSection> KakSections { get; init; }

    /// <summary>Gets the rows of the <c>rincian anggaran belanja</c> table in order of appearance (total rows apart).</summary>
    public IReadOnlyList<RawRincianLine> Rincian { get; init; } = [];

    /// <summary>Gets the rincian table's total row (<c>JUMLAH</c>, <c>TOTAL</c>), if written; it is no
    /// <see cref="Forms.RincianLine"/>: the reader checks it against the lines instead.</summary>
    public RawRincianLine? RincianTotal { get; init; }

    /// <summary>Gets the lines of the form the reader could not place, as written.</summary>
    public required IReadOnlyList<RawLine> UnrecognisedLines { get; init; }

    /// <summary>Gets the signature read from the form's closing block, or null.</summary>
    public Forms.TandaTangan? TandaTangan { get; init; }

    /// <summary>Gets a DPA's disbursement plan read after the rincian, or null.</summary>
    public RawPenarikan? RencanaPenarikan { get; init; }

    /// <summary>Gets the first <c>Urusan</c> field, if any.</summary>
    public RawField? Urusan => Find(HeaderFieldKind.Urusan);

    /// <summary>Gets the first <c>Organisasi</c> field, if any.</summary>
    public RawField? Organisasi => Find(HeaderFieldKind.Organisasi);

    /// <summary>Gets the first <c>Program</c> field, if any.</summary>
    public RawField? Program => Find(HeaderFieldKind.Program);

    /// <summary>Gets the first <c>Kegiatan</c> field, if any.</summary>
    public RawField? Kegiatan => Find(HeaderFieldKind.Kegiatan);

    /// <summary>Gets the first <c>Lokasi Kegiatan</c> field, if any.</summary>
    public RawField? Lokasi => Find(HeaderFieldKind.Lokasi);

    /// <summary>Gets the first <c>Kelompok Sasaran Kegiatan</c> field, if any.</summary>
    public RawField? KelompokSasaran => Find(HeaderFieldKind.KelompokSasaran);

    /// <summary>Returns the first field of the given kind, or <see langword="null"/>.</summary>
    public RawField? Find(HeaderFieldKind kind)
    {
        IReadOnlyList<RawField> fields = Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            if (fields[i].Kind == kind)
            {
                return fields[i]; // an indexed loop: no enumerator per lookup (the mapper looks up every field)
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(RawForm? other) =>
        other is not null
        && StartLine == other.StartLine
        && EndLine == other.EndLine
        && PemerintahDaerah == other.PemerintahDaerah
        && TahunAnggaran == other.TahunAnggaran
        && FormNumber == other.FormNumber
        && IsRevised == other.IsRevised
        && RawEquality.ListEquals(TitleLines, other.TitleLines)
        && RawEquality.ListEquals(Fields, other.Fields)
        && RawEquality.ListEquals(Amounts, other.Amounts)
        && RawEquality.ListEquals(Indicators, other.Indicators)
        && RawEquality.ListEquals(KakSections, other.KakSections)
        && RawEquality.ListEquals(Rincian, other.Rincian)
        && RincianTotal == other.RincianTotal
        && RawEquality.ListEquals(UnrecognisedLines, other.UnrecognisedLines)
        && TandaTangan == other.TandaTangan
        && RencanaPenarikan == other.RencanaPenarikan;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        HashCode hash = default;
        hash.Add(StartLine);
        hash.Add(EndLine);
        hash.Add(TahunAnggaran);
        hash.Add(RawEquality.ListHash(Fields));
        hash.Add(RawEquality.ListHash(Amounts));
        hash.Add(RawEquality.ListHash(Indicators));
        hash.Add(RawEquality.ListHash(KakSections));
        hash.Add(RawEquality.ListHash(Rincian));
        return hash.ToHashCode();
    }
}
