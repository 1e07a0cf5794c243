using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Validation;

namespace Rkaskpd.Tests.Validation;

/// <summary>
/// A generated consistent form raises nothing, and each single corruption of it raises exactly its own rule, with
/// the rule's default severity, the form's kegiatan and the path of the corrupted part.
/// The terbilang of the generated forms and of the corruptions come from the independent <see cref="TerbilangOracle"/>,
/// never from the writer under test.
/// </summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 100)]
public class RuleProperties
{
    private static readonly KakSectionKind[] Kinds = Enum.GetValues<KakSectionKind>();

    [Property]
    public Property A_consistent_document_raises_nothing(RkaDocument document)
    {
        var diagnostics = RuleSet.Default.Validate(document);
        return (diagnostics.Count == 0).Label(string.Join("\n", diagnostics));
    }

    [Property]
    public Property Names_that_differ_only_in_case_and_spacing_raise_nothing(RkaDocument document, PositiveInt choice)
    {
        int c = choice.Get;
        string Spell(string name, int salt) =>
            FormArbitraries.Respell(name, (((c + salt) % 4), (c + salt) % 3 == 0)).Replace(" ", (c + salt) % 5 == 0 ? " \t" : " ", StringComparison.Ordinal);
        RkaForm[] respelled = [.. document.Forms.Select((f, i) => f with
        {
            Header = f.Header with
            {
                Urusan = f.Header.Urusan with { Name = " " + Spell(f.Header.Urusan.Name, i) },
                Organisasi = f.Header.Organisasi with { Name = Spell(f.Header.Organisasi.Name, i + 1) + "  " },
                Program = f.Header.Program with { Name = Spell(f.Header.Program.Name, i + 2) },
                Kegiatan = f.Header.Kegiatan with { Name = Spell(f.Header.Kegiatan.Name, i + 3) },
            },
        })];
        // The respelled copies repeat their forms' kegiatan codes, which is RKA104's to report (once for each copy).
        var diagnostics = RuleSet.Default.Validate(new RkaDocument { Forms = [.. document.Forms, .. respelled] });
        return (diagnostics.Count == respelled.Length && diagnostics.All(d => d.Code == RuleIds.KegiatanRepeated)).Label(string.Join("\n", diagnostics));
    }

    [Property]
    public Property A_consistent_form_raises_nothing_under_its_own_projection(RkaForm form, PositiveInt percent)
    {
        var rule = Rkaskpd.Projection.ProjectionRule.Create((percent.Get % 50) / 100m);
        Rupiah yearN = form.Amounts.CurrentYear!.Amount!.Value;
        RkaForm projected = form.WithAmount(AmountPosition.NextYear, FormArbitraries.OracleRow(AmountPosition.NextYear, form.Header.TahunAnggaran!.Value, rule.Project(yearN)));
        var diagnostics = RuleSet.Default.WithProjection(rule).Validate(projected);
        return (diagnostics.Count == 0).Label(string.Join("\n", diagnostics));
    }

    [Property]
    public Property An_unreadable_code_raises_RKA101(RkaForm form, PositiveInt level)
    {
        FormHeader h = form.Header;
        (FormHeader header, string path) = (level.Get % 4) switch
        {
            0 => (h with { Urusan = h.Urusan with { CodeText = h.Urusan.CodeText + "x", Code = null } }, "header.urusan"),
            1 => (h with { Organisasi = h.Organisasi with { CodeText = h.Organisasi.CodeText.Replace('.', ','), Code = null } }, "header.organisasi"),
            2 => (h with { Program = h.Program with { CodeText = "P" + h.Program.CodeText, Code = null } }, "header.program"),
            _ => (h with { Kegiatan = h.Kegiatan with { CodeText = h.Kegiatan.CodeText + ".", Code = null } }, "header.kegiatan"),
        };
        RkaForm corrupt = form with { Header = header };
        return Raises(corrupt, RuleIds.CodeUnreadable, DiagnosticSeverity.Error, path, corrupt.Header.Kegiatan.CodeText);
    }

