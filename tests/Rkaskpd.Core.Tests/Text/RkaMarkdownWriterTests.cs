using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;
using KakSectionKind = Rkaskpd.Forms.KakSectionKind;

namespace Rkaskpd.Tests.Text;

public class RkaMarkdownWriterTests
{
    private static readonly string SeedPath = TestData.SeedPath;

    private const string SmallFormMarkdown =
        "## 3.05.3.05.09.01.021 Pelayanan Administrasi \\| Perkantoran\n\n"
        + "| Bagian | Isi |\n|---|---|\n"
        + "| Pemerintah Daerah | PEMERINTAH KABUPATEN LUMAJANG |\n"
        + "| Tahun Anggaran | 2020 |\n"
        + "| Urusan Pemerintahan | 3.05 PEMERINTAHAN UMUM |\n"
        + "| Organisasi | 3.05.09 KECAMATAN LUMAJANG |\n"
        + "| Program | 3.05.3.05.09.01 PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN |\n"
        + "| Kegiatan | 3.05.3.05.09.01.021 Pelayanan Administrasi \\| Perkantoran |\n"
        + "| Lokasi Kegiatan | Kecamatan Lumajang |\n\n"
        + "### Anggaran\n\n"
        + "| Posisi | Label | Jumlah (Rp) | Terbilang |\n|---|---|---:|---|\n"
        + "| n-1 | Jumlah Tahun 2019 | 1.000.000,00 | SATU JUTA RUPIAH |\n"
        + "| n | Jumlah Tahun 2020 | 2.000.000,00 | DUA JUTA RUPIAH |\n"
        + "| n+1 | Jumlah Tahun 2021 | 2.200.000,00 | DUA JUTA DUA RATUS RIBU RUPIAH |\n\n"
        + "### Indikator Kinerja\n\n"
        + "| Indikator | Tolok Ukur Kinerja | Target Kinerja |\n|---|---|---|\n"
        + "| Capaian Program | Prosentase pemenuhan | 78% |\n"
        + "| Masukan | Tersedianya dana | Rp. 2.000.000,00 |\n"
        + "| Keluaran | Jumlah laporan | 12 Dokumen |\n"
        + "| Hasil | Nilai IKM | 86,32 |\n\n"
        + "**Kelompok Sasaran Kegiatan:** Aparatur Kecamatan\n\n"
        + "### Latar Belakang\n\nTugas kecamatan\n\n"
        + "### Dasar Hukum\n\n"
        + "- UU No. 23 Tahun 2014 tentang Pemerintahan Daerah\n"
        + "- Perbup No. 86 Tahun 2016\n\n"
        + "### Maksud dan Tujuan\n\n**Maksud:** Menunjang\n\n**Tujuan:** Tercapainya\n\n"
        + "### Mekanisme\n\n"
        + "Prosedur : rutin - Waktu Pelaksanaan : 3 bulan - Pelaksanaan : bulan Maret s/d Mei 2020\n\n"
        + "**Waktu Pelaksanaan:**\n\n"
        + "- Waktu Pelaksanaan: 3 bulan (bulan Maret s/d Mei 2020) \u2014 bulan: 2020-03, 2020-04, 2020-05\n\n"
        + "### Rincian Belanja\n\n"
        + "| Kode Rekening | Uraian | Volume | Satuan | Harga Satuan (Rp) | Jumlah (Rp) |\n|---|---|---:|---|---:|---:|\n"
        + "| 5.2.2.01.01 | Belanja Alat Tulis Kantor |  |  |  | 525.000,00 |\n"
        + "|  | Kertas HVS | 10,5 | rim | 50.000,00 | 525.000,00 |\n\n";

    [Fact]
    public void Writes_a_small_form_report()
    {
        var document = new RkaDocument { Forms = [WriterTestForms.Small(withRincian: true)] };

        Assert.Equal(SmallFormMarkdown, RkaMarkdownWriter.Write(document));
    }

    [Fact]
    public void Writes_the_same_report_to_a_TextWriter()
    {
        var document = new RkaDocument { Forms = [WriterTestForms.Small(withRincian: true), WriterTestForms.Small()] };
        using var writer = new StringWriter();

        RkaMarkdownWriter.Write(document, writer);

        Assert.Equal(RkaMarkdownWriter.Write(document), writer.ToString());
        Assert.StartsWith(SmallFormMarkdown + "\n## ", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_renders_one_section_per_form_without_HTML()
    {
        RkaDocument document = RkaTextReader.Read(File.ReadAllText(SeedPath)).Document;

        string markdown = RkaMarkdownWriter.Write(document);

        string[] lines = markdown.Split('\n');
        Assert.Equal(document.Forms.Count, lines.Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.DoesNotMatch(new Regex("(?<!\\\\)<[a-zA-Z/]"), markdown);
        Assert.DoesNotContain("&nbsp;", markdown, StringComparison.Ordinal);
        foreach (RkaForm form in document.Forms)
        {
            Assert.Contains("## " + form.KegiatanCodeText + " ", markdown, StringComparison.Ordinal);
        }

        Assert.All(lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal)), l => Assert.EndsWith(" |", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Escapes_cells_and_strips_HTML()
    {
        RkaForm form = WriterTestForms.Small() with
        {
            KelompokSasaran = "<p>Warga | RT</p>\n<p>*semua*</p>",
            Indicators = [Indicator.Create(IndicatorKind.Keluaran, "Jumlah <b>dokumen</b>\nbaru", "5 Desa")],
            Kak = new Kak([KakSection.Create(KakSectionKind.KonsepKegiatan, "Konsep Kegiatan", "<ul><li># bukan judul</li><li>1. bukan daftar</li></ul>")]),
        };

        string markdown = RkaMarkdownWriter.Write(new RkaDocument { Forms = [form] });

        Assert.Contains("**Kelompok Sasaran Kegiatan:** Warga \\| RT \\*semua\\*\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Keluaran | Jumlah dokumen baru | 5 Desa |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### Konsep Kegiatan\n\n\\# bukan judul\n\n1\\. bukan daftar\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_nothing_for_an_empty_document_and_rejects_null()
    {
        Assert.Equal(string.Empty, RkaMarkdownWriter.Write(new RkaDocument()));
        Assert.Throws<ArgumentNullException>(() => RkaMarkdownWriter.Write(null!));
        Assert.Throws<ArgumentNullException>(() => RkaMarkdownWriter.Write(new RkaDocument(), null!));
    }
}
