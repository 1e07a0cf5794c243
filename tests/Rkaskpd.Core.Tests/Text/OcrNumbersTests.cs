using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>
/// The OCR of a scanned print writes letters for digits (O for 0, l or I for 1) and one separator for the other inside
/// numbers, codes and NIPs. The line stage reads them as the digits a person reads, says so once (RKA023), and leaves
/// every other token alone: words, codes without letters, roman numerals, consistent English or Indonesian amounts.
/// </summary>
public class OcrNumbersTests
{
    private const string ScannedTitle = """
        PEMERINTAH KABUPATEN TANJUNG SERAI
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        Formulir RKA - SKPD 2.2.1
        Tahun Anggaran 2013

        """;

    [Theory]
    [InlineData("Jumlah Tahun n : Rp.l2.5OO.OOO,OO (Dua belas juta)", "Jumlah Tahun n : Rp.12.500.000,00 (Dua belas juta)")]
    [InlineData("Keluaran | Jumlah guru | lOO orang |", "Keluaran | Jumlah guru | 100 orang |")]
    [InlineData("Hasil\tMeningkatnya mutu\t8O %", "Hasil\tMeningkatnya mutu\t80 %")]
    [InlineData("Honor Sekretaris 3 OB 4OO.OOO,OO I.2OO.OOO,OO", "Honor Sekretaris 3 OB 400.000,00 1.200.000,00")]
    [InlineData("5.2.1.01 Honorarium PNS 6.300.000.00", "5.2.1.01 Honorarium PNS 6.300.000,00")]
    [InlineData("5.2.2.01.01 Belanja ATK 3,500.000,00", "5.2.2.01.01 Belanja ATK 3.500.000,00")]
    [InlineData("Makan (lOO org x 3 hr) 3OO OH 4o.ooo,oo", "Makan (100 org x 3 hr) 300 OH 40.000,00")]
    [InlineData("NIP. l9630514 l98703 l 009", "NIP. 19630514 198703 1 009")]
    [InlineData("NIP : l97OO1O1 l99503 I OO2", "NIP : 19700101 199503 1 002")]
    [InlineData("Kegiatan : 3.O5.3.O5.O9.Ol.O2l Penyediaan Jasa", "Kegiatan : 3.05.3.05.09.01.021 Penyediaan Jasa")]
    [InlineData("Urusan Pemerintahan : 1.0l Pendidikan", "Urusan Pemerintahan : 1.01 Pendidikan")]
    [InlineData("Sub Kegiatan : 1.O2.O2.2.O2.OOOl Pengelolaan", "Sub Kegiatan : 1.02.02.2.02.0001 Pengelolaan")]
    [InlineData("5.2.2.Ol.Ol Belanja ATK", "5.2.2.01.01 Belanja ATK")]
    [InlineData("Jumlah Tahun n - 1 : Rp. O,OO", "Jumlah Tahun n - 1 : Rp. 0,00")]
    [InlineData("Kue Kotak 25 Orang x 4 Kali Orang / Kali l5.000,00 O 1.500.000,00", "Kue Kotak 25 Orang x 4 Kali Orang / Kali 15.000,00 0 1.500.000,00")]
    public void Numbers_written_with_letters_or_a_slipped_separator_are_read_as_a_person_reads_them(string written, string read)
    {
        var ocr = new OcrNumbers();

        Assert.Equal(read, ocr.Repair(written.AsMemory(), 1).ToString());
    }

    [Theory]
    [InlineData("Aspal Curah Pen 60/70\t12.000 Kg\tKg\t14.500,00\t1196\t193.140.000,00", "Aspal Curah Pen 60/70\t12.000 Kg\tKg\t14.500,00\t11%\t193.140.000,00")]
    [InlineData("Cetak Sertifikat 60 Lembar 7.500,001 11 450.000,00", "Cetak Sertifikat 60 Lembar 7.500,00 11 450.000,00")]
    [InlineData("Honorarium 24 OB 1.250.000,001\t30.000.000,00", "Honorarium 24 OB 1.250.000,00\t30.000.000,00")]
    public void Once_the_document_showed_an_OCR_hand_a_rule_after_the_decimals_and_a_PPN_read_with_96_are_read_as_printed(string written, string read)
    {
        var ocr = new OcrNumbers { SawOcr = true };

        Assert.Equal(read, ocr.Repair(written.AsMemory(), 1).ToString());
        Assert.Equal(written, new OcrNumbers().Repair(written.AsMemory(), 1).ToString());
    }

