using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The reader on indicator tables saved from a sheet, whose merged cells leave empty cells in a row.</summary>
public partial class RkaTextReaderTests
{
    [Fact]
    public void Empty_cells_of_merged_columns_are_skipped_in_an_indicator_row()
    {
        string text = RincianHead
            .Replace("Capaian Program\tPersentase pencari kerja terlatih\t60%", "Capaian Program\tPersentase pencari kerja terlatih\t\t\t60%\t\t", StringComparison.Ordinal)
            .Replace("Keluaran\tJumlah peserta\t120 orang", "Keluaran\t\tJumlah peserta\t\t\t120 orang\t", StringComparison.Ordinal)
            .Replace("Hasil\tPeserta kompeten\t80%", "Hasil\t\t80%", StringComparison.Ordinal)
            + RincianTail;
        Assert.NotEqual(RincianHead + RincianTail, text);

        RkaForm form = Assert.Single(RkaTextReader.Read(text).Document.Forms);

        Assert.Equal(
            [
                ("Persentase pencari kerja terlatih", "60%"), ("Tersedianya dana", "Rp. 2.000.000,00"), ("Jumlah peserta", "120 orang"),
                (string.Empty, "80%"),
            ],
            form.Indicators.Select(i => (i.TolokUkur, i.Target.Text)));
    }
}
