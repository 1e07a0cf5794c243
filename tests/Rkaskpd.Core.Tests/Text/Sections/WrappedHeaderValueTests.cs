using System;
using System.Linq;
using System.Text;
using Rkaskpd.Tests.Text.Flattened;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A header field's value that the print wrapped onto the next line (<c>Program : 1.02.02 - PROGRAM ...
/// UPAYA KESEHATAN</c>, then <c>MASYARAKAT</c>) joins the value without a warning, as a wrapped cell of a fixed-width
/// table does; a line that does not read as the value's wrapped end still joins it with RKA017. Before, every such
/// line was RKA017, so the SIMDA print as <c>pdftotext -raw</c> and a site's SIPD text warned about their wrapped names.</summary>
public class WrappedHeaderValueTests
{
    private static readonly Lazy<string> Flat = new(() => FlattenedLayoutPropertyTests.Flatten(
        RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document), FlattenedLayoutPropertyTests.Variant.SingleSpaces));

    [Fact]
    public void A_long_field_line_whose_last_words_wrap_reads_as_whole_without_a_warning()
    {
        string wrapped = WrapLongFields(Flat.Value, minimum: WrappedValue.WrapWidth, out int wraps);
        Assert.True(wraps >= 10, wraps.ToString(System.Globalization.CultureInfo.InvariantCulture));

        RkaReadResult expected = RkaTextReader.Read(Flat.Value);
        RkaReadResult read = RkaTextReader.Read(wrapped);

        string difference = FormDifference.First(expected.Document, read.Document, kakLineBreaks: true);
        Assert.True(difference.Length == 0, difference);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    [Fact]
    public void A_line_under_a_short_field_line_is_joined_with_a_warning()
    {
        string wrapped = WrapLongFields(Flat.Value, minimum: 20, out _, maximum: WrappedValue.WrapWidth - 1);
        Assert.NotEqual(Flat.Value, wrapped);

        RkaReadResult read = RkaTextReader.Read(wrapped);

        Assert.Contains(read.Diagnostics, d => d.Code == "RKA017");
        string difference = FormDifference.First(RkaTextReader.Read(Flat.Value).Document, read.Document, kakLineBreaks: true);
        Assert.True(difference.Length == 0, difference);
    }

    [Theory]
    [InlineData("Kegiatan : 1.03 . 1.03.01 . 15 . 12 . Pembangunan Jalan Lingkungan Desa", "Pembangunan Jalan Lingkungan Desa", "Sukamaju", true)]
    [InlineData("Program : 1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN", "MASYARAKAT", true)]
    [InlineData("Kegiatan : 1.03 . 1.03.01 . 15 . 12 . Pembangunan Jalan Lingkungan Desa", "Pembangunan Jalan Lingkungan Desa", "Sukamaju dan Sukamulya", true)]
    [InlineData("Lokasi Kegiatan : Dinpertan Pangan", "Dinpertan Pangan", "Kabupaten Demak", false)]
    [InlineData("Kegiatan : 1.03 . 1.03.01 . 15 . 12 . Pembangunan Jalan Lingkungan Desa", "Pembangunan Jalan Lingkungan Desa", "Sukamaju dan", false)]
    [InlineData("Kegiatan : 1.03 . 1.03.01 . 15 . 12 . Pembangunan Jalan Lingkungan Desa", "Pembangunan Jalan Lingkungan Desa", "Citation preview", false)]
    [InlineData("Program : 1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN", "Masyarakat", false)]
    [InlineData("Kegiatan : 1.03 . 1.03.01 . 15 . 12 . Pembangunan Jalan Lingkungan Desa", "Pembangunan Jalan Lingkungan Desa", "Halaman 2", false)]
    [InlineData("Kegiatan : 1.03 . 1.03.01 . 15 . 12 . Pembangunan Jalan Lingkungan Desa", "Pembangunan Jalan Lingkungan Desa", "Desa Satu Dua Tiga Empat", false)]
    public void Tells_a_wrapped_end_from_another_line(string fieldLine, string name, string line, bool wrapped) =>
        Assert.Equal(wrapped, WrappedValue.IsWrappedEnd(fieldLine.Length, name, line));

    [Theory]
    [InlineData("Lokasi")]
    [InlineData("Program")]
    [InlineData("Organisasi")]
    public void A_wrapped_end_that_is_a_label_word_joins_the_value_and_the_label_further_down_keeps_its_own(string word)
    {
        // An OCR'd SIPD DPA: "... Teknologi dan Spesifik" wrapped before "Lokasi", then the next field; the Lokasi
        // field proper comes further down. Read as a label, the word made an empty Lokasi and pushed the real one out.
        string text = "DPA-RINCIAN BELANJA SKPD\nPEMERINTAH KABUPATEN PADANG RIMBUN\nTAHUN ANGGARAN 2022\n"
            + "Program : 3.27.02 - PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN\n"
            + "Kegiatan : 3.27.02.2.01 - Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas, Teknologi dan Spesifik\n"
            + word + "\n"
            + "Organisasi : 3.27.0.00.0.00.01.0000 - DINAS PERTANIAN\n\n"
            + "Sub Kegiatan : 3.27.02.2.01.01 - Pengawasan Mutu Sarana Pertanian\n"
            + "Lokasi : Kabupaten Padang Rimbun, Semua Kecamatan\n";

        RkaReadResult result = RkaTextReader.Read(text);

        Rkaskpd.Forms.RkaForm form = Assert.Single(result.Document.Forms);
        Assert.EndsWith("Teknologi dan Spesifik " + word, form.Header.Kegiatan!.Name, StringComparison.Ordinal);
        Assert.Equal("Kabupaten Padang Rimbun, Semua Kecamatan", form.Header.Lokasi);
        Assert.Equal("DINAS PERTANIAN", form.Header.Organisasi!.Name);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA016" or "RKA017");
    }

    [Fact]
    public void A_label_alone_under_a_short_field_line_is_still_a_label()
    {
        // Not at the print's width: nothing was wrapped, and "Lokasi" with no value stays the (empty) field it is.
        string text = "PEMERINTAH KABUPATEN PADANG RIMBUN\nTAHUN ANGGARAN 2022\n"
            + "Kegiatan : 3.27.02.2.01 - Pengawasan Sarana Pertanian\nLokasi\nOrganisasi : 3.27.0.00.0.00.01.0000 - DINAS PERTANIAN\n";

        Rkaskpd.Forms.RkaForm form = Assert.Single(RkaTextReader.Read(text).Document.Forms);

        Assert.Equal("Pengawasan Sarana Pertanian", form.Header.Kegiatan!.Name);
    }

    /// <summary>Moves the last word of every flattened <c>Program</c> and <c>Kegiatan</c> line onto a line of its own
    /// when what stays is <paramref name="minimum"/> to <paramref name="maximum"/> characters long.</summary>
    private static string WrapLongFields(string flat, int minimum, out int wraps, int maximum = int.MaxValue)
    {
        var output = new StringBuilder();
        int count = 0;
        foreach (string line in flat.Split('\n'))
        {
            int space = line.LastIndexOf(' ');
            bool field = line.StartsWith("Program ", StringComparison.Ordinal) || line.StartsWith("Kegiatan ", StringComparison.Ordinal);
            if (field && space >= minimum && space <= maximum && !line[(space + 1)..].Any(char.IsAsciiDigit))
            {
                count++;
                output.Append(line, 0, space).Append('\n').Append(line, space + 1, line.Length - space - 1).Append('\n');
                continue;
            }

            output.Append(line).Append('\n');
        }

        wraps = count;
        return output.ToString(0, output.Length - 1);
    }
}
