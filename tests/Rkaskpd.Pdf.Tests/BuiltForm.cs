using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Writer;

namespace Rkaskpd.Pdf.Tests;

/// <summary>
/// A form laid out differently from the HTML writer's print, built word by word with PdfPig's document builder: the
/// header's labels, colons and values in columns of their own, terbilang wrapped under its amount, a ruled indicator
/// table with a wrapped tolok ukur, and a rincian table that runs from a portrait page onto a landscape one, its
/// header row repeated there, each page ending in "Halaman N dari 2". <see cref="SourceText"/> is the same form as
/// the reader's canonical text.
/// </summary>
/// <remarks>The landscape page comes in the three ways PDF producers make one (<see cref="SecondPage"/>): a landscape
/// media box with upright text; a portrait media box turned by the page's <c>/Rotate</c> entry, its text drawn turned
/// a quarter anticlockwise so that it reads upright on the displayed page; or a landscape table printed sideways on a
/// portrait page without <c>/Rotate</c>, its text running up or down the page.</remarks>
public static class BuiltForm
{
    public const string SourceText =
        "RENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH\nFORMULIR RKA - SKPD 2.2.1\nPEMERINTAH KABUPATEN CONTOH\nTahun Anggaran 2020\n"
        + "Urusan Pemerintahan : 1.01 PENDIDIKAN\n"
        + "Organisasi : 1.01.01 DINAS PENDIDIKAN\n"
        + "Program : 1.01.1.01.01.15 PROGRAM PENDIDIKAN ANAK USIA DINI\n"
        + "Kegiatan : 1.01.1.01.01.15.001 Pembangunan Gedung Sekolah Taman Kanak-Kanak\n"
        + "Lokasi Kegiatan : Kecamatan Contoh\n"
        + "Jumlah Tahun 2019 : 1.000.000,00 (SATU JUTA RUPIAH)\n"
        + "Jumlah Tahun 2020 : 2.525.000,00 (DUA JUTA LIMA RATUS DUA PULUH LIMA RIBU RUPIAH)\n"
        + "Jumlah Tahun 2021 : 2.777.500,00 (DUA JUTA TUJUH RATUS TUJUH PULUH TUJUH RIBU LIMA RATUS RUPIAH)\n"
        + "Indikator & Tolok Ukur Kinerja Belanja Langsung\n"
        + "Indikator\tTolok Ukur Kinerja\tTarget Kinerja\n"
        + "Capaian Program\tPersentase anak usia dini yang mengikuti pendidikan anak usia dini di kecamatan\t80%\n"
        + "Masukan\tTersedianya dana\tRp. 2.525.000,00\n"
        + "Keluaran\tJumlah gedung sekolah yang dibangun\t2 Unit\n"
        + "Hasil\tMeningkatnya mutu layanan pendidikan\t100%\n"
        + "Kelompok Sasaran Kegiatan : Anak usia dini\n"
        + "RINCIAN ANGGARAN BELANJA LANGSUNG\n"
        + "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah\n"
        + "5.2.2.01.01\tBelanja Alat Tulis Kantor\t\t\t\t525.000,00\n"
        + "\tKertas HVS\t10,5\trim\t50.000,00\t525.000,00\n"
        + "5.2.3.26.01\tBelanja Modal Bangunan\t\t\t\t2.000.000,00\n"
        + "\tSemen\t40\tsak\t50.000,00\t2.000.000,00\n";

    private const double Size = 9;

    /// <summary>How the second page is laid out.</summary>
    public enum SecondPage
    {
        /// <summary>A4 landscape media box, upright text.</summary>
        Landscape,

        /// <summary>A4 portrait.</summary>
        Portrait,

        /// <summary>A4 portrait media box displayed turned 90° clockwise (<c>/Rotate 90</c>), the text drawn turned a
        /// quarter anticlockwise so that the displayed page reads as landscape.</summary>
        RotatedLandscape,

        /// <summary>A4 portrait, not turned, the landscape table drawn sideways on it: its text runs up the page.</summary>
        Sideways,

        /// <summary>As <see cref="Sideways"/>, turned the other way: the text runs down the page.</summary>
        SidewaysDown,
    }

    public static byte[] Build(bool secondPageLandscape = true) =>
        Build(secondPageLandscape ? SecondPage.Landscape : SecondPage.Portrait);

    public static byte[] Build(SecondPage secondPage)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        double y = 800;
        void Text(PdfPageBuilder on, double x, double at, string text) => on.AddText(text, Size, new PdfPoint(x, at), font);
        void Centered(string text)
        {
            Text(page, 200, y, text);
            y -= 14;
        }