    [Theory]
    [InlineData("Masukan\tTersedianya dana\tRp. 551.204.390,00")]
    [InlineData("Jumlah Tahun n : Rp 3,050,000,000.00")]
    [InlineData("5.2.2.01.01 Belanja alat tulis kantor 12 rim 45.000 540.000")]
    [InlineData("Rencana Penarikan Triwulan II Rp. 0,00")]
    [InlineData("II.1 Latar Belakang I.2 Maksud")]
    [InlineData("Air mineral 5l 12 dus 1.000 Lembar 125,5 m² Rp0")]
    [InlineData("Lumajang, 14.10.2019 Indikator Organisasi Ilmu Olahraga lOkasi")]
    [InlineData("Kegiatan : 1.01 . 1.01.01 . 21 . 05 Pelatihan IOT")]
    [InlineData("Bab II.1 dan I.2 serta l.O dan O.l")]
    [InlineData("Kepala Seksi 2 l 3 Bidang")]
    [InlineData("NIP. 19630514 198703 1 009 l")]
    [InlineData("Golongan darah O 2 orang")]
    [InlineData("Tarif 1.500 O 2")]
    [InlineData("NIPPON 19630514 l 009")]
    [InlineData("Jumlah 7.500.001 dan 3,500,001 serta 7,001")]
    [InlineData("Urugan pasir 1.234,561 m3 dan 1.234,565 ton")]
    [InlineData("Penduduk 1196 jiwa 12.000,00 dan 14.500,00 1196 orang")]
    public void Every_other_token_is_left_as_written_and_the_line_is_the_same_memory(string line)
    {
        var ocr = new OcrNumbers();
        ReadOnlyMemory<char> raw = line.AsMemory();
        var sink = new NoteSink();

        Assert.True(raw.Equals(ocr.Repair(raw, 1)));
        ocr.Report(sink);
        Assert.Empty(sink.Items);
    }

    /// <summary>Tokens a scanned line is made of: words (some starting with a letter the OCR writes for a digit),
    /// numbers, amounts and codes as printed and as garbled, NIP and Rp prefixes.</summary>
    private static readonly string[] Tokens =
    [
        "II.1", "NIP.", "Rp", "Rp.l2.5OO", "rp4o.ooo,oo", "lOO", "3OO", "5l", "8O", "1.500", "4o.ooo,oo", "6.300.000.00",
        "3,500.000,00", "3.O5.3.O5", "198703", "009", "lokasi", "Indikator", "Ilmu", "Orang", "kegiatan", "Rp5", "RpO.OOO",
        "l.O", "O.l", "5.2.2.Ol.Ol", "OB", "(3", "x",
    ];

    /// <summary>The tokens whose neighbours decide their reading: lone letters, a NIP's groups, and an amount or a number
    /// whose first character starts no number (its own reading is never repaired, but a lone letter after it is).</summary>
    private static readonly string[] Neighbours = ["O", "o", "l", "I", "NIP", "l9630514", "x1.000", "x12", "15.000,00", "kata"];

    private static readonly string[] Gaps = [" ", " ", " ", "  ", "\t", " | ", "(", ")", ": ", "%", ";"];

    [Theory]
    [InlineData("Kue x1.000 o 15.000,00")]
    [InlineData("NIP x12 o l9630514 kata")]
    [InlineData("kata kata kata 1.500 O 15.000,00")]
    public void A_lone_letter_after_a_token_that_starts_no_number_is_read_as_reading_every_token_reads_it(string line)
    {
        Assert.Equal(
            new OcrNumbers().Repair(line.AsMemory(), 1, skipQuietTokens: false).ToString(),
            new OcrNumbers().Repair(line.AsMemory(), 1, skipQuietTokens: true).ToString());
    }

