using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The reader on hand-made documents: another region and layout, truncated forms, text that is no form.</summary>
public partial class RkaTextReaderTests
{
    private const string OtherRegion = """
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        PEMERINTAH KOTA PROBOLINGGO
        FORMULIR RKA-SKPD 2.2.1
        TAHUN ANGGARAN 2021

        Urusan Pemerintahan : 2.07 TENAGA KERJA
        Organisasi : 2.07.01 DINAS TENAGA KERJA
        Program : 2.07.2.07.01.27 PROGRAM PENINGKATAN KESEMPATAN KERJA
        Kegiatan : 2.07 . 2.07.01 . 27 . 02 Pelatihan Kerja Berbasis Kompetensi
        Lokasi Kegiatan : Kota Probolinggo
        Jumlah Tahun n - 1 : Rp 510,000,000 (LIMA RATUS SEPULUH JUTA RUPIAH)
        Jumlah Tahun n : Rp 561,000,000 (LIMA RATUS ENAM PULUH SATU JUTA
        RUPIAH)
        Jumlah Tahun n + 1 : Rp 617,100,000 (ENAM RATUS TUJUH BELAS JUTA SERATUS RIBU RUPIAH)

        | Indikator | Tolok Ukur Kinerja | Target Kinerja |
        |---|---|---|
        | Capaian Program | Persentase pencari kerja terlatih | 60% |
        | Masukan | Tersedianya dana | Rp. 561.000.000,00 |
        | Keluaran | Jumlah peserta pelatihan | 120 orang |
        | Hasil | Peserta kompeten | Meningkatnya kompetensi |

        Kelompok Sasaran Kegiatan : Pencari kerja
        Latar Belakang : Banyak pencari kerja belum terampil.
        Dasar Hukum : Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan
        Maksud dan Tujuan : Meningkatkan keterampilan pencari kerja.
        Bentuk Kegiatan : Pelatihan
        Konsep Kegiatan : Pelatihan berbasis kompetensi
        Mekanisme : Pelatihan selama 3 bulan, Maret s/d Mei
        Alur : Pendaftaran, seleksi, pelatihan, uji kompetensi
        Manfaat : Pencari kerja terampil
        """;

    [Fact]
    public void Reads_another_region_with_position_labels_english_amounts_and_a_spaced_two_digit_kegiatan_code()
    {
        RkaReadResult result = RkaTextReader.Read(OtherRegion);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal("PEMERINTAH KOTA PROBOLINGGO", form.Header.PemerintahDaerah);
        Assert.Equal(2021, form.Header.TahunAnggaran);
        Assert.Equal("2.07 . 2.07.01 . 27 . 02", form.Header.Kegiatan.CodeText);
        Assert.Equal(KegiatanCode.Parse("2.07.2.07.01.27.02"), form.Header.Kegiatan.Code);
        Assert.Equal("2.07.2.07.01.27.02", form.KegiatanCodeText);
        Assert.Equal("Pelatihan Kerja Berbasis Kompetensi", form.Header.Kegiatan.Name);
        Assert.Equal("Kota Probolinggo", form.Header.Lokasi);
        Assert.Equal(["Jumlah Tahun n - 1", "Jumlah Tahun n", "Jumlah Tahun n + 1"], form.Amounts.Rows.Select(r => r.Label));
        Assert.Equal([510_000_000m, 561_000_000m, 617_100_000m], form.Amounts.Rows.Select(r => r.Amount!.Value.Amount));
        Assert.Equal("Rp 561,000,000", form.Amounts.CurrentYear!.AmountText);
        Assert.Equal("LIMA RATUS ENAM PULUH SATU JUTA RUPIAH", form.Amounts.CurrentYear.Terbilang);
        Assert.Equal(
            [IndicatorKind.CapaianProgram, IndicatorKind.Masukan, IndicatorKind.Keluaran, IndicatorKind.Hasil],
            form.Indicators.Select(i => i.Kind));
        Assert.IsType<TextTarget>(form.Indicators[3].Target);
        Assert.Equal("Pencari kerja", form.KelompokSasaran);
        Assert.Empty(form.Kak!.MissingOrEmptyKinds);
    }

