using System;
using System.Collections.Generic;
using System.Globalization;
using Rkaskpd.Forms;
using Rkaskpd.Text.Mapping;
using Rkaskpd.Text.Sections;
using Rkaskpd.Validation.Rules;
using Rkaskpd.Resources;

namespace Rkaskpd.Text;

/// <summary>Maps one <see cref="RawForm"/> to the typed <see cref="RkaForm"/>, recording the source line of every
/// model path and the findings of the mapping (as <see cref="RawNote"/>s, codes from <see cref="TextReaderMessages"/>).</summary>
internal sealed class RawFormMapper
{
    private readonly RawForm raw;
    private readonly CodeCache codes;
    private readonly FormLineMap lines;
    private readonly List<(RawNote Note, string Path)> notes = [];

    private RawFormMapper(RawForm raw, CodeCache codes)
    {
        this.raw = raw;
        this.codes = codes;
        // Header and amount paths, one per indicator, KAK section and rincian row, with room for the odd extra.
        int capacity = 16 + raw.Indicators.Count + raw.KakSections.Count + raw.Rincian.Count;
        lines = new FormLineMap(raw.StartLine, raw.EndLine, capacity);
    }

    /// <summary>Gets the typed form.</summary>
    public RkaForm Form { get; private set; } = null!; // set by Run, which Map calls

    /// <summary>Gets the source lines of the form's model paths.</summary>
    public FormLineMap Lines => lines;

    /// <summary>Gets the findings of the mapping with their model paths, in the order found.</summary>
    public IReadOnlyList<(RawNote Note, string Path)> Notes => notes;

    /// <summary>Maps a raw form, normalising its header codes through <paramref name="codes"/> (one cache for all
    /// forms of a read).</summary>
    public static RawFormMapper Map(RawForm raw, CodeCache codes)
    {
        var mapper = new RawFormMapper(raw, codes);
        mapper.Run();
        return mapper;
    }

    private void Run()
    {
        int? tahunAnggaran = ReadYear();
        FormTemplate template = FormKindReader.ReadTemplate(raw);
        bool sipd = template == FormTemplate.SipdRincianBelanja;
        FormHeader header = new HeaderMapper(raw, lines, notes, codes).Map(tahunAnggaran, sipd);

        FormAmounts amounts = PerubahanAmountRow.Attach(ReadAmounts(), raw.Amounts, Note, lines);
        List<Indicator> indicators = ReadIndicators();
        lines.Add(ModelPaths.KelompokSasaran, raw.KelompokSasaran?.Line ?? 0);
        Kak? kak = ReadKak(tahunAnggaran);
        List<RincianLine> rincian = ReadRincian();
        RincianTotalRow? rincianTotal = ReadRincianTotal();
        if (raw.RencanaPenarikan is { } penarikan)
        {
            lines.Add(ModelPaths.RencanaPenarikan, penarikan.Line);
            lines.Add(ModelPaths.RencanaPenarikanJumlah, penarikan.JumlahLine);
        }

        Form = new RkaForm
        {
            Kind = FormKindReader.ReadKind(raw),
            Template = template,
            Header = header,
            Amounts = amounts,
            Indicators = indicators,
            KelompokSasaran = HeaderMapper.NullIfEmpty(raw.KelompokSasaran?.Name),
            KelompokSasaranLabel = HeaderMapper.WrittenLabel(raw.KelompokSasaran),
            Kak = kak,
            Rincian = rincian,
            RincianTotal = rincianTotal,
            RencanaPenarikan = raw.RencanaPenarikan?.Plan,
            TandaTangan = raw.TandaTangan,
        };
    }

    private List<RincianLine> ReadRincian()
    {
        var rincian = new List<RincianLine>(raw.Rincian.Count);
        foreach (RawRincianLine row in raw.Rincian)
        {
            string path = ModelPaths.RincianLine(rincian.Count);
            lines.Add(path, row.Line);
            if (rincian.Count == 0)
            {
                lines.Add(ModelPaths.Rincian, row.Line);
            }

            decimal? volume = null;
            if (row.VolumeText.Length > 0)
            {
                if (InEnglish(row.VolumeText) is { } inEnglish && (InEnglish(row.HargaSatuanText) ?? InEnglish(row.JumlahText)) is not null)
                {
                    volume = inEnglish; // "3,200" beside "757,687.50": the row writes its numbers in English
                }
                else if (RincianVolume.TryParse(row.VolumeText, out decimal value))
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
                Uraian = Sections.SipdRincianRow.WithSpesifikasiApart(row.Uraian),
                Volume = volume,
                Satuan = row.Satuan.Length > 0 ? row.Satuan : null,
                HargaSatuan = RincianAmount(row, row.HargaSatuanText, "harga satuan", path + ".hargaSatuan"),
                Jumlah = RincianAmount(row, row.JumlahText, "jumlah", path + ".jumlah"),
                Perubahan = row.Perubahan is null ? null : PerubahanRincianRow.Map(row, path, Note),
                Koefisien = row.Koefisien && RincianVolume.IsKoefisien(row.VolumeText) ? row.VolumeText : null,
                Ppn = Sections.SipdRincianRow.Rate(row.PpnText),
            });
        }

