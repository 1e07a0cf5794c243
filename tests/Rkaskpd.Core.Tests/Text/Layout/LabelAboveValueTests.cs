using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Layout;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>A web application's form saved from the browser as text puts a label alone on its line and its value on
/// the next, without a colon (a two-row table, a definition list). Such a pair is one tab-layout row at the label's
/// line; an amount takes the terbilang in parentheses after it; a value that starts anything else is left alone.</summary>
public class LabelAboveValueTests
{
    [Fact]
    public void A_label_line_and_the_value_line_under_it_are_one_row()
    {
        List<LogicalRow> rows = LayoutRows.Of(
            "Program", "1.01.1.01.01.16\tProgram Peningkatan Mutu", "Jumlah Tahun 2019", "Rp 68.200.000", "(Enam puluh delapan juta dua ratus ribu rupiah)", "Lokasi Kegiatan", "Kota Bandar Permai");

        Assert.Equal(
            [
                (1, "Program\t: 1.01.1.01.01.16\tProgram Peningkatan Mutu"),
                (3, "Jumlah Tahun 2019\t: Rp 68.200.000\t(Enam puluh delapan juta dua ratus ribu rupiah)"),
                (6, "Lokasi Kegiatan\t: Kota Bandar Permai"),
            ],
            rows.Select(r => (r.Line, r.Text)));
    }

    [Theory]
    [InlineData("Program", "Kegiatan")]
    [InlineData("Jumlah Tahun 2019", "Nol rupiah")]
    [InlineData("Program", ": 1.01.1.01.01.16 Program Peningkatan Mutu")]
    [InlineData("Kegiatan", "Indikator & Tolok Ukur Kinerja Belanja Langsung")]
    public void A_value_line_that_starts_something_else_is_not_joined(string label, string next) =>
        Assert.DoesNotContain(LayoutRows.Texts(label, next), t => t.StartsWith(label + "\t: " + next, System.StringComparison.Ordinal));

    [Fact]
    public void A_saved_page_with_labels_above_values_reads_codes_names_and_amounts()
    {
        const string Text = "RENCANA KERJA DAN ANGGARAN\nPEMERINTAH KOTA BANDAR PERMAI\nTAHUN ANGGARAN 2019\n"
            + "Urusan Pemerintahan\n1.01\tPendidikan\nOrganisasi\n1.01.01\tDinas Pendidikan\n"
            + "Jumlah Tahun 2019\nRp 9.000.000\n(Sembilan juta rupiah)\n";

        RkaReadResult result = RkaTextReader.Read(Text);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(("1.01", "Pendidikan"), (form.Header.Urusan!.Code.ToString(), form.Header.Urusan.Name));
        Assert.Equal(("1.01.01", "Dinas Pendidikan"), (form.Header.Organisasi!.Code.ToString(), form.Header.Organisasi.Name));
        Assert.Equal(9_000_000m, form.Amounts.CurrentYear!.Amount!.Value.Amount);
        Assert.Equal("Sembilan juta rupiah", form.Amounts.CurrentYear.Terbilang);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA006" or "RKA017");
    }
}
