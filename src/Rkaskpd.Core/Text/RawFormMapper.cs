using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Text.Sections;
using Rkaskpd.Validation.Rules;
using Rkaskpd.Resources;

namespace Rkaskpd.Text;

/// <summary>Maps one <see cref="RawForm"/> to the typed <see cref="RkaForm"/>, recording the source line of every
/// model path and the findings of the mapping (as <see cref="RawNote"/>s, codes from <see cref="TextReaderMessages"/>).</summary>
internal sealed class RawFormMapper
{
    // The paths of the first rows, made once: every form has a few indicators and many have rincian rows.
    private static readonly string[] IndicatorPaths = MakePaths("indicators", 16);
    private static readonly string[] RincianPaths = MakePaths("rincian", 64);

    private readonly RawForm raw;
    private readonly FormLineMap lines;
    private readonly List<(RawNote Note, string Path)> notes = [];

    private RawFormMapper(RawForm raw)
    {
        this.raw = raw;
        // Header and amount paths, one per indicator, KAK section and rincian row, with room for the odd extra.
        int capacity = 16 + raw.Indicators.Count + raw.KakSections.Count + raw.Rincian.Count;
        lines = new FormLineMap(raw.StartLine, raw.EndLine, capacity);
    }

    private delegate bool Normalizer<TCode>(string? text, out TCode code, [NotNullWhen(true)] out CodeNormalization? details);

    /// <summary>Gets the typed form.</summary>
    public RkaForm Form { get; private set; } = new();

    /// <summary>Gets the source lines of the form's model paths.</summary>
    public FormLineMap Lines => lines;

    /// <summary>Gets the findings of the mapping with their model paths, in the order found.</summary>
    public IReadOnlyList<(RawNote Note, string Path)> Notes => notes;

    /// <summary>Maps a raw form.</summary>
    public static RawFormMapper Map(RawForm raw)
    {
        var mapper = new RawFormMapper(raw);
        mapper.Run();
        return mapper;
    }

    private void Run()
    {
        int? tahunAnggaran = ReadYear();
        FormTemplate template = FormKindReader.ReadTemplate(raw);
        bool sipd = template == FormTemplate.SipdRincianBelanja;
        RawField? unitAsOrganisasi = raw.Organisasi is null ? UnitAsOrganisasi() : null;
        var header = new FormHeader
        {
            PemerintahDaerah = raw.PemerintahDaerah?.Text,
            TahunAnggaran = tahunAnggaran,
            Urusan = Field<UrusanCode>(raw.Urusan, "header.urusan", sipd ? FormKindReader.NoCode : TryNormalizeUrusan),
            Organisasi = Field<OrganisasiCode>(raw.Organisasi ?? unitAsOrganisasi, "header.organisasi", sipd ? FormKindReader.NoCode : TryNormalizeOrganisasi),
            Program = Field<ProgramCode>(raw.Program, "header.program", sipd ? FormKindReader.NoCode : CodeNormalizer.TryNormalizeProgram),
            Kegiatan = Field<KegiatanCode>(raw.Kegiatan, "header.kegiatan", sipd ? FormKindReader.NoCode : CodeNormalizer.TryNormalizeKegiatan),
            Lokasi = NullIfEmpty(raw.Lokasi?.Name),
            BidangUrusan = OptionalField<BidangUrusanCode>(raw.Find(RawFieldKind.BidangUrusan), "header.bidangUrusan", CodeNormalizer.TryNormalizeBidangUrusan),
            UnitOrganisasi = OptionalField<SkpdCode>(Unit(sub: false, unitAsOrganisasi), "header.unitOrganisasi", CodeNormalizer.TryNormalizeSkpd),
            SubUnitOrganisasi = OptionalField<SkpdCode>(Unit(sub: true, null), "header.subUnitOrganisasi", CodeNormalizer.TryNormalizeSkpd),
            SubKegiatan = OptionalField<SubKegiatanCode>(raw.Find(RawFieldKind.SubKegiatan), "header.subKegiatan", CodeNormalizer.TryNormalizeSubKegiatan),
            SasaranProgram = TextField(RawFieldKind.SasaranProgram, "header.sasaranProgram"),
            SumberPendanaan = TextField(RawFieldKind.SumberDana, "header.sumberPendanaan") is { } sumber ? new SumberPendanaan(sumber) : null,
            WaktuPelaksanaan = TextField(RawFieldKind.WaktuPelaksanaan, "header.waktuPelaksanaan"),
            KeluaranSubKegiatan = TextField(RawFieldKind.KeluaranSubKegiatan, "header.keluaranSubKegiatan"),
        };
        lines.Add("header.lokasi", raw.Lokasi?.Line ?? 0);
        lines.Add("header.pemerintahDaerah", raw.PemerintahDaerah?.Line ?? 0);
        lines.Add("header", raw.Urusan?.Line ?? raw.StartLine);

        FormAmounts amounts = ReadAmounts();
        List<Indicator> indicators = ReadIndicators();
        lines.Add("kelompokSasaran", raw.KelompokSasaran?.Line ?? 0);
        Kak? kak = ReadKak(tahunAnggaran);
        List<RincianLine> rincian = ReadRincian();

        Form = new RkaForm
        {
            Kind = FormKindReader.ReadKind(raw),
            Template = template,
            Header = header,
            Amounts = amounts,
            Indicators = indicators,
            KelompokSasaran = NullIfEmpty(raw.KelompokSasaran?.Name),
            Kak = kak,
            Rincian = rincian,
        };
    }

