using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>Plain <c>pdftotext</c> of a Crystal Reports print orders the title box repeated atop a new page after the
/// table's header and the page's first uraian (<c>Formulir</c>, <c>RKA - SKPD</c>, <c>2.2.1</c> between the uraian and
/// its numbers). Until the page's first row with a jumlah, those lines are the repeated title: they start no new form,
/// and the page's rows stay the form's.</summary>
public class ScrambledPageTitleTests
{
    private const string Page1 = """
        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH
        Formulir
        RKA - SKPD
        2.2.1
        PEMERINTAH KABUPATEN PASIR LEBAR
        Tahun Anggaran 2019
        Urusan Pemerintahan : 1.07 Perhubungan
        Organisasi : 1.07.01 Dinas Perhubungan
        Program : 1.07.1.07.01.15 Program Peningkatan Sarana dan Prasarana Perhubungan
        Kegiatan : 1.07.1.07.01.15.03 Pengadaan Rambu Lalu Lintas
        Rincian Anggaran Belanja Langsung
        Kode Rekening	Uraian	Volume	Satuan	Harga Satuan	Jumlah
        5.2.3.56.01	Belanja Modal Pengadaan Rambu-rambu Lalu Lintas Darat			 	3.350.000,00
        	Rambu peringatan segitiga 60 cm	1	buah	1.350.000,00	1.350.000,00
        Halaman 1 dari 2

        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH
        Kode Rekening	Uraian	Volume	Satuan	Harga Satuan	Jumlah
        	Rambu larangan bulat diameter 60 cm
        """;

    [Fact]
    public void The_title_box_after_the_page_s_first_uraian_starts_no_form()
    {
        string text = Page1 + "\nFormulir\nRKA - SKPD\n2.2.1\n\tlengkap tiang\t1\tbuah\t2.000.000,00\t2.000.000,00\n"
            + "JUMLAH\t3.350.000,00\n";

        RkaReadResult result = RkaTextReader.Read(text.ReplaceLineEndings("\n"));

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Contains(form.Rincian, r => r.Uraian.StartsWith("Rambu larangan", StringComparison.Ordinal));
        Assert.DoesNotContain(form.Rincian, r => r.Uraian.Contains("Formulir", StringComparison.Ordinal) || r.Uraian.Contains("RKA - SKPD", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA003" && d.Message.Contains("no form", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pemerintah Desa Sukamaju")]
    [InlineData("Tahun Anggaran 2016")]
    public void A_line_of_the_region_or_the_year_after_the_page_s_first_uraian_is_not_swallowed(string line)
    {
        // Only the title box's own lines are passed over that late: a region or a year there is the uraian's text.
        string text = Page1 + "\n" + line + "\n\tlengkap tiang\t1\tbuah\t2.000.000,00\t2.000.000,00\n";

        RkaReadResult result = RkaTextReader.Read(text.ReplaceLineEndings("\n"));

        RkaForm form = result.Document.Forms[0];
        Assert.True(
            form.Rincian.Any(r => r.Uraian.Contains(line, StringComparison.Ordinal))
                || result.Diagnostics.Any(d => d.Message.Contains(line, StringComparison.Ordinal)),
            string.Join(" | ", form.Rincian.Select(r => r.Uraian)));
    }
}
