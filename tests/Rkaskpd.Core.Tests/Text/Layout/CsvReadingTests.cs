using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>A form of another region written by hand as Indonesian Excel saves it as CSV (<c>;</c>, padding to four
/// columns, CR LF, a two-line title cell, a quote inside a field, a multi-line KAK cell); the expected values are read
/// off the text.</summary>
public class CsvReadingTests
{
    private const string Jember = """
        "RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH";;;FORMULIR RKA - SKPD 2.2.1
        PEMERINTAH KABUPATEN JEMBER TAHUN ANGGARAN 2021;;;
        Urusan Pemerintahan;: 1.02;KESEHATAN;
        Organisasi;: 1.02.01;DINAS KESEHATAN;
        Program;: 1.02.1.02.01.16;PROGRAM UPAYA KESEHATAN MASYARAKAT;
        Kegiatan;: 1.02.1.02.01.16.007;"Penyuluhan ""Germas"" di Desa";
        Lokasi Kegiatan;: Kecamatan Ambulu;;
        Jumlah Tahun 2020;: 40.000.000,00;(EMPAT PULUH JUTA RUPIAH);
        Jumlah Tahun 2021;: 45.500.000,00;(EMPAT PULUH LIMA JUTA LIMA RATUS RIBU RUPIAH);
        Jumlah Tahun 2022;: 50.050.000,00;(LIMA PULUH JUTA LIMA RATUS RIBU RUPIAH);
        Indikator & Tolak Ukur Kinerja Belanja Langsung;;;
        Indikator;Tolak Ukur Kinerja;Target Kinerja;
        Capaian Program;Persentase desa siaga aktif;80%;
        Masukan;Tersedianya dana;Rp. 45.500.000,00;
        Keluaran;Jumlah penyuluhan;24 Kali;
        Hasil;Meningkatnya perilaku hidup bersih dan sehat;75%;
        Kelompok Sasaran Kegiatan: Masyarakat Kecamatan Ambulu;;;
        KERANGKA ACUAN KERJA (KAK) PERKIRAAN REKENING BELANJA;;;
        Keterangan;Uraian;;
        KERANGKA ACUAN KERJA (KAK);Latar Belakang;": Perilaku hidup bersih belum merata;
        sebagian desa belum memiliki kader";
        ;Dasar Hukum;: Undang-Undang Nomor 36 Tahun 2009 tentang Kesehatan;
        ;Maksud dan Tujuan;: Meningkatkan pengetahuan masyarakat;
        ;Bentuk Kegiatan;: Penyuluhan;
        ;Konsep Kegiatan;: Penyuluhan di balai desa;
        ;Mekanisme;: Pemberitahuan, pelaksanaan, pelaporan;
        ;Alur;: Persiapan - pelaksanaan - evaluasi;
        ;Manfaat;: Masyarakat berperilaku sehat;
        """;

    private static string Csv => Jember.ReplaceLineEndings("\r\n") + "\r\n";

    [Fact]
    public void Reads_the_hand_written_csv_form()
    {
        RkaReadResult result = RkaTextReader.Read(Csv);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal("PEMERINTAH KABUPATEN JEMBER", form.Header.PemerintahDaerah);
        Assert.Equal(2021, form.Header.TahunAnggaran);
        Assert.Equal("1.02.1.02.01.16.007", form.KegiatanCodeText);
        Assert.Equal("Penyuluhan \"Germas\" di Desa", form.Header.Kegiatan.Name);
        Assert.Equal("DINAS KESEHATAN", form.Header.Organisasi.Name);
        Assert.Equal("Kecamatan Ambulu", form.Header.Lokasi);
        Assert.Equal([40_000_000m, 45_500_000m, 50_050_000m], form.Amounts.Rows.Select(r => r.Amount!.Value.Amount));
        Assert.Equal("EMPAT PULUH LIMA JUTA LIMA RATUS RIBU RUPIAH", form.Amounts.CurrentYear!.Terbilang);
        Assert.Equal(
            [IndicatorKind.CapaianProgram, IndicatorKind.Masukan, IndicatorKind.Keluaran, IndicatorKind.Hasil],
            form.Indicators.Select(i => i.Kind));
        Assert.Equal(["Persentase desa siaga aktif", "Tersedianya dana", "Jumlah penyuluhan", "Meningkatnya perilaku hidup bersih dan sehat"], form.Indicators.Select(i => i.TolokUkur));
        Assert.Equal("Masyarakat Kecamatan Ambulu", form.KelompokSasaran);
        Assert.Empty(form.Kak!.MissingOrEmptyKinds);
        KakSection latar = form.Kak.Sections[0];
        Assert.StartsWith("Perilaku hidup bersih belum merata;", latar.Text, StringComparison.Ordinal);
        Assert.EndsWith("sebagian desa belum memiliki kader", latar.Text, StringComparison.Ordinal);
        Assert.Contains(form.Kak.Sections, s => s.Text == "Pemberitahuan, pelaksanaan, pelaporan");
    }

    [Fact]
    public void Reports_reading_as_csv_once_and_keeps_the_files_line_numbers()
    {
        RkaReadResult result = RkaTextReader.Read(Csv);

        Diagnostic csv = Assert.Single(result.Diagnostics, d => d.Code == "RKA018");
        Assert.Equal(DiagnosticSeverity.Info, csv.Severity);
        Assert.Contains("';'", csv.Message, StringComparison.Ordinal);
        Diagnostic terbilang = Assert.Single(result.Validate(), d => d.Code == RuleIds.TerbilangWrong);
        Assert.Equal(11, terbilang.Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_same_form_with_commas_reads_the_same()
    {
        string english = string.Join("\r\n", Jember.ReplaceLineEndings("\n").Split('\n').Select(ToComma)) + "\r\n";

        RkaReadResult result = RkaTextReader.Read(english);

        string difference = FormDifference.First(RkaTextReader.Read(Csv).Document, result.Document, kakLineBreaks: true);
        Assert.True(difference.Length == 0, difference);
        Assert.Contains("','", Assert.Single(result.Diagnostics, d => d.Code == "RKA018").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_on_its_line_and_the_rest_of_the_form_is_read()
    {
        string broken = Csv.Replace("Kelompok Sasaran Kegiatan: Masyarakat Kecamatan Ambulu;;;", "\"Kelompok Sasaran Kegiatan: Masyarakat Kecamatan Ambulu;;;", StringComparison.Ordinal)
            .Replace("\": Perilaku hidup bersih belum merata;\r\nsebagian desa belum memiliki kader\";", ": Perilaku hidup bersih belum merata;", StringComparison.Ordinal);

        RkaReadResult result = RkaTextReader.Read(broken);

        Diagnostic unclosed = Assert.Single(result.Diagnostics, d => d.Code == "RKA019");
        Assert.Equal(18, unclosed.Line);
        Assert.Equal(DiagnosticSeverity.Warning, unclosed.Severity);
        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(4, form.Indicators.Count);
        Assert.Contains(form.Kak!.Sections, s => s.Text == "Masyarakat berperilaku sehat");
    }

    /// <summary>Rewrites one line of the semicolon file as English Excel writes it.</summary>
    private static string ToComma(string line)
    {
        // The fields of the file above hold no ';' of their own except the KAK cell's first line, which stays in quotes.
        if (line.StartsWith("KERANGKA ACUAN KERJA (KAK);Latar", StringComparison.Ordinal))
        {
            return "KERANGKA ACUAN KERJA (KAK),Latar Belakang,\": Perilaku hidup bersih belum merata;";
        }

        if (line.StartsWith('"') || line.StartsWith("SATUAN", StringComparison.Ordinal) || line.StartsWith("sebagian", StringComparison.Ordinal))
        {
            return line.Replace(';', ',');
        }

        return string.Join(',', line.Split(';').Select(f => f.StartsWith('"') ? f : CsvTransform.Field(f, ',')));
    }
}