    /// <summary>The first unit (or sub unit) field, unless it was read as the organisasi.</summary>
    private RawField? Unit(bool sub, RawField? usedAsOrganisasi)
    {
        foreach (RawField field in raw.Fields)
        {
            if (field.Kind == RawFieldKind.UnitOrganisasi
                && field.Label.StartsWith("Sub", StringComparison.OrdinalIgnoreCase) == sub)
            {
                return ReferenceEquals(field, usedAsOrganisasi) ? null : field;
            }
        }

        return null;
    }

    /// <summary>A field the form may not have: null when absent.</summary>
    private HeaderField<TCode>? OptionalField<TCode>(RawField? field, string path, Normalizer<TCode> normalize)
        where TCode : struct => field is null ? null : Field(field, path, normalize);

    /// <summary>A plain-text field's value (code and name as written), or null when the form has none.</summary>
    private string? TextField(RawFieldKind kind, string path)
    {
        RawField? field = raw.Find(kind);
        if (field is null)
        {
            return null;
        }

        lines.Add(path, field.Line);
        return NullIfEmpty(field.Code is null ? field.Name : Join(field.Code, field.Name));
    }

    private static string Join(string code, string name) => name.Length == 0 ? code : code + " " + name;

    /// <summary>SIMDA's <c>Unit Organisasi</c> (not <c>Sub Unit</c>) is the organisasi when the form names no other.</summary>
    private RawField? UnitAsOrganisasi()
    {
        foreach (RawField field in raw.Fields)
        {
            if (field.Kind == RawFieldKind.UnitOrganisasi)
            {
                return field.Label.StartsWith("Sub", StringComparison.OrdinalIgnoreCase) ? null : field;
            }
        }

        return null;
    }

