using System;
using System.Collections.Generic;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Text.Sections;

namespace Rkaskpd.Text.Mapping;

/// <summary>Maps a raw form's header fields to the typed <see cref="FormHeader"/>: codes parsed and normalised
/// (SIMDA's repeated urusan through <see cref="SimdaCodes"/>; none on an SIPD print, whose shared fields keep their
/// text), the optional fields of SIMDA and SIPD prints (bidang urusan, unit and sub unit, sub kegiatan, sasaran
/// program, sumber pendanaan, waktu pelaksanaan, keluaran sub kegiatan), each with its source line.</summary>
internal sealed class HeaderMapper
{
    private readonly RawForm raw;
    private readonly FormLineMap lines;
    private readonly List<(RawNote Note, string Path)> notes;
    private readonly CodeCache codes;

    /// <summary>Initialises a mapper of <paramref name="raw"/>'s header that records lines in <paramref name="lines"/>
    /// and findings in <paramref name="notes"/>, normalising codes through the read's <paramref name="codes"/>.</summary>
    public HeaderMapper(RawForm raw, FormLineMap lines, List<(RawNote Note, string Path)> notes, CodeCache codes)
    {
        this.raw = raw;
        this.lines = lines;
        this.notes = notes;
        this.codes = codes;
    }

    /// <summary>Maps the header; on an SIPD print (<paramref name="sipd"/>) the shared coded fields are not typed.</summary>
    public FormHeader Map(int? tahunAnggaran, bool sipd)
    {
        RawField? unitAsOrganisasi = raw.Organisasi is null ? UnitAsOrganisasi() : null;
        var header = new FormHeader
        {
            PemerintahDaerah = raw.PemerintahDaerah?.Text,
            TahunAnggaran = tahunAnggaran,
            Urusan = Field<UrusanCode>(raw.Urusan, ModelPaths.Urusan, sipd ? FormKindReader.NoCode : SimdaCodes.TryNormalizeUrusan),
            Organisasi = Field<OrganisasiCode>(raw.Organisasi ?? unitAsOrganisasi, ModelPaths.Organisasi, sipd ? FormKindReader.NoCode : SimdaCodes.TryNormalizeOrganisasi),
            Program = Field<ProgramCode>(raw.Program, ModelPaths.Program, sipd ? FormKindReader.NoCode : SimdaCodes.TryNormalizeProgram),
            Kegiatan = Field<KegiatanCode>(raw.Kegiatan, ModelPaths.Kegiatan, sipd ? FormKindReader.NoCode : SimdaCodes.TryNormalizeKegiatan),
            Lokasi = NullIfEmpty(raw.Lokasi?.Name),
            BidangUrusan = OptionalField<BidangUrusanCode>(raw.Find(HeaderFieldKind.BidangUrusan), ModelPaths.BidangUrusan, CodeNormalizer.TryNormalizeBidangUrusan),
            UnitOrganisasi = OptionalField<SkpdCode>(Unit(sub: false, unitAsOrganisasi), ModelPaths.UnitOrganisasi, CodeNormalizer.TryNormalizeSkpd),
            SubUnitOrganisasi = OptionalField<SkpdCode>(Unit(sub: true, null), ModelPaths.SubUnitOrganisasi, CodeNormalizer.TryNormalizeSkpd),
            SubKegiatan = OptionalField<SubKegiatanCode>(raw.Find(HeaderFieldKind.SubKegiatan), ModelPaths.SubKegiatan, CodeNormalizer.TryNormalizeSubKegiatan),
            SasaranProgram = TextField(HeaderFieldKind.SasaranProgram, ModelPaths.SasaranProgram),
            SumberPendanaan = TextField(HeaderFieldKind.SumberDana, ModelPaths.SumberPendanaan) is { } sumber ? new SumberPendanaan(sumber) : null,
            WaktuPelaksanaan = TextField(HeaderFieldKind.WaktuPelaksanaan, ModelPaths.WaktuPelaksanaan),
            KeluaranSubKegiatan = TextField(HeaderFieldKind.KeluaranSubKegiatan, ModelPaths.KeluaranSubKegiatan),
            LokasiLabel = WrittenLabel(raw.Lokasi),
            SasaranProgramLabel = WrittenLabel(raw.Find(HeaderFieldKind.SasaranProgram)),
            SumberPendanaanLabel = WrittenLabel(raw.Find(HeaderFieldKind.SumberDana)),
            WaktuPelaksanaanLabel = WrittenLabel(raw.Find(HeaderFieldKind.WaktuPelaksanaan)),
            KeluaranSubKegiatanLabel = WrittenLabel(raw.Find(HeaderFieldKind.KeluaranSubKegiatan)),
        };
        lines.Add(ModelPaths.Lokasi, raw.Lokasi?.Line ?? 0);
        lines.Add(ModelPaths.PemerintahDaerah, raw.PemerintahDaerah?.Line ?? 0);
        lines.Add(ModelPaths.Header, raw.Urusan?.Line ?? raw.StartLine);
        return header;
    }

