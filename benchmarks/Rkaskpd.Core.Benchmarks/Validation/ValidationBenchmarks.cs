using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Projection;
using Rkaskpd.Validation;

namespace Rkaskpd.Benchmarks.Validation;

/// <summary>
/// <c>RuleSet.Default.Validate</c> over a document of 11 forms built like the seed's (one organisasi, four programs,
/// full KAK, four indicators, rincian, and the seed's kinds of slips in some forms), against a baseline that only walks
/// the forms and sums their amounts.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private static readonly RkaDocument Document = BuildDocument(11, 2020);

    private static readonly RkaForm[] Forms = [.. Document.Forms];

    /// <summary>The BCL baseline: walk the forms, sum the amounts and the rincian, count indicators.</summary>
    [Benchmark(Baseline = true)]
    public long WalkAndSum()
    {
        long total = 0;
        foreach (RkaForm form in Forms)
        {
            foreach (AmountRow row in form.Amounts.Rows)
            {
                total += row.Amount?.Sen ?? 0;
            }

            foreach (RincianLine line in form.Rincian)
            {
                total += line.Jumlah?.Sen ?? 0;
            }

            total += form.Indicators.Count + (form.Kak?.Sections.Count ?? 0);
        }

        return total;
    }

    /// <summary>All seventeen rules over the 11 forms.</summary>
    [Benchmark]
    public IReadOnlyList<Diagnostic> ValidateDefault() => RuleSet.Default.Validate(Document);

    private static RkaDocument BuildDocument(int count, int ta)
    {
        var random = new Random(ta); // deterministic
        string[] programs = ["01", "02", "06", "39"];
        string[] programNames =
        [
            "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR",
            "PROGRAM PENINGKATAN PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN", "PROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN",
        ];
        string[] months = ["Januari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "Nopember", "Desember"];
        var forms = new RkaForm[count];
        for (int i = 0; i < count; i++)
        {
            int p = i % programs.Length;
            var program = ProgramCode.Parse("3.05.3.05.09." + programs[p]);
            KegiatanCode kegiatan = program.Kegiatan(21 + (i * 3), 3);
            var previous = Rupiah.FromSen(random.NextInt64(5_000_000, 900_000_000) * 100);
            var current = Rupiah.FromSen(random.NextInt64(5_000_000, 900_000_000) * 100);
            Rupiah next = ProjectionRule.TenPercent.Project(current);
            FormAmounts amounts = FormAmounts.Create(ta, previous, current, next);
            if (i % 4 == 1)
            {
                // The seed's slips: a misspelled word in one terbilang, a label of another year in another form.
                amounts = amounts with { PreviousYear = amounts.PreviousYear! with { Terbilang = amounts.PreviousYear.Terbilang.Replace("RATUS", "RATTUS", StringComparison.Ordinal) } };
            }
            else if (i % 4 == 2)
            {
                amounts = amounts with { NextYear = amounts.NextYear! with { Label = "Jumlah Tahun " + (ta - 2).ToString(CultureInfo.InvariantCulture) } };
            }

            int first = 1 + (i % 6);
            int last = first + 3 + (i % 5);
            string ta4 = ta.ToString(CultureInfo.InvariantCulture);
            Kak kak = Kak.Create(
                [
                    new KakRawSection(i == 0 ? "Layat Belakang" : "Latar Belakang", "Berdasarkan Perbup No. 58 tahun 2016 bahwa salah satu Fungsi utama Kecamatan sebagai unit SKPD Pelayanan menuntut adanya bentuk penyediaan penunjang untuk kegiatan Pelayanan administrasi dan operasional Perkantoran"),
                    new KakRawSection("Dasar Hukum", "1. PP Nomor . 16 tentang Pengadaan Barang dan jasa 2. Permendagri No. 7 tahun 2006 tentang Standarisasi Sarana dan Prasarana Kerja Pemerintahan Daerah 3. Perbup Lumajang No. 86 tahun 2016 tentang Kedudukan, Susunan Organisasi 4. Renstra Kecamatan Lumajang th. 2019-2024"),
                    new KakRawSection("Maksud dan Tujuan", "Maksud : Untuk menunjang kegiatan yang terkait dengan pelayanan administrasi Tujuan : Tercapainya peningkatan pelayanan administrasi dan operasional perkantoran"),
                    new KakRawSection("Bentuk Kegiatan", "- Belanja Barang dan Jasa - Belanja Peralatan dan Mesin - Belanja Modal Bangunan dan Gedung"),
                    new KakRawSection("Konsep Kegiatan", "Kegiatan ini berupa kegiatan yang sifatnya rutin dan berkala dimana tiap tahunnya kebutuhan barang dan bangunan tidak sama"),
                    new KakRawSection("Mekanisme", $"Prosedur : kegiatan ketatausahaan/kesekretariatan yang berhubungan dengan administrasi - Waktu Pelaksanaan : {(last - first + 1).ToString(CultureInfo.InvariantCulture)} Bulan dalam tahun {ta4} - Tempat : Kantor Kecamatan Lumajang - Pelaksanaan : Bulan {months[first - 1]} s/d {months[last - 1]} {ta4}"),
                    new KakRawSection("Alur", "Belanja Barang dan Jasa - Belanja Peralatan dan Mesin - Belanja Modal Bangunan Gedung kantor"),
                    new KakRawSection("Manfaat", "Tersedianya fasilitas peralatan dan mesin guna menunjang kinerja aparat kecamatan"),
                ],
                ta);
            Rupiah[] parts = current.Allocate(3);
            forms[i] = new RkaForm
            {
                Header = new FormHeader
                {
                    PemerintahDaerah = "PEMERINTAH KABUPATEN LUMAJANG",
                    TahunAnggaran = ta,
                    Urusan = HeaderField.Of(UrusanCode.Parse("3.05"), "PEMERINTAHAN UMUM"),
                    Organisasi = HeaderField.Of(OrganisasiCode.Parse("3.05.09"), "KECAMATAN LUMAJANG"),
                    Program = HeaderField.Of(program, programNames[p]),
                    Kegiatan = HeaderField.Of(kegiatan, "Kegiatan " + kegiatan.ToString()),
                    Lokasi = "Kantor Kecamatan Lumajang",
                },
                Amounts = amounts,
                Indicators =
                [
                    Indicator.Create(IndicatorKind.CapaianProgram, "Prosentase pemenuhan sarana dan prasarana aparatur", i % 2 == 0 ? "78%" : "75 %"),
                    Indicator.Create(IndicatorKind.Masukan, "Tersedianya dana", "Rp. " + current.ToString()),
                    Indicator.Create(IndicatorKind.Keluaran, "Jumlah sarana dan prasarana aparatur yang tersedia", (6 + i).ToString(CultureInfo.InvariantCulture) + " Jenis"),
                    Indicator.Create(IndicatorKind.Hasil, "Nilai Indeks Kepuasan Masyarakat (IKM)", "86,32"),
                ],
                KelompokSasaran = "Kantor Kecamatan Lumajang",
                Kak = kak,
                Rincian =
                [
                    RincianLine.Rekening("5.2", "BELANJA LANGSUNG", current),
                    RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", current),
                    RincianLine.Rekening("5.2.2.01", "Belanja Bahan Pakai Habis", parts[0]),
                    RincianLine.Detail("Alat tulis kantor", 1m, "paket", parts[0]),
                    RincianLine.Rekening("5.2.2.02", "Belanja Jasa Kantor", parts[1]),
                    RincianLine.Detail("Rekening listrik", 1m, "tahun", parts[1]),
                    RincianLine.Rekening("5.2.2.03", "Belanja Makanan dan Minuman", parts[2]),
                    RincianLine.Detail("Makan minum rapat", 1m, "kali", parts[2]),
                ],
            };
        }

        return new RkaDocument { Forms = forms };
    }
}