    /// <summary>Normalises an urusan code; SIMDA prints it twice, the program's urusan and the SKPD's
    /// (<c>1.02 . 1.02</c>): when both are the same urusan, it is that urusan.</summary>
    private static bool TryNormalizeUrusan(string? text, out UrusanCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeAfterUrusan(text, CodeNormalizer.TryNormalizeUrusan, ownParts: 2, out code, out details);

    /// <summary>Normalises an organisasi code; SIMDA prints it after its urusan (<c>3.03 . 3.03.01</c>,
    /// <c>1.02.1.02.01</c>): when the leading urusan repeats the organisasi's own, the organisasi is the rest.</summary>
    private static bool TryNormalizeOrganisasi(string? text, out OrganisasiCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeAfterUrusan(text, CodeNormalizer.TryNormalizeOrganisasi, ownParts: 3, out code, out details);

    /// <summary>
    /// Normalises a code that SIMDA may print after a copy of its urusan: as written when that normalises, otherwise,
    /// when the text is an urusan (two parts) followed by the code's own <paramref name="ownParts"/> parts that start
    /// with the same urusan, the code's own parts, the leading urusan set aside like a label.
    /// </summary>
    private static bool TryNormalizeAfterUrusan<TCode>(
        string? text, Normalizer<TCode> normalize, int ownParts, out TCode code, [NotNullWhen(true)] out CodeNormalization? details)
    {
        if (normalize(text, out code, out details))
        {
            return true;
        }

        string[] parts = (text ?? string.Empty).Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 + ownParts && parts[0] == parts[2] && parts[1] == parts[3]
            && normalize(string.Join('.', parts, 2, ownParts), out code, out CodeNormalization? inner))
        {
            details = new CodeNormalization(text!, inner.Code, inner.Level, inner.Changes | CodeNormalizationChanges.RemovedLabel, string.Empty);
            return true;
        }

        code = default!;
        details = null;
        return false;
    }

    private List<RincianLine> ReadRincian()
    {
        var rincian = new List<RincianLine>(raw.Rincian.Count);
        foreach (RawRincianLine row in raw.Rincian)
        {
            string path = IndexedPath("rincian", RincianPaths, rincian.Count);
            lines.Add(path, row.Line);
            if (rincian.Count == 0)
            {
                lines.Add("rincian", row.Line);
            }

            decimal? volume = null;
            if (row.VolumeText.Length > 0)
            {
                if (RincianVolume.TryParse(row.VolumeText, out decimal value))
                {
                    volume = value;
                }
                else if (IsNil(row.VolumeText))
                {
                    volume = 0m; // "-": nil
                }
                else if (Rupiah.ParseDetailed(row.VolumeText, RupiahStyles.Any).TryGetValue(out Rupiah english))
                {
                    volume = english.Amount; // English separators: "1,550.00"
                }
                else
                {
                    Note(row.Line, TextReaderMessages.RincianCellUnreadable,
                        TextReaderMessages.RincianCell("volume", row.VolumeText, row.Uraian, "a number"), path + ".volume");
                }
            }

            rincian.Add(new RincianLine
            {
                KodeRekening = row.KodeRekening,
                Uraian = row.Uraian,
                Volume = volume,
                Satuan = row.Satuan.Length > 0 ? row.Satuan : null,
                HargaSatuan = RincianAmount(row, row.HargaSatuanText, "harga satuan", path + ".hargaSatuan"),
                Jumlah = RincianAmount(row, row.JumlahText, "jumlah", path + ".jumlah"),
                Koefisien = row.Koefisien ? row.VolumeText : null,
                Ppn = Sections.SipdRincianRow.Rate(row.PpnText),
            });
        }

        CheckRincianTotal(rincian);
        return rincian;
    }

    private Rupiah? RincianAmount(RawRincianLine row, string text, string cell, string path)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (Rupiah.ParseDetailed(text, RupiahStyles.Default).TryGetValue(out Rupiah value)
            || Rupiah.ParseDetailed(text, RupiahStyles.Any).TryGetValue(out value))
        {
            return value;
        }

        if (IsNil(text))
        {
            return Rupiah.Zero;
        }

        Note(row.Line, TextReaderMessages.RincianCellUnreadable,
            TextReaderMessages.RincianCell(cell, text, row.Uraian, "an amount"), path);
        return null;
    }

    /// <summary>Checks the table's total row against the top-level rekening lines (the detail lines when the table
    /// has no rekening line); the total row itself is no <see cref="RincianLine"/>.</summary>
    private void CheckRincianTotal(List<RincianLine> rincian)
    {
        if (raw.RincianTotal is not { } row)
        {
            return;
        }

        lines.Add("rincian.total", row.Line);
        if (RincianAmount(row, row.JumlahText, "jumlah", "rincian.total") is not { } total)
        {
            return;
        }

        int topLevel = int.MaxValue;
        foreach (RincianLine line in rincian)
        {
            if (line.IsRekening)
            {
                topLevel = Math.Min(topLevel, line.Level);
            }
        }

        Rupiah sum = Rupiah.Zero;
        bool any = false;
        try
        {
            foreach (RincianLine line in rincian)
            {
                bool counts = topLevel == int.MaxValue ? !line.IsRekening : line.IsRekening && line.Level == topLevel;
                if (counts && line.Jumlah is { } jumlah)
                {
                    sum += jumlah;
                    any = true;
                }
            }
        }
        catch (OverflowException)
        {
            return; // RKA502 reports sums out of range
        }

        if (any && sum != total)
        {
            Note(row.Line, TextReaderMessages.RincianTotalRow,
                TextReaderMessages.RincianTotal(row.Uraian + " " + row.JumlahText, total, sum, topLevel == int.MaxValue), "rincian.total");
        }
    }

    private int? ReadYear()
    {
        if (raw.TahunAnggaran is not { } line)
        {
            return null;
        }

        lines.Add("header.tahunAnggaran", line.Line);
        ReadOnlySpan<char> text = line.Text.AsSpan().Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return year;
        }