    [Property(MaxTest = 1000)]
    public Property Passing_over_tokens_that_cannot_be_numbers_repairs_a_line_as_reading_every_token_does()
    {
        Gen<string> token = Gen.Frequency((2, Gen.Elements(Tokens)), (5, Gen.Elements(Neighbours)));
        Gen<string> lines =
            from count in Gen.Choose(0, 14)
            from tokens in Gen.ArrayOf(token, count)
            from gaps in Gen.ArrayOf(Gen.Elements(Gaps), count + 1)
            select gaps[0] + string.Concat(tokens.Select((t, i) => t + gaps[i + 1]));
        return Prop.ForAll(lines.ToArbitrary(), line =>
        {
            var skipping = new OcrNumbers();
            var reading = new OcrNumbers();
            var skippingNotes = new NoteSink();
            var readingNotes = new NoteSink();

            string skipped = skipping.Repair(line.AsMemory(), 3, skipQuietTokens: true).ToString();
            string read = reading.Repair(line.AsMemory(), 3, skipQuietTokens: false).ToString();
            skipping.Report(skippingNotes);
            reading.Report(readingNotes);

            Assert.Equal(read, skipped);
            Assert.Equal(readingNotes.Items.Select(n => n.Message), skippingNotes.Items.Select(n => n.Message));
        });
    }

    [Fact]
    public void One_note_counts_the_numbers_read_and_names_the_first()
    {
        var ocr = new OcrNumbers();
        var sink = new NoteSink();
        ocr.Repair("Hasil 8O %".AsMemory(), 7);
        ocr.Repair("Jumlah 2l.OOO.OOO,OO 6.300.000.00".AsMemory(), 9);

        ocr.Report(sink);

        RawNote note = Assert.Single(sink.Items);
        Assert.Equal((7, TextReaderMessages.OcrNumbersRead), (note.Line, note.Code));
        Assert.Contains("3", note.Message, StringComparison.Ordinal);
        Assert.Contains("'8O' read as '80'", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scanned_forms_amounts_read_as_the_print_shows_them_with_one_info_finding()
    {
        const string Text = ScannedTitle + """
            Urusan Pemerintahan : 1.01 Pendidikan
            Organisasi : 1.01.01 Dinas Pendidikan
            Program : 1.01.1.01.01.21 Program Peningkatan Mutu Pendidik
            Kegiatan : 1.01.1.01.01.21.05 Pelatihan Kompetensi Guru
            Jumlah Tahun n - 1 : Rp. 2l.OOO.OOO,OO (Dua puluh satu juta rupiah)
            Jumlah Tahun n : Rp. 24.3OO.OOO,OO (Dua puluh empat juta tiga ratus ribu rupiah)
            Jumlah Tahun n + 1 : Rp. 26.73O.OOO,00 (Dua puluh enam juta tujuh ratus tiga puluh ribu rupiah)
            """;

        RkaReadResult result = RkaTextReader.Read(Text);

        FormAmounts amounts = Assert.Single(result.Document.Forms).Amounts;
        Assert.Equal([21_000_000m, 24_300_000m, 26_730_000m], new[] { amounts.PreviousYear, amounts.CurrentYear, amounts.NextYear }.Select(a => a?.Amount?.Amount ?? -1m));
        Diagnostic ocr = Assert.Single(result.Diagnostics, d => d.Code == "RKA023");
        Assert.Equal((9, DiagnosticSeverity.Info), (ocr.Line, ocr.Severity));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA207");
    }

    [Fact]
    public void A_scanned_forms_codes_and_nip_read_as_the_print_shows_them()
    {
        const string Text = ScannedTitle + """
            Urusan Pemerintahan : 1.0l Pendidikan
            Organisasi : 1.0l.0l Dinas Pendidikan
            Program : 1.0l.1.0l.0l.2l Program Peningkatan Mutu Pendidik
            Kegiatan : 1.Ol.1.Ol.Ol.2l.O5 Pelatihan Kompetensi Guru
            Jumlah Tahun n : Rp. 24.300.000,00 (Dua puluh empat juta tiga ratus ribu rupiah)

            Tanjung Serai, 2 Januari 2013
            Kepala Dinas Pendidikan
            Drs. H. AHMAD SYARIF, M.Pd
            NIP. l9630514 l98703 l 009
            """;

        RkaReadResult result = RkaTextReader.Read(Text);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal("1.01.1.01.01.21.05", form.Header.Kegiatan.Code.ToString());
        Assert.Equal(("1.01", "1.01.01", "1.01.1.01.01.21"), (form.Header.Urusan.Code.ToString(), form.Header.Organisasi.Code.ToString(), form.Header.Program.Code.ToString()));
        Assert.Equal("19630514 198703 1 009", form.TandaTangan?.Nip);
        Diagnostic ocr = Assert.Single(result.Diagnostics, d => d.Code == "RKA023");
        Assert.Contains("'1.0l'", ocr.Message, StringComparison.Ordinal);
    }
}
