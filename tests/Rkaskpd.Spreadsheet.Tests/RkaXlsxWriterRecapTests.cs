using System.IO;
using System.Linq;
using Rkaskpd.Recap;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests;

public class RkaXlsxWriterRecapTests
{
    [Fact]
    public void Recap_sheet_has_program_subtotals_kegiatan_rows_and_the_total_as_numbers()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(Seed.Document);
        using var stream = new MemoryStream();
        RkaXlsxWriter.WriteRecap(recap, stream);
        XlsxWorkbook workbook = XlsxWorkbook.Read(stream.ToArray());

        Assert.Empty(workbook.ValidationErrors);
        XlsxSheet sheet = Assert.Single(workbook.Sheets);
        Assert.Equal(RkaXlsxWriter.RecapSheetName, sheet.Name);
        Assert.Equal(6, sheet.FrozenRows);
        Assert.NotEmpty(recap.Programs);
        foreach (RekapProgram program in recap.Programs)
        {
            var row = sheet.RowLabelled(program.Code.ToString());
            Assert.Equal(program.Name, row[1].Text);
            Assert.Equal(program.PreviousYear.Amount, row[3].Number);
            Assert.Equal(program.CurrentYear.Amount, row[4].Number);
            Assert.Equal(program.NextYear.Amount, row[5].Number);
            Assert.Equal(RkaXlsxWriter.RupiahNumberFormat, row[4].Format);
            foreach (RekapKegiatan kegiatan in program.Kegiatan)
            {
                var kegiatanRow = sheet.RowLabelled(kegiatan.Code.ToString());
                Assert.Equal(kegiatan.CurrentYear.Amount, kegiatanRow[4].Number);
            }

            decimal kegiatanSum = program.Kegiatan.Sum(k => k.CurrentYear.Amount);
            Assert.Equal(kegiatanSum, row[4].Number);
        }

        var total = sheet.Rows.Single(r => r.Count > 1 && r[1].Text == "JUMLAH");
        Assert.Equal(recap.Total.CurrentYear.Amount, total[4].Number);
        Assert.Equal(recap.Total.NextYear.Amount, total[5].Number);
        Assert.Equal(Seed.Document.Forms.Sum(f => f.Amounts.CurrentYear!.Amount!.Value.Amount), total[4].Number);
    }

    [Fact]
    public void Empty_recap_gives_a_valid_sheet_with_a_zero_total()
    {
        using var stream = new MemoryStream();
        RkaXlsxWriter.WriteRecap(Rekapitulasi.Compute(new Forms.RkaDocument()), stream);
        XlsxWorkbook workbook = XlsxWorkbook.Read(stream.ToArray());

        Assert.Empty(workbook.ValidationErrors);
        var total = workbook.Sheets[0].Rows.Single(r => r.Count > 1 && r[1].Text == "JUMLAH");
        Assert.Equal(0m, total[4].Number);
    }
}