        Centered("RENCANA KERJA DAN ANGGARAN");
        Centered("SATUAN KERJA PERANGKAT DAERAH");
        Centered("FORMULIR RKA - SKPD 2.2.1");
        Centered("PEMERINTAH KABUPATEN CONTOH");
        Centered("Tahun Anggaran 2020");
        void Field(string label, string code, params string[] values)
        {
            Text(page, 40, y, label);
            Text(page, 150, y, ":");
            Text(page, 160, y, code);
            foreach (string value in values)
            {
                Text(page, 260, y, value);
                y -= 11;
            }

            y -= 5;
        }

        Field("Urusan Pemerintahan", "1.01", "PENDIDIKAN");
        Field("Organisasi", "1.01.01", "DINAS PENDIDIKAN");
        Field("Program", "1.01.1.01.01.15", "PROGRAM PENDIDIKAN ANAK USIA DINI");
        Field("Kegiatan", "1.01.1.01.01.15.001", "Pembangunan Gedung Sekolah Taman Kanak-", "Kanak");
        Field("Lokasi Kegiatan", "Kecamatan Contoh");
        Field("Jumlah Tahun 2019", "1.000.000,00", "(SATU JUTA RUPIAH)");
        Field("Jumlah Tahun 2020", "2.525.000,00", "(DUA JUTA LIMA RATUS DUA PULUH LIMA", "RIBU RUPIAH)");
        Field("Jumlah Tahun 2021", "2.777.500,00", "(DUA JUTA TUJUH RATUS TUJUH PULUH TUJUH", "RIBU LIMA RATUS RUPIAH)");
        Centered("Indikator & Tolok Ukur Kinerja Belanja Langsung");
        void Row(PdfPageBuilder on, double[] columns, params string[][] cells)
        {
            on.DrawLine(new PdfPoint(35, y + 12), new PdfPoint(560, y + 12), 0.5);
            int lines = 0;
            for (int c = 0; c < cells.Length; c++)
            {
                for (int l = 0; l < cells[c].Length; l++)
                {
                    Text(on, columns[c], y - (l * 11), cells[c][l]);
                }

                lines = System.Math.Max(lines, cells[c].Length);
            }

            y -= (lines * 11) + 8;
        }

        double[] indicator = [40, 140, 440];
        Row(page, indicator, ["Indikator"], ["Tolok Ukur Kinerja"], ["Target Kinerja"]);
        Row(page, indicator, ["Capaian Program"], ["Persentase anak usia dini yang mengikuti", "pendidikan anak usia dini di kecamatan"], ["80%"]);
        Row(page, indicator, ["Masukan"], ["Tersedianya dana"], ["Rp. 2.525.000,00"]);
        Row(page, indicator, ["Keluaran"], ["Jumlah gedung sekolah yang dibangun"], ["2 Unit"]);
        Row(page, indicator, ["Hasil"], ["Meningkatnya mutu layanan pendidikan"], ["100%"]);
        y -= 6;
        Field("Kelompok Sasaran Kegiatan", "Anak usia dini");
        Centered("RINCIAN ANGGARAN BELANJA LANGSUNG");
        double[] rincian = [40, 110, 300, 350, 400, 480];
        string[][] header = [["Kode Rekening"], ["Uraian"], ["Volume"], ["Satuan"], ["Harga Satuan"], ["Jumlah"]];
        Row(page, rincian, header);
        Row(page, rincian, ["5.2.2.01.01"], ["Belanja Alat Tulis Kantor"], [], [], [], ["525.000,00"]);
        Row(page, rincian, [], ["Kertas HVS"], ["10,5"], ["rim"], ["50.000,00"], ["525.000,00"]);
        Text(page, 480, 30, "Halaman 1 dari 2");

        // The table goes on over the page, landscape, its header row printed again.
        page = secondPage == SecondPage.Landscape ? builder.AddPage(PageSize.A4, isPortrait: false) : builder.AddPage(PageSize.A4);
        if (secondPage is SecondPage.RotatedLandscape or SecondPage.Sideways)
        {
            // Landscape coordinates (x, y) land on the portrait page at (595 - y, x): text runs up the page.
            page.CurrentStream.Operations.Insert(0, new ModifyCurrentTransformationMatrix([0, 1, -1, 0, 595, 0]));
        }
        else if (secondPage == SecondPage.SidewaysDown)
        {
            // (x, y) lands at (y, 842 - x): text runs down the page.
            page.CurrentStream.Operations.Insert(0, new ModifyCurrentTransformationMatrix([0, -1, 1, 0, 0, 842]));
        }

        if (secondPage == SecondPage.RotatedLandscape)
        {
            page.SetRotation(new PageRotationDegrees(90));
        }

        y = secondPage == SecondPage.Portrait ? 800 : 550;
        Row(page, rincian, header);
        Row(page, rincian, ["5.2.3.26.01"], ["Belanja Modal Bangunan"], [], [], [], ["2.000.000,00"]);
        Row(page, rincian, [], ["Semen"], ["40"], ["sak"], ["50.000,00"], ["2.000.000,00"]);
        Text(page, 700, 30, "Halaman 2 dari 2");
        return builder.Build();
    }
}
