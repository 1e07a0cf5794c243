using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Validation.Rules;

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
        var header = new FormHeader
        {
            PemerintahDaerah = raw.PemerintahDaerah?.Text,
            TahunAnggaran = tahunAnggaran,
            Urusan = Field<UrusanCode>(raw.Urusan, "header.urusan", CodeNormalizer.TryNormalizeUrusan),
            Organisasi = Field<OrganisasiCode>(raw.Organisasi, "header.organisasi", CodeNormalizer.TryNormalizeOrganisasi),
            Program = Field<ProgramCode>(raw.Program, "header.program", CodeNormalizer.TryNormalizeProgram),
            Kegiatan = Field<KegiatanCode>(raw.Kegiatan, "header.kegiatan", CodeNormalizer.TryNormalizeKegiatan),
            Lokasi = raw.Lokasi?.Name,
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
            Header = header,
            Amounts = amounts,
            Indicators = indicators,
            KelompokSasaran = raw.KelompokSasaran?.Name,
            Kak = kak,
            Rincian = rincian,
        };
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
            string what = topLevel == int.MaxValue ? "detail lines" : "top-level rekening lines";
            Note(row.Line, TextReaderMessages.RincianTotalRow,
                TextReaderMessages.RincianTotal(row.Uraian + " " + row.JumlahText, total, sum, what), "rincian.total");
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
                extra.Add(string.Create(CultureInfo.InvariantCulture, $"line {rows[i].Line} '{LabelOf(rows[i])}: {rows[i].AmountText}'"));
            }

            Note(rows[Math.Min(rows.Count, 3) - 1].Line, TextReaderMessages.AmountRowCount,
                TextReaderMessages.RowCount(rows.Count, string.Join(", ", extra)), "amounts");
        }

        return new FormAmounts
        {
            PreviousYear = Row(rows, AmountPosition.PreviousYear),
            CurrentYear = Row(rows, AmountPosition.CurrentYear),
            NextYear = Row(rows, AmountPosition.NextYear),
        };
    }

    private AmountRow? Row(IReadOnlyList<RawAmount> rows, AmountPosition position)
    {
        int index = (int)position;
        if (index >= rows.Count)
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
        foreach (RawIndicator row in raw.Indicators)
        {
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
                    TextReaderMessages.UnknownKind(row.Kind, row.TolakUkur, row.Target), "indicators");
                continue;
            }

            previous = kind;
            string path = IndexedPath("indicators", IndicatorPaths, indicators.Count);
            if (indicators.Count == 0)
            {
                lines.Add("indicators", row.Line);
            }

            lines.Add(path, row.Line);
            var indicator = new Indicator
            {
                Kind = kind,
                Label = row.Kind,
                TolakUkur = row.TolakUkur,
                Target = IndicatorTarget.Parse(row.Target),
            };
            if (indicator.Target is TextTarget)
            {
                Note(row.Line, TextReaderMessages.TargetUnmeasurable, TextReaderMessages.NoReading(row.Target), path + ".target");
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