        RincianSubtotals.Mark(rincian);
        return rincian;
    }

    /// <summary>The value of a number written with English separators (<c>3,200</c>, <c>757,687.50</c>), or null for
    /// any other text.</summary>
    private static decimal? InEnglish(string text)
    {
        RupiahParseResult result = Rupiah.ParseDetailed(text, RupiahStyles.Any);
        return text.Length > 0 && result.Success && (result.Notation & RupiahNotation.EnglishSeparators) != 0 ? result.Value.Amount : null;
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

    /// <summary>Reads the table's printed total row (the <c>JUMLAH</c> row under it), which is no
    /// <see cref="RincianLine"/>; the rule <c>RKA504</c> checks it against the lines.</summary>
    private RincianTotalRow? ReadRincianTotal()
    {
        if (raw.RincianTotal is not { } row)
        {
            return null;
        }

        lines.Add(ModelPaths.RincianTotal, row.Line);
        string before = row.Perubahan?.JumlahText ?? string.Empty; // the Sebelum Perubahan group's jumlah
        return new RincianTotalRow
        {
            Label = row.Uraian,
            JumlahText = row.JumlahText,
            Jumlah = RincianAmount(row, row.JumlahText, "jumlah", ModelPaths.RincianTotal),
            JumlahSebelumText = before.Length > 0 ? before : null,
            JumlahSebelum = RincianAmount(row, before, "jumlah sebelum perubahan", ModelPaths.RincianTotalSebelum),
        };
    }

    private int? ReadYear()
    {
        if (raw.TahunAnggaran is not { } line)
        {
            return null;
        }

        lines.Add(ModelPaths.TahunAnggaran, line.Line);
        ReadOnlySpan<char> text = line.Text.AsSpan().Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return year;
        }

        Note(line.Line, TextReaderMessages.TahunAnggaranUnreadable, TextReaderMessages.YearUnreadable(line.Text), ModelPaths.TahunAnggaran);
        return null;
    }

    private FormAmounts ReadAmounts()
    {
        IReadOnlyList<RawAmount> rows = PerubahanAmountRow.Placed(raw.Amounts);
        if (rows.Count == 0)
        {
            return new FormAmounts();
        }

        lines.Add(ModelPaths.Amounts, rows[0].Line);
        if (rows.Count != 3)
        {
            var extra = new List<string>();
            for (int i = 3; i < rows.Count; i++)
            {
                extra.Add(Message.Format(MessageResources.ReaderRowCountExtra, rows[i].Line, LabelOf(rows[i]), rows[i].AmountText));
            }

            Note(rows[Math.Min(rows.Count, 3) - 1].Line, TextReaderMessages.AmountRowCount,
                TextReaderMessages.RowCount(rows.Count, string.Join(", ", extra)), ModelPaths.Amounts);
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
        lines.Add(ModelPaths.AmountRow(position), row.Line);
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
                ModelPaths.Amount(position));
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
                    TextReaderMessages.UnknownKind(row.Kind, row.TolokUkur, row.Target), ModelPaths.Indicators);
                continue;
            }

            previous = kind;
            string path = ModelPaths.Indicator(indicators.Count);
            if (indicators.Count == 0)
            {
                lines.Add(ModelPaths.Indicators, row.Line);
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
                Perubahan = PerubahanIndicatorRow.Map(row),
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

        lines.Add(ModelPaths.Kak, raw.KakSections[0].Line);
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
                built = Kak.CreateSection(written, tahunAnggaran);
                if (built is null && section.Kind is { } kind)
                {
                    built = KakSection.Create(kind, section.Heading, section.Text, tahunAnggaran);
                }
            }

            if (built is null)
            {
                lines.Add(ModelPaths.KakUnrecognized(unrecognised.Count), section.Line);
                unrecognised.Add(written);
            }
            else
            {
                lines.Add(ModelPaths.KakSection(built.Kind), section.Line);
                sections.Add(built);
            }
        }

        return new Kak(sections, unrecognised);
    }

    private void Note(int line, string code, string message, string path) => notes.Add((new RawNote(line, code, message), path));
}