        Note(line.Line, TextReaderMessages.TahunAnggaranUnreadable, TextReaderMessages.YearUnreadable(line.Text), "header.tahunAnggaran");
        return null;
    }

    private HeaderField<TCode> Field<TCode>(RawField? field, string path, Normalizer<TCode> normalize)
        where TCode : struct
    {
        if (field is null)
        {
            return HeaderField.Missing<TCode>();
        }

        lines.Add(path, field.Line);
        string codeText = field.Code ?? string.Empty;
        TCode? code = null;
        if (codeText.Length > 0 && normalize(codeText, out TCode value, out CodeNormalization? details))
        {
            code = value;
            if (!details.IsCanonical)
            {
                Note(field.Line, TextReaderMessages.CodeNormalised,
                    TextReaderMessages.Normalised(codeText, details.Code, string.Join("; ", details.DescribeChanges())), path);
            }
        }

        return new HeaderField<TCode>(field.Label, codeText, code, field.Name);
    }

    private FormAmounts ReadAmounts()
    {
        IReadOnlyList<RawAmount> rows = raw.Amounts;
        if (rows.Count == 0)
        {
            return new FormAmounts();
        }

        lines.Add("amounts", rows[0].Line);
        if (rows.Count != 3)
        {
            var extra = new List<string>();
            for (int i = 3; i < rows.Count; i++)
            {
                extra.Add(Message.Format(MessageResources.ReaderRowCountExtra, rows[i].Line, LabelOf(rows[i]), rows[i].AmountText));
            }

            Note(rows[Math.Min(rows.Count, 3) - 1].Line, TextReaderMessages.AmountRowCount,
                TextReaderMessages.RowCount(rows.Count, string.Join(", ", extra)), "amounts");
        }

        int[] slots = PlaceByYear(rows) ?? [0, 1, 2];
        return new FormAmounts
        {
            PreviousYear = Row(rows, AmountPosition.PreviousYear, slots),
            CurrentYear = Row(rows, AmountPosition.CurrentYear, slots),
            NextYear = Row(rows, AmountPosition.NextYear, slots),
        };
    }

    /// <summary>Places the rows by the years in their labels (<c>n - 1</c>, <c>n</c>, <c>n+1</c>, or a year relative to
    /// the tahun anggaran; a lone <c>JUMLAH ANGGARAN</c> is year n) when every row names a distinct year from n-1 to
    /// n+1; otherwise null, and the rows are placed by position (the seed labels some rows one year off: the positions
    /// are right, the labels are not).</summary>
    /// <returns>For each position (n-1, n, n+1), the index of its row or -1.</returns>
    private int[]? PlaceByYear(IReadOnlyList<RawAmount> rows)
    {
        if (rows.Count > 3)
        {
            return null;
        }

        int[] slots = [-1, -1, -1];
        for (int i = 0; i < rows.Count; i++)
        {
            int? offset = YearOffset(rows[i], rows.Count);
            if (offset is not int o || o < -1 || o > 1 || slots[o + 1] >= 0)
            {
                return null;
            }

            slots[o + 1] = i;
        }

        return slots;
    }

    private int? YearOffset(RawAmount row, int count)
    {
        string year = row.YearText.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (year.Length == 0)
        {
            return count == 1 && row.Label.Contains("Anggaran", StringComparison.OrdinalIgnoreCase) ? 0 : null;
        }

        if (year is "n" or "N")
        {
            return 0;
        }

        if (year.Length >= 3 && year[0] is 'n' or 'N' && year[1] is '+' or '-'
            && int.TryParse(year.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int step) && step <= 9)
        {
            return year[1] == '+' ? step : -step;
        }

        if (year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out int labelled)
            && raw.TahunAnggaran is { } ta
            && int.TryParse(ta.Text.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int tahun))
        {
            return labelled - tahun;
        }

        return null;
    }

    /// <summary>An empty value (<c>Kelompok Sasaran Kegiatan :</c>) is a missing one.</summary>
    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static bool IsNil(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..].TrimStart('.').Trim();
        }

        return s is "-" or "\u2013";
    }

    private AmountRow? Row(IReadOnlyList<RawAmount> rows, AmountPosition position, int[] slots)
    {
        int index = slots[(int)position];
        if (index < 0 || index >= rows.Count)
        {
            return null;
        }

        RawAmount row = rows[index];
        lines.Add(TerbilangPaths.RowOf(position), row.Line);
        string label = LabelOf(row);
        Rupiah? amount = null;
        RupiahParseResult result = Rupiah.ParseDetailed(row.AmountText, RupiahStyles.Default);
        if (result.TryGetValue(out Rupiah value) || Rupiah.ParseDetailed(row.AmountText, RupiahStyles.Any).TryGetValue(out value))
        {
            amount = value;
        }
        else if (IsNil(row.AmountText))
        {
            amount = Rupiah.Zero; // "Rp -", "Rp. -": nil
        }
        else
        {
            Note(row.Line, TextReaderMessages.AmountUnreadable,
                TextReaderMessages.Unreadable(label, row.AmountText, result.ErrorMessage ?? string.Empty),
                TerbilangPaths.RowOf(position) + ".amount");
        }

        return new AmountRow
        {
            Position = position,
            Label = label,
            AmountText = row.AmountText,
            Amount = amount,
            Terbilang = row.Terbilang,
        };
    }

    private static string LabelOf(RawAmount row) =>
        row.YearText.Length == 0 ? row.Label : row.Label + " " + row.YearText;

    private List<Indicator> ReadIndicators()
    {
        var indicators = new List<Indicator>();
        IndicatorKind? previous = null;
        bool underHeading = false;
        foreach (RawIndicator row in raw.Indicators)
        {
            bool continuesHeading = underHeading && string.IsNullOrWhiteSpace(row.Kind);
            underHeading = false;
            if (IndicatorKinds.TryRecognize(row.Kind, out IndicatorKind headed) && SipdCapaianRow.IsHeadingOnly(row))
            {
                // SIPD's "Capaian Program : Indikator Target": the table's heading; its row follows.
                previous = headed;
                underHeading = true;
                continue;
            }

            IndicatorKind kind;
            if (IndicatorKinds.TryRecognize(row.Kind, out IndicatorKind recognised)
                && !string.IsNullOrWhiteSpace(row.Kind))
            {
                kind = recognised;
            }
            else if (string.IsNullOrWhiteSpace(row.Kind) && previous is { } continued)
            {
                kind = continued; // a blank kind cell continues the row above (a merged cell)
            }
            else
            {
                Note(row.Line, TextReaderMessages.IndicatorKindUnknown,
                    TextReaderMessages.UnknownKind(row.Kind, row.TolokUkur, row.Target), "indicators");
                continue;
            }

            previous = kind;
            string path = IndexedPath("indicators", IndicatorPaths, indicators.Count);
            if (indicators.Count == 0)
            {
                lines.Add("indicators", row.Line);
            }

            lines.Add(path, row.Line);
            string tolokUkur = row.TolokUkur, targetText = row.Target;
            if (continuesHeading)
            {
                SipdCapaianRow.SplitContinuation(row, out tolokUkur, out targetText);
            }
            else if (SipdCapaianRow.TryRepair(row, out string repaired, out string repairedTarget))
            {
                (tolokUkur, targetText) = (repaired, repairedTarget);
            }

            var indicator = new Indicator
            {
                Kind = kind,
                Label = continuesHeading ? IndicatorKinds.GetLabel(kind) : row.Kind,
                TolokUkur = tolokUkur,
                Target = IndicatorTarget.Parse(targetText),
            };
            if (indicator.Target is TextTarget)
            {
                Note(row.Line, TextReaderMessages.TargetUnmeasurable, TextReaderMessages.NoReading(targetText), path + ".target");
            }

            indicators.Add(indicator);
        }

        return indicators;
    }

    private Kak? ReadKak(int? tahunAnggaran)
    {
        if (raw.KakSections.Count == 0)
        {
            return null;
        }

        lines.Add("kak", raw.KakSections[0].Line);
        var sections = new List<KakSection>();
        var unrecognised = new List<KakRawSection>();
        foreach (RawKakSection section in raw.KakSections)
        {
            var written = new KakRawSection(section.Heading, section.Text);
            KakSection? built = null;
            if (section.Heading is null && section.Kind is { } assigned)
            {
                built = KakSection.Create(assigned, null, section.Text, tahunAnggaran); // placed by position (RKA404)
            }
            else
            {
                Kak single = Kak.Create([written], tahunAnggaran);
                if (single.Sections.Count == 1)
                {
                    built = single.Sections[0];
                }
                else if (section.Kind is { } kind)
                {
                    built = KakSection.Create(kind, section.Heading, section.Text, tahunAnggaran);
                }
            }

            if (built is null)
            {
                lines.Add("kak.unrecognized[" + unrecognised.Count.ToString(CultureInfo.InvariantCulture) + "]", section.Line);
                unrecognised.Add(written);
            }
            else
            {
                lines.Add(KakPaths.Of(built.Kind), section.Line);
                sections.Add(built);
            }
        }

        return new Kak(sections, unrecognised);
    }

    private static string[] MakePaths(string name, int count)
    {
        var made = new string[count];
        for (int i = 0; i < count; i++)
        {
            made[i] = name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
        }

        return made;
    }

    private static string IndexedPath(string name, string[] made, int index) =>
        index < made.Length ? made[index] : name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private void Note(int line, string code, string message, string path) => notes.Add((new RawNote(line, code, message), path));
}
