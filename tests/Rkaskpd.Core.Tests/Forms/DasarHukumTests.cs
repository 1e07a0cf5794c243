using System.Linq;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class DasarHukumTests
{
    private const string Gender =
        "<ul style=\"list-style-type: none\"> - Intruksi Presiden Nomor 9 Tahun 2000 tentang Pelaksanaan PUG dalam pembangunan nasional. - PP Nomor 8 Tahun 2008 tentang Tahapan, Tata Cara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah, Pasal 3, analisis biaya dan manfaat, analisis kemiskinan, dan analisis gender. - Permendagri Nomor 15/2008 diubah Permendagri Nomor 67/2011 Pelaksanaan PUG di Daerah. - Anggaran APBD Tahun 2018 - SK Gubernur Jatim No: 188/115/KPTS/013/2010, tanggal 7 April 2010 tentang Kelompok Kerja (PDKJA) Pengarusutamaan Gender (PUG) Provinsi Jatim. - Peraturan Gubernur Jatim No: 27 Tahun 2010, tanggal 7 April 2010 tentang Pedoman Pelaksanaan Pengarusutamaan Gender dalam Pembangunan Provinsi Jawa Timur. - Perbup Lumajang No. 86 tahun 2016 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi Serta tata Kerja Kecamatan dan Kelurahan - Renstra Kecamatan Lumajang th. 2019-2024 - Renja Kecamatan tahun 2020";

    /// <summary>Section text from the seed and the kinds of its items, in order.</summary>
    public static TheoryData<string, LegalReferenceKind[]> Lists => new()
    {
        { ": - Perbup No. 86 Tahun 2016 tentang SOTK - Renstra Kecamatan Lumajang th. 2019-2024 - Renja Kecamatan tahun 2020 - SK PPTK Kecamatan Lumajang tentan Penunjukan Tenaga Kontrak - Kebutuhan Rutin / harian Kantor Kecamatan",
            [LegalReferenceKind.PeraturanBupati, LegalReferenceKind.Other, LegalReferenceKind.Other, LegalReferenceKind.SuratKeputusan, LegalReferenceKind.Other] },
        { "1. PP Nomor . 16 tentang Pengadaan Barang dan jasa 2. Permendagri No. 7 tahun 2006 tentang Standarisasi Sarana dan Prasarana Kerja Pemerintahan Daerah 3. Perbup Lumajang No. 86 tahun 2016 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi Serta tata Kerja Kecamatan dan Kelurahan 4. Perbup Lumajang Nomor. 25 Tahun 2019 tentang perubahan kedua atas perbup Lumajang no 65 tahun 2018 Standar biaya dan Standar harga satuan Barang tahun anggaran 2019 5. Renstra Kecamatan Lumajang th. 2019-2024",
            [LegalReferenceKind.PeraturanPemerintah, LegalReferenceKind.PeraturanMenteri, LegalReferenceKind.PeraturanBupati, LegalReferenceKind.PeraturanBupati, LegalReferenceKind.Other] },
        { "- Renstra Kecamatan Lumajang th. 2019 - 2024 - Renja Kecamatan tahun 2020 - SK Bupati tentang pejabat penyimpan barang - Kebutuhan Rutin / harian Kantor Kecamatan.",
            [LegalReferenceKind.Other, LegalReferenceKind.Other, LegalReferenceKind.SuratKeputusan, LegalReferenceKind.Other] },
        { "- Renstra Kecamatan Lumajang th. 2019 - 2024; perjanjian kinerja tahun 2020; - sistem pengukuran kinerja th 2020; - Penilaian terhadap penyajian dan pengungkapan informasi kinerja; - Evaluasi terhadap program dan kegiatan; dan - Evaluasi terhadap kebijakan instansi/unit kerja yang bersangkutan - Renja Kecamatan tahun 2020 - SK Tim Pembentukan SAKIP tahun 2020",
            [LegalReferenceKind.Other, LegalReferenceKind.Other, LegalReferenceKind.Other, LegalReferenceKind.Other, LegalReferenceKind.Other, LegalReferenceKind.Other, LegalReferenceKind.Other, LegalReferenceKind.SuratKeputusan] },
        { Gender,
            [LegalReferenceKind.InstruksiPresiden, LegalReferenceKind.PeraturanPemerintah, LegalReferenceKind.PeraturanMenteri, LegalReferenceKind.Other,
             LegalReferenceKind.SuratKeputusan, LegalReferenceKind.PeraturanGubernur, LegalReferenceKind.PeraturanBupati, LegalReferenceKind.Other, LegalReferenceKind.Other] },
        // form 3.05.3.05.09.39.005: no dash before "Perbup"
        { Gender.Replace("Jawa Timur. - Perbup", "Jawa Timur. Perbup", System.StringComparison.Ordinal),
            [LegalReferenceKind.InstruksiPresiden, LegalReferenceKind.PeraturanPemerintah, LegalReferenceKind.PeraturanMenteri, LegalReferenceKind.Other,
             LegalReferenceKind.SuratKeputusan, LegalReferenceKind.PeraturanGubernur, LegalReferenceKind.PeraturanBupati, LegalReferenceKind.Other, LegalReferenceKind.Other] },
        // other layouts
        { "<ol><li>UU No. 23 Tahun 2014;</li><li>PP No. 12 Tahun 2019;</li></ol>", [LegalReferenceKind.UndangUndang, LegalReferenceKind.PeraturanPemerintah] },
        { "UU No. 23 Tahun 2014; PP No. 12 Tahun 2019; Perda No. 1 Tahun 2020", [LegalReferenceKind.UndangUndang, LegalReferenceKind.PeraturanPemerintah, LegalReferenceKind.PeraturanDaerah] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void References_splits_items_in_every_seed_layout(string text, LegalReferenceKind[] kinds)
    {
        var section = new DasarHukum("Dasar Hukum", text);
        Assert.Equal(kinds, section.References.Select(r => r.Kind));
        Assert.Same(text, section.Text);
    }

    [Fact]
    public void Year_ranges_stay_inside_their_item()
    {
        var section = new DasarHukum(null, "- Renstra Kecamatan Lumajang th. 2019 - 2024 - Renja Kecamatan tahun 2020");
        Assert.Equal(["Renstra Kecamatan Lumajang th. 2019 - 2024", "Renja Kecamatan tahun 2020"], section.References.Select(r => r.Text));
    }

    [Fact]
    public void Numbered_items_do_not_split_at_numbers_inside_an_item()
    {
        var section = new DasarHukum(null, "1. PP Nomor . 16 tentang Pengadaan 2. Perbup Lumajang No. 86 tahun 2016 tentang SOTK");
        Assert.Equal(["16", "86"], section.References.Select(r => r.Number));
    }

    [Fact]
    public void Equal_texts_give_equal_sections()
    {
        Assert.Equal(new DasarHukum("Dasar Hukum", Gender), new DasarHukum("Dasar Hukum", Gender));
        Assert.Equal(new DasarHukum("Dasar Hukum", Gender).GetHashCode(), new DasarHukum("Dasar Hukum", Gender).GetHashCode());
        Assert.NotEqual(new DasarHukum("Dasar Hukum", Gender), new DasarHukum("Dasar Hukum :", Gender));
    }
}