    [Fact]
    public void Reports_the_normalised_code_the_english_amounts_and_the_unmeasurable_target_on_their_lines()
    {
        RkaReadResult result = RkaTextReader.Read(OtherRegion);

        Assert.Equal(
            [("RKA104", 9, "header.kegiatan"), ("RKA205", 11, "amounts.previousYear.amount"), ("RKA205", 12, "amounts.currentYear.amount"),
             ("RKA205", 14, "amounts.nextYear.amount"), ("RKA305", 21, "indicators[3].target")],
            result.Validate().Select(d => (d.Code, d.Line ?? 0, d.Path)));
        Diagnostic normalised = result.Diagnostics[0];
        Assert.Equal(DiagnosticSeverity.Info, normalised.Severity);
        Assert.Contains("'2.07 . 2.07.01 . 27 . 02' normalised to '2.07.2.07.01.27.02'", normalised.Message, StringComparison.Ordinal);
        Assert.Contains("Meningkatnya kompetensi", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_truncated_form_and_says_what_is_missing()
    {
        string truncated = OtherRegion[..OtherRegion.IndexOf("Jumlah Tahun n + 1", StringComparison.Ordinal)];

        RkaReadResult result = RkaTextReader.Read(truncated);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(561_000_000m, form.Amounts.CurrentYear!.Amount!.Value.Amount);
        Assert.Null(form.Amounts.NextYear);
        Assert.Empty(form.Indicators);
        Assert.Null(form.Kak);
        Diagnostic incomplete = Assert.Single(result.Diagnostics, d => d.Code == "RKA002");
        Assert.Equal(DiagnosticSeverity.Error, incomplete.Severity);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA206" && d.Path == "amounts");
        IReadOnlyList<Diagnostic> all = result.Validate();
        Assert.Contains(all, d => d.Code == RuleIds.IndicatorMissing);
        // Cut before any KAK heading: the form is of a template without KAK, so no KAK is missing (issue 11 item 6).
        Assert.DoesNotContain(all, d => d.Code == RuleIds.KakSectionMissing);
        Assert.DoesNotContain("KAK", incomplete.Message, StringComparison.Ordinal);
        Assert.All(all, d => Assert.NotNull(d.Line));
    }

    [Fact]
    public void Reads_a_capaian_kegiatan_row_as_its_own_kind()
    {
        // Before issue 12 "Capaian Kegiatan" was an unknown kind (RKA306, left out); SIPD-era forms made it a kind.
        string text = OtherRegion.Replace("| Hasil | Peserta kompeten |", "| Capaian Kegiatan | Peserta kompeten |", StringComparison.Ordinal);

        RkaReadResult result = RkaTextReader.Read(text);

        Assert.Equal(4, result.Document.Forms[0].Indicators.Count);
        Indicator capaian = Assert.Single(result.Document.Forms[0].Indicators, i => i.Kind == IndicatorKind.CapaianKegiatan);
        Assert.Equal("Capaian Kegiatan", capaian.Label);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA306");
        Assert.Contains(result.Validate(), d => d.Code == RuleIds.IndicatorMissing && d.Message.Contains("Hasil", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_an_unreadable_amount_with_the_parse_error()
    {
        string text = OtherRegion.Replace("Jumlah Tahun n - 1 : Rp 510,000,000", "Jumlah Tahun n - 1 : Rp 510.000.00x", StringComparison.Ordinal);

        RkaReadResult result = RkaTextReader.Read(text);

        Assert.Null(result.Document.Forms[0].Amounts.PreviousYear!.Amount);
        Assert.Equal("Rp 510.000.00x", result.Document.Forms[0].Amounts.PreviousYear!.AmountText);
        Diagnostic unreadable = Assert.Single(result.Diagnostics, d => d.Code == "RKA207");
        Assert.Equal((11, "amounts.previousYear.amount", DiagnosticSeverity.Error), (unreadable.Line ?? 0, unreadable.Path, unreadable.Severity));
        Assert.Contains("Rp 510.000.00x", unreadable.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ini bukan formulir RKA.\nHanya catatan rapat.")]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    public void Reports_text_without_a_form_as_not_an_rka(string text)
    {
        RkaReadResult result = RkaTextReader.Read(text);

        Assert.Empty(result.Document.Forms);
        Diagnostic single = Assert.Single(result.Validate());
        Assert.Equal(("RKA001", DiagnosticSeverity.Error), (single.Code, single.Severity));
        Assert.Null(single.Kegiatan);
    }

    [Fact]
    public void Reads_the_same_from_a_reader_as_from_a_string()
    {
        using var reader = new StringReader(OtherRegion);
        RkaReadResult fromReader = RkaTextReader.Read(reader);
        RkaReadResult fromString = RkaTextReader.Read(OtherRegion);

        Assert.Equal(fromString.Document, fromReader.Document);
        Assert.Equal(fromString.Diagnostics, fromReader.Diagnostics);
    }

    [Fact]
    public void Rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => RkaTextReader.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => RkaTextReader.Read((TextReader)null!));
    }

    [Fact]
    public void Validate_uses_the_given_rules_and_keeps_the_reader_findings()
    {
        RkaReadResult result = RkaTextReader.Read(OtherRegion);

        IReadOnlyList<Diagnostic> found = result.Validate(RuleSet.Default.Without(RuleIds.AmountNotation));

        Assert.Equal(["RKA104", "RKA305"], found.Select(d => d.Code));
    }
}
