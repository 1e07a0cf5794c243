using System;
using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Text.Sipd;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests;

/// <summary>The sheet of an SIPD-era form shows every SIPD header field in the order of SIPD's print.</summary>
public class RkaXlsxWriterSipdTests
{
    [Fact]
    public void An_SIPD_form_shows_each_field_in_the_official_order()
    {
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = [SipdTestForm.Create()] });
        XlsxSheet sheet = workbook["1.02.02.2.02.0001"];
        List<List<XlsxCell>> rows = sheet.Rows;

        int previous = -1;
        foreach ((string label, string value) in SipdTestForm.OfficialOrder)
        {
            int at = rows.FindIndex(previous + 1, r => r.Count > 0 && r[0].Text == label);
            Assert.True(at > previous, $"'{label}' not found in column A after row {previous + 1}");
            if (!label.StartsWith("Alokasi", StringComparison.Ordinal))
            {
                string row = string.Join(" ", rows[at].Concat(at + 1 < rows.Count ? rows[at + 1] : []).Select(c => c.Text));
                Assert.Contains(value, row, StringComparison.Ordinal);
            }

            previous = at;
        }

        Assert.Equal(4_500_000m, sheet.RowLabelled("Alokasi Tahun 2023")[1].Number);
        Assert.Equal(0.85m, sheet.RowLabelled("Capaian Program")[2].Number);
        Assert.Equal("1.02.02.2.02.0001", sheet.RowLabelled("Sub Kegiatan")[1].Text);
        Assert.Empty(workbook.ValidationErrors);
    }
}
