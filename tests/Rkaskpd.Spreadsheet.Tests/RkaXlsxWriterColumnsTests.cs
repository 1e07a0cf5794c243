using System.Collections.Generic;
using System.Globalization;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Text.Perubahan;
using Rkaskpd.Tests.Text.Sipd;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests;

/// <summary>The sheet carries SIPD's koefisien, PPN and group lines, a perubahan form's before values and differences,
/// and the signature, with numbers as numbers and totals and differences as formulas.</summary>
public class RkaXlsxWriterColumnsTests
{
    [Fact]
    public void SIPD_rincian_has_koefisien_volume_and_PPN_in_columns_of_their_own()
    {
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = [SipdKoefisienForm.Create()] });
        List<List<XlsxCell>> rows = workbook["1.02.02.2.02.0001"].Rows;
        int heading = rows.FindIndex(r => r.Count > 0 && r[0].Text == "Kode Rekening");
        Assert.Equal(
            ["Kode Rekening", "Uraian", "Koefisien", "Volume", "Satuan", "Harga Satuan (Rp)", "PPN", "Jumlah (Rp)"],
            rows[heading].ConvertAll(c => c.Text));

        List<XlsxCell> detail = rows[heading + 4];
        Assert.Equal("Kertas HVS A4", detail[1].Text);
        Assert.Equal("12 Bulan x 2 Orang", detail[2].Text);
        Assert.Equal(24m, detail[3].Number);
        Assert.Equal("Rim", detail[4].Text);
        Assert.Equal(125_000m, detail[5].Number);
        Assert.Equal(0.11m, detail[6].Number);
        Assert.Equal("0%", detail[6].Format);
        Assert.Equal(3_330_000m, detail[7].Number);
        Assert.Empty(workbook.ValidationErrors);
    }

    [Fact]
    public void SIPD_perubahan_rincian_has_the_koefisien_and_PPN_of_both_groups()
    {
        RkaForm form = SipdKoefisienForm.Create();
        RincianLine kertas = form.Rincian[3] with
        {
            Perubahan = new RincianPerubahan
            {
                KoefisienSebelum = "10 Bulan x 2 Orang",
                VolumeSebelum = 20m,
                SatuanSebelum = "Rim",
                HargaSatuanSebelum = new Rupiah(125_000m),
                PpnSebelum = 11m,
                JumlahSebelum = new Rupiah(2_775_000m),
                Selisih = new Rupiah(555_000m),
            },
        };
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument
        {
            Forms = [form with { Kind = DocumentKind.DpaPerubahan, Rincian = [form.Rincian[0], form.Rincian[1], form.Rincian[2], kertas] }],
        });
        List<List<XlsxCell>> rows = workbook["1.02.02.2.02.0001"].Rows;
        int heading = rows.FindIndex(r => r.Count > 0 && r[0].Text == "Kode Rekening");
        Assert.Equal(
            ["Kode Rekening", "Uraian", "Koefisien Sebelum Perubahan", "Volume Sebelum Perubahan", "Satuan Sebelum Perubahan",
                "Harga Satuan Sebelum Perubahan (Rp)", "PPN Sebelum Perubahan", "Jumlah Sebelum Perubahan (Rp)",
                "Koefisien Setelah Perubahan", "Volume Setelah Perubahan", "Satuan Setelah Perubahan",
                "Harga Satuan Setelah Perubahan (Rp)", "PPN Setelah Perubahan", "Jumlah Setelah Perubahan (Rp)",
                "Bertambah/(Berkurang) (Rp)", "Penjelasan"],
            rows[heading].ConvertAll(c => c.Text));

        List<XlsxCell> detail = rows[heading + 4];
        Assert.Equal(("10 Bulan x 2 Orang", 20m, "Rim", 125_000m, 0.11m, 2_775_000m),
            (detail[2].Text, detail[3].Number, detail[4].Text, detail[5].Number, detail[6].Number, detail[7].Number));
        Assert.Equal(("12 Bulan x 2 Orang", 24m, 0.11m, 3_330_000m, 555_000m),
            (detail[8].Text, detail[9].Number, detail[12].Number, detail[13].Number, detail[14].Number));
        Assert.Empty(workbook.ValidationErrors);
    }

    [Fact]
    public void SIPD_group_lines_stay_out_of_the_sums()
    {
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = [SipdKoefisienForm.Create()] });
        List<List<XlsxCell>> rows = workbook["1.02.02.2.02.0001"].Rows;
        int heading = rows.FindIndex(r => r.Count > 0 && r[0].Text == "Kode Rekening");
        string Row(int offset) => (heading + 1 + offset).ToString(CultureInfo.InvariantCulture);

        // Rows after the heading: rekening, [#] group, [-] sub-group, detail, total.
        Assert.Equal("SUM(H" + Row(4) + ")", rows[heading + 1][7].Formula);
        Assert.Equal(3_330_000m, rows[heading + 1][7].Number);
        Assert.Equal("[#] Alat Tulis Kantor", rows[heading + 2][1].Text);
        Assert.Null(rows[heading + 2][7].Formula);
        Assert.Equal(3_330_000m, rows[heading + 2][7].Number);
        Assert.Equal("Jumlah", rows[heading + 5][1].Text);
        Assert.Equal("SUM(H" + Row(1) + ")", rows[heading + 5][7].Formula);
        Assert.Equal(3_330_000m, rows[heading + 5][7].Number);
    }

    [Fact]
    public void SIPD_total_without_rekening_sums_the_detail_lines_only()
    {
        RkaForm form = SipdKoefisienForm.Create();
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = [form with { Rincian = [.. System.Linq.Enumerable.Skip(form.Rincian, 1)] }] });
        List<List<XlsxCell>> rows = workbook["1.02.02.2.02.0001"].Rows;
        int heading = rows.FindIndex(r => r.Count > 0 && r[0].Text == "Kode Rekening");
        List<XlsxCell> total = rows[heading + 4];
        Assert.Equal("Jumlah", total[1].Text);
        Assert.Equal("SUM(H" + (heading + 4).ToString(CultureInfo.InvariantCulture) + ")", total[7].Formula);
        Assert.Equal(3_330_000m, total[7].Number);
    }

    [Fact]
    public void The_signature_stands_under_the_form()
    {
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = [SipdKoefisienForm.Create()] });
        XlsxSheet sheet = workbook["1.02.02.2.02.0001"];
        int total = sheet.Rows.FindIndex(r => r.Count > 1 && r[1].Text == "Jumlah");
        int signature = sheet.Rows.FindIndex(r => r.Count > 0 && r[0].Text == "Tanda Tangan");
        Assert.True(signature > total && total > 0, $"signature at {signature}, total at {total}");
        Assert.Equal("Sukodono, 2 Januari 2023", sheet.RowLabelled("Tempat dan Tanggal")[2].Text);
        Assert.Equal("Kepala Puskesmas Sukodono", sheet.RowLabelled("Jabatan")[2].Text);
        Assert.Equal("dr. Siti Aminah", sheet.RowLabelled("Nama")[2].Text);
        Assert.Equal("19800101 200501 2 001", sheet.RowLabelled("NIP")[2].Text);
    }

    [Fact]
    public void A_DPA_plan_stands_between_the_rincian_and_the_signature_with_its_amounts_as_numbers()
    {
        RkaForm form = SipdKoefisienForm.Create() with
        {
            Kind = DocumentKind.Dpa,
            RencanaPenarikan = new RencanaPenarikanDana
            {
                Title = "Rencana Penarikan Dana per Bulan",
                Periode = [new("Januari", Rupiah.Zero), new("Juli", new Rupiah(3_330_000m))],
                Jumlah = new Rupiah(3_330_000m),
            },
        };
        XlsxSheet sheet = XlsxWorkbook.Write(new RkaDocument { Forms = [form] })["1.02.02.2.02.0001"];

        int title = sheet.Rows.FindIndex(r => r.Count > 0 && r[0].Text == "Rencana Penarikan Dana per Bulan");
        int signature = sheet.Rows.FindIndex(r => r.Count > 0 && r[0].Text == "Tanda Tangan");
        Assert.True(title > 0 && title < signature, $"plan at {title}, signature at {signature}");
        Assert.Equal(3_330_000m, sheet.RowLabelled("Juli")[2].Number);
        Assert.Equal(0m, sheet.RowLabelled("Januari")[2].Number);
        Assert.Equal(3_330_000m, sheet.RowLabelled("Jumlah")[2].Number);
        Assert.Empty(XlsxWorkbook.Write(new RkaDocument { Forms = [form] }).ValidationErrors);
    }

    [Fact]
    public void Perubahan_amounts_have_the_before_row_and_the_difference_as_a_formula()
    {
        XlsxWorkbook workbook = XlsxWorkbook.Write(RkaTextReader.Read(PerubahanForms.Tab).Document);
        List<List<XlsxCell>> rows = workbook.Sheets[0].Rows;
        int selisih = rows.FindIndex(r => r.Count > 1 && r[0].Text == "Bertambah/(Berkurang)");
        Assert.True(selisih > 1);
        Assert.Equal(2_450_000m, rows[selisih - 2][1].Number);
        Assert.Equal(2_000_000m, rows[selisih - 1][1].Number);
        Assert.Equal("DUA JUTA RUPIAH", rows[selisih - 1][2].Text);
        string after = (selisih - 1).ToString(CultureInfo.InvariantCulture);
        string before = selisih.ToString(CultureInfo.InvariantCulture);
        Assert.Equal("B" + after + "-B" + before, rows[selisih][1].Formula);
        Assert.Equal(450_000m, rows[selisih][1].Number);
        Assert.Empty(workbook.ValidationErrors);
    }

    [Fact]
    public void Perubahan_indicators_have_the_tolok_ukur_and_target_before_and_after()
    {
        XlsxSheet sheet = XlsxWorkbook.Write(RkaTextReader.Read(PerubahanForms.Tab).Document).Sheets[0];
        List<XlsxCell> keluaran = sheet.RowLabelled("Keluaran");
        Assert.Equal("Jumlah pelayanan administrasi", keluaran[1].Text);
        Assert.Equal(30m, keluaran[2].Number);
        Assert.Equal("Jenis", keluaran[3].Text);
        Assert.Equal("Jumlah pelayanan administrasi perkantoran", keluaran[4].Text);
        Assert.Equal(32m, keluaran[5].Number);
        Assert.Equal("Jenis", keluaran[6].Text);
        List<XlsxCell> capaian = sheet.RowLabelled("Capaian Program");
        Assert.Equal(0.78m, capaian[2].Number);
        Assert.Equal(0.8m, capaian[5].Number);
        Assert.Equal("0%", capaian[5].Format);
    }

    [Fact]
    public void Perubahan_rincian_has_both_groups_with_sums_and_differences_as_formulas()
    {
        XlsxWorkbook workbook = XlsxWorkbook.Write(RkaTextReader.Read(PerubahanForms.Tab).Document);
        List<List<XlsxCell>> rows = workbook.Sheets[0].Rows;
        int heading = rows.FindIndex(r => r.Count > 0 && r[0].Text == "Kode Rekening");
        Assert.Equal(
            [
                "Kode Rekening", "Uraian", "Volume Sebelum Perubahan", "Satuan Sebelum Perubahan",
                "Harga Satuan Sebelum Perubahan (Rp)", "Jumlah Sebelum Perubahan (Rp)", "Volume Setelah Perubahan",
                "Satuan Setelah Perubahan", "Harga Satuan Setelah Perubahan (Rp)", "Jumlah Setelah Perubahan (Rp)",
                "Bertambah/(Berkurang) (Rp)", "Penjelasan",
            ],
            rows[heading].ConvertAll(c => c.Text));

        int kertas = rows.FindIndex(r => r.Count > 1 && r[1].Text == "Kertas HVS A4");
        string k = (kertas + 1).ToString(CultureInfo.InvariantCulture);
        List<XlsxCell> line = rows[kertas];
        Assert.Equal(20m, line[2].Number);
        Assert.Equal("rim", line[3].Text);
        Assert.Equal(50_000m, line[4].Number);
        Assert.Equal(1_000_000m, line[5].Number);
        Assert.Equal(25m, line[6].Number);
        Assert.Equal(1_250_000m, line[9].Number);
        Assert.Equal("J" + k + "-F" + k, line[10].Formula);
        Assert.Equal(250_000m, line[10].Number);
        Assert.Equal("Tambahan kebutuhan pelayanan", line[11].Text);

        List<XlsxCell> atk = rows[kertas - 1];
        Assert.Equal("5.2.2.01.01", atk[0].Text);
        Assert.Equal("SUM(F" + k + ")", atk[5].Formula);
        Assert.Equal("SUM(J" + k + ")", atk[9].Formula);
        Assert.Equal("J" + kertas.ToString(CultureInfo.InvariantCulture) + "-F" + kertas.ToString(CultureInfo.InvariantCulture), atk[10].Formula);

        int totalIndex = rows.FindIndex(heading, r => r.Count > 1 && r[1].Text == "Jumlah");
        List<XlsxCell> total = rows[totalIndex];
        string first = (heading + 2).ToString(CultureInfo.InvariantCulture);
        string t = (totalIndex + 1).ToString(CultureInfo.InvariantCulture);
        Assert.Equal("SUM(F" + first + ")", total[5].Formula);
        Assert.Equal(2_000_000m, total[5].Number);
        Assert.Equal("SUM(J" + first + ")", total[9].Formula);
        Assert.Equal(2_450_000m, total[9].Number);
        Assert.Equal("J" + t + "-F" + t, total[10].Formula);
        Assert.Equal(450_000m, total[10].Number);
        Assert.Empty(workbook.ValidationErrors);
    }

    [Fact]
    public void A_difference_that_does_not_add_up_is_kept_as_printed()
    {
        RkaForm form = RkaTextReader.Read(PerubahanForms.Tab).Document.Forms[0];
        var lines = new List<RincianLine>(form.Rincian);
        int kertas = lines.FindIndex(l => l.Uraian == "Kertas HVS A4");
        lines[kertas] = lines[kertas] with { Perubahan = lines[kertas].Perubahan! with { Selisih = new Rupiah(240_000m) } };
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = [form with { Rincian = lines }] });
        List<XlsxCell> line = workbook.Sheets[0].Rows.Find(r => r.Count > 1 && r[1].Text == "Kertas HVS A4")!;
        Assert.Null(line[10].Formula);
        Assert.Equal(240_000m, line[10].Number);
    }

    [Fact]
    public void Murni_forms_have_no_perubahan_columns()
    {
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = [SipdTestForm.Create()] });
        List<List<XlsxCell>> rows = workbook.Sheets[0].Rows;
        int heading = rows.FindIndex(r => r.Count > 0 && r[0].Text == "Kode Rekening");
        Assert.Equal(["Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"], rows[heading].ConvertAll(c => c.Text));
        Assert.DoesNotContain(workbook.Sheets[0].Texts, t => t.Contains("Sebelum", System.StringComparison.Ordinal));
    }
}