    [Property]
    public Property A_kegiatan_under_another_program_raises_RKA102(RkaForm form, PositiveInt shift)
    {
        ProgramCode program = form.Header.Program.Code!.Value;
        ProgramCode other = program.Organisasi.Program(program.Urusan, ((program.Number + (shift.Get % 98)) % 99) + 1);
        KegiatanCode kegiatan = form.Header.Kegiatan.Code!.Value;
        KegiatanCode moved = other.Kegiatan(kegiatan.Number, kegiatan.Width);
        RkaForm corrupt = form with { Header = form.Header with { Kegiatan = HeaderField.Of(moved, form.Header.Kegiatan.Name) } };
        return Raises(corrupt, RuleIds.CodeMismatch, DiagnosticSeverity.Error, "header.kegiatan", moved.ToString());
    }

    [Property]
    public Property Two_names_for_one_program_raise_RKA103(RkaDocument document)
    {
        RkaForm first = document.Forms[0];
        RkaForm renamed = first with { Header = first.Header with { Program = first.Header.Program with { Name = first.Header.Program.Name + " DAN LAINNYA" } } };
        var corrupt = new RkaDocument { Forms = [.. document.Forms, renamed] };
        var all = RuleSet.Default.Validate(corrupt);
        string program = first.Header.Program.CodeText;
        // The renamed copy repeats the first form's kegiatan code: RKA104 on it, named as the last form.
        var diagnostics = all.Where(d => d.Code != RuleIds.KegiatanRepeated).ToList();
        Diagnostic? repeated = all.SingleOrDefault(d => d.Code == RuleIds.KegiatanRepeated);
        return (diagnostics.Count == 1
                && diagnostics[0] is { Code: RuleIds.CodeNameMismatch, Severity: DiagnosticSeverity.Warning, Kegiatan: null, Path: "header.program" } d
                && d.Message.Contains(program, StringComparison.Ordinal)
                && d.Message.Contains(" DAN LAINNYA' in form " + corrupt.Forms.Count + " (", StringComparison.Ordinal)
                && repeated is { Severity: DiagnosticSeverity.Warning, Path: "header.kegiatan" } r
                && r.Message.Contains("this is form " + corrupt.Forms.Count + ".", StringComparison.Ordinal))
            .Label(string.Join("\n", all));
    }

    [Property]
    public Property A_terbilang_for_another_amount_raises_RKA201(RkaForm form, Rupiah other)
    {
        AmountRow row = form.Amounts.CurrentYear!;
        Rupiah wrong = other == row.Amount ? other + Rupiah.FromSen(100) : other;
        RkaForm corrupt = form.WithAmount(AmountPosition.CurrentYear, row with { Terbilang = FormArbitraries.OracleWords(wrong) });
        return Raises(corrupt, RuleIds.TerbilangWrong, DiagnosticSeverity.Error, "amounts.currentYear.terbilang", form.KegiatanCodeText, row.Terbilang);
    }