    /// <summary>A plain-text field's label as written, kept only when it is no known spelling of a header label (the
    /// misspelling the reader read through, for <c>LabelSpellingRule</c>); null for a known label or no field.</summary>
    public static string? WrittenLabel(RawField? field) =>
        field is null || field.Label.Length == 0 || HeaderLabels.IsKnown(field.Label.Trim().TrimEnd(':').Trim()) ? null : field.Label;

    /// <summary>An empty value (<c>Kelompok Sasaran Kegiatan :</c>) is a missing one.</summary>
    public static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>The first unit (or sub unit) field, unless it was read as the organisasi.</summary>
    private RawField? Unit(bool sub, RawField? usedAsOrganisasi)
    {
        foreach (RawField field in raw.Fields)
        {
            if (field.Kind == HeaderFieldKind.UnitOrganisasi
                && field.Label.StartsWith("Sub", StringComparison.OrdinalIgnoreCase) == sub)
            {
                return ReferenceEquals(field, usedAsOrganisasi) ? null : field;
            }
        }

        return null;
    }

    /// <summary>SIMDA's <c>Unit Organisasi</c> (not <c>Sub Unit</c>) is the organisasi when the form names no other.</summary>
    private RawField? UnitAsOrganisasi()
    {
        foreach (RawField field in raw.Fields)
        {
            if (field.Kind == HeaderFieldKind.UnitOrganisasi)
            {
                return field.Label.StartsWith("Sub", StringComparison.OrdinalIgnoreCase) ? null : field;
            }
        }

        return null;
    }

    /// <summary>A field the form may not have: null when absent.</summary>
    private HeaderField<TCode>? OptionalField<TCode>(RawField? field, string path, CodeNormaliser<TCode> normalize)
        where TCode : struct => field is null ? null : Field(field, path, normalize);

    /// <summary>A plain-text field's value (code and name as written), or null when the form has none.</summary>
    private string? TextField(HeaderFieldKind kind, string path)
    {
        RawField? field = raw.Find(kind);
        if (field is null)
        {
            return null;
        }

        lines.Add(path, field.Line);
        return NullIfEmpty(field.Code is null ? field.Name : field.Name.Length == 0 ? field.Code : field.Code + " " + field.Name);
    }

    private HeaderField<TCode> Field<TCode>(RawField? field, string path, CodeNormaliser<TCode> normalize)
        where TCode : struct
    {
        if (field is null)
        {
            return HeaderField.Missing<TCode>();
        }

        lines.Add(path, field.Line);
        string codeText = field.Code ?? string.Empty;
        TCode? code = null;
        if (codeText.Length > 0 && codes.TryNormalize(normalize, codeText, out TCode value, out CodeNormalization? details))
        {
            code = value;
            if (!details.IsCanonical)
            {
                notes.Add((new RawNote(field.Line, TextReaderMessages.CodeNormalised,
                    TextReaderMessages.Normalised(codeText, details.Code, string.Join("; ", details.DescribeChanges()))), path));
            }
        }

        return new HeaderField<TCode>(field.Label, codeText, code, field.Name);
    }
}