    [Property]
    public Property A_one_letter_slip_in_a_terbilang_raises_RKA202(RkaForm form, PositiveInt wordChoice, PositiveInt letterChoice)
    {
        AmountRow row = form.Amounts.PreviousYear!;
        string[] words = row.Terbilang.Split(' ');
        int[] longWords = [.. Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5)];
        int w = longWords[wordChoice.Get % longWords.Length];
        string word = words[w];
        int at = 1 + (letterChoice.Get % (word.Length - 2));
        string slipped = word[..at] + word[at] + word[at..];
        words[w] = slipped;
        RkaForm corrupt = form.WithAmount(AmountPosition.PreviousYear, row with { Terbilang = string.Join(' ', words) });
        return Raises(corrupt, RuleIds.TerbilangSlips, DiagnosticSeverity.Warning, "amounts.previousYear.terbilang", form.KegiatanCodeText, $"'{slipped}' → '{word}'", row.Terbilang);
    }

    [Property]
    public Property A_next_year_off_the_projection_raises_RKA203(RkaForm form, PositiveInt sen)
    {
        int ta = form.Header.TahunAnggaran!.Value;
        Rupiah next = form.Amounts.NextYear!.Amount!.Value + Rupiah.FromSen(sen.Get);
        RkaForm corrupt = form.WithAmount(AmountPosition.NextYear, FormArbitraries.OracleRow(AmountPosition.NextYear, ta, next));
        return Raises(corrupt, RuleIds.ProjectionDeparture, DiagnosticSeverity.Warning, "amounts.nextYear.amount", form.KegiatanCodeText, next.ToString(), form.Amounts.NextYear!.Amount!.Value.ToString());
    }

    [Property]
    public Property A_wrong_year_label_raises_RKA204(RkaForm form, PositiveInt offset)
    {
        int ta = form.Header.TahunAnggaran!.Value;
        int year = ta - 1 + (offset.Get % 5) + 1;
        AmountRow row = form.Amounts.PreviousYear!;
        RkaForm corrupt = form.WithAmount(AmountPosition.PreviousYear, row with { Label = "Jumlah Tahun " + year.ToString(CultureInfo.InvariantCulture) });
        return Raises(corrupt, RuleIds.AmountLabel, DiagnosticSeverity.Warning, "amounts", form.KegiatanCodeText, (ta - 1).ToString(CultureInfo.InvariantCulture));
    }

    [Property]
    public Property An_amount_with_spaces_between_thousands_raises_RKA205(RkaForm form, Rupiah amount)
    {
        Rupiah big = amount.Sen < 0 ? amount - Rupiah.FromSen(100_000) : amount + Rupiah.FromSen(100_000); // at least Rp 1.000 either way, so there is a separator to write
        int ta = form.Header.TahunAnggaran!.Value;
        AmountRow row = FormArbitraries.OracleRow(AmountPosition.PreviousYear, ta, big);
        RkaForm corrupt = form.WithAmount(AmountPosition.PreviousYear, row with { AmountText = big.ToString().Replace('.', ' ') });
        return Raises(corrupt, RuleIds.AmountNotation, DiagnosticSeverity.Info, "amounts.previousYear.amount", form.KegiatanCodeText, big.ToString());
    }

    [Property]
    public Property A_missing_indicator_kind_raises_RKA301(RkaForm form, PositiveInt kindChoice)
    {
        var kind = (IndicatorKind)(kindChoice.Get % 4);
        RkaForm corrupt = form with { Indicators = [.. form.Indicators.Where(i => i.Kind != kind)] };
        return Raises(corrupt, RuleIds.IndicatorMissing, DiagnosticSeverity.Error, "indicators", form.KegiatanCodeText, IndicatorKinds.GetLabel(kind));
    }

    [Property]
    public Property A_masukan_other_than_year_n_raises_RKA302(RkaForm form, Rupiah other)
    {
        Rupiah yearN = form.Amounts.CurrentYear!.Amount!.Value;
        Rupiah wrong = other == yearN ? other + Rupiah.FromSen(1) : other;
        RkaForm corrupt = form.WithIndicator(IndicatorKind.Masukan, FormArbitraries.MasukanText(wrong));
        return Raises(corrupt, RuleIds.MasukanTarget, DiagnosticSeverity.Error, "indicators[1].target", form.KegiatanCodeText, wrong.ToString(), yearN.ToString());
    }

    [Property]
    public Property A_percentage_over_100_raises_RKA303(RkaForm form, PositiveInt excess)
    {
        string text = (100 + (excess.Get % 900) + 1).ToString(CultureInfo.InvariantCulture) + "%";
        RkaForm corrupt = form.WithIndicator(IndicatorKind.CapaianProgram, text);
        return Raises(corrupt, RuleIds.PercentageRange, DiagnosticSeverity.Error, "indicators[0].target", form.KegiatanCodeText, text);
    }

    [Property]
    public Property A_target_in_paket_raises_RKA304(RkaForm form, PositiveInt quantity)
    {
        string text = quantity.Get.ToString(CultureInfo.InvariantCulture) + " paket";
        RkaForm corrupt = form.WithIndicator(IndicatorKind.Keluaran, text);
        return Raises(corrupt, RuleIds.UnmeasurableUnit, DiagnosticSeverity.Warning, "indicators[2].target", form.KegiatanCodeText, "'paket'");
    }

    [Property]
    public Property A_missing_or_empty_KAK_section_raises_RKA401(RkaForm form, PositiveInt kindChoice, bool empty)
    {
        KakSectionKind kind = Kinds[kindChoice.Get % Kinds.Length];
        IEnumerable<KakRawSection> raw = form.Kak!.Sections
            .Where(s => empty || s.Kind != kind)
            .Select(s => new KakRawSection(s.Heading, empty && s.Kind == kind ? " - " : s.Text));
        RkaForm corrupt = form with { Kak = Kak.Create(raw, form.Header.TahunAnggaran) };
        return Raises(corrupt, RuleIds.KakSectionMissing, DiagnosticSeverity.Error, "kak." + char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..], form.KegiatanCodeText, KakHeadings.GetCanonicalHeading(kind));
    }

    [Property]
    public Property A_misspelled_KAK_heading_raises_RKA402(RkaForm form, PositiveInt kindChoice, PositiveInt letterChoice)
    {
        KakSectionKind[] longHeadings = [.. Kinds.Where(k => k != KakSectionKind.Alur)];
        KakSectionKind kind = longHeadings[kindChoice.Get % longHeadings.Length];
        string heading = KakHeadings.GetCanonicalHeading(kind);
        int[] letters = [.. Enumerable.Range(1, heading.Length - 1).Where(i => char.IsLetter(heading[i]))];
        int at = letters[letterChoice.Get % letters.Length];
        string misspelled = heading[..at] + (heading[at] == 'q' ? 'x' : 'q') + heading[(at + 1)..];
        IEnumerable<KakRawSection> raw = form.Kak!.Sections.Select(s => new KakRawSection(s.Kind == kind ? misspelled : s.Heading, s.Text));
        RkaForm corrupt = form with { Kak = Kak.Create(raw, form.Header.TahunAnggaran) };
        return Raises(corrupt, RuleIds.LabelMisspelled, DiagnosticSeverity.Warning, "kak." + char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..], form.KegiatanCodeText, misspelled, heading);
    }

    [Property]
    public Property A_misspelled_header_label_raises_RKA402(RkaForm form, PositiveInt levelChoice)
    {
        FormHeader h = form.Header;
        (FormHeader header, string path, string label) = (levelChoice.Get % 4) switch
        {
            0 => (h with { Urusan = h.Urusan with { Label = "Urusan Pemerintahn" } }, "header.urusan", "Urusan Pemerintahn"),
            1 => (h with { Organisasi = h.Organisasi with { Label = "Organisai" } }, "header.organisasi", "Organisai"),
            2 => (h with { Program = h.Program with { Label = "Progam" } }, "header.program", "Progam"),
            _ => (h with { Kegiatan = h.Kegiatan with { Label = "Kegiatn" } }, "header.kegiatan", "Kegiatn"),
        };
        return Raises(form with { Header = header }, RuleIds.LabelMisspelled, DiagnosticSeverity.Warning, path, form.KegiatanCodeText, label);
    }

    [Property]
    public Property A_schedule_that_disagrees_raises_RKA403(RkaForm form, PositiveInt firstChoice, PositiveInt lengthChoice, bool outside)
    {
        int ta = form.Header.TahunAnggaran!.Value;
        int first = 1 + (firstChoice.Get % 11);
        int last = first + (lengthChoice.Get % (12 - first));
        int count = last - first + 1;
        KakRawSection[] sections = FormArbitraries.KakSections(ta, "Kecamatan Klakah", first, last, "Pembinaan", 7);
        int stated = outside ? count : count + 1;
        int year = outside ? ta + 1 : ta;
        string waktu = $"Prosedur : persiapan - Waktu Pelaksanaan : {stated} Bulan - Tempat : Kecamatan Klakah - Pelaksanaan : Bulan {Month(first)} s/d {Month(last)} {year}";
        sections[(int)KakSectionKind.Mekanisme] = sections[(int)KakSectionKind.Mekanisme] with { Text = waktu };
        RkaForm corrupt = form with { Kak = Kak.Create(sections, ta) };
        return Raises(corrupt, RuleIds.ScheduleInconsistent, DiagnosticSeverity.Warning, "kak.mekanisme.jadwal[0]", form.KegiatanCodeText,
            outside ? (year.ToString(CultureInfo.InvariantCulture) + "-" + first.ToString("00", CultureInfo.InvariantCulture)) : $"states {stated} months but names {count}");
    }

    [Property]
    public Property A_detail_line_whose_jumlah_is_not_volume_times_price_raises_RKA501(RkaForm form, PositiveInt lineChoice)
    {
        int[] details = [.. Enumerable.Range(0, form.Rincian.Count).Where(i => !form.Rincian[i].IsRekening && form.Rincian[i].Jumlah is not null)];
        int at = details[lineChoice.Get % details.Length];
        RincianLine line = form.Rincian[at];
        RincianLine corruptLine = line with { HargaSatuan = line.HargaSatuan!.Value + Rupiah.FromSen(100) };
        RkaForm corrupt = form with { Rincian = [.. form.Rincian.Select((l, i) => i == at ? corruptLine : l)] };
        return Raises(corrupt, RuleIds.RincianLineAmount, DiagnosticSeverity.Error, $"rincian[{at}].jumlah", form.KegiatanCodeText, line.Jumlah!.Value.ToString());
    }

    [Property]
    public Property A_subtotal_that_does_not_add_up_raises_RKA502(RkaForm form, PositiveInt lineChoice)
    {
        int[] details = [.. Enumerable.Range(0, form.Rincian.Count).Where(i => !form.Rincian[i].IsRekening && form.Rincian[i].Jumlah is not null)];
        int at = details[lineChoice.Get % details.Length];
        int rekening = Enumerable.Range(0, at).Last(i => form.Rincian[i].IsRekening);
        RincianLine line = form.Rincian[at];
        RincianLine grown = RincianLine.Detail(line.Uraian, line.Volume!.Value, line.Satuan!, line.HargaSatuan!.Value + Rupiah.FromSen(100));
        RkaForm corrupt = form with { Rincian = [.. form.Rincian.Select((l, i) => i == at ? grown : l)] };
        return Raises(corrupt, RuleIds.RincianTotal, DiagnosticSeverity.Error, $"rincian[{rekening}].jumlah", form.KegiatanCodeText, form.Rincian[rekening].KodeRekening!);
    }

    private static string Month(int month) =>
        new[] { "Januari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "Nopember", "Desember" }[month - 1];

    /// <summary>All diagnostics are of one rule, at least one, with its severity, kegiatan and path and the text that matters.</summary>
    private static Property Raises(RkaForm form, string code, DiagnosticSeverity severity, string path, string? kegiatan, params string[] messageParts)
    {
        var diagnostics = RuleSet.Default.Validate(new RkaDocument { Forms = [form] });
        bool ok = diagnostics.Count > 0 && diagnostics.All(d =>
            d.Code == code && d.Severity == severity && d.Path == path && d.Kegiatan == kegiatan
            && messageParts.All(p => d.Message.Contains(p, StringComparison.Ordinal)));
        return ok.Label(diagnostics.Count == 0 ? "no diagnostic" : string.Join("\n", diagnostics));
    }
}
