using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;

namespace Rkaskpd.Spreadsheet;

/// <summary>Lays out one RKA-SKPD 2.2.1 form as the rows of one worksheet.</summary>
/// <remarks>
/// Columns: A holds labels, B codes, amounts and measures, C names, terbilang, targets and texts; a quantity target's
/// unit stands in D, apart from its number. Targets that are numbers are numbers (percentages in a percent format,
/// amounts in the Rupiah format). The rincian table uses A to F (kode rekening, uraian, volume, satuan, harga satuan,
/// jumlah; SIPD's koefisien and PPN, and a perubahan form's before values, difference and penjelasan, in columns of
/// their own, see <c>FormSheet.Rincian.cs</c>); a rekening's jumlah is a <c>SUM</c> of the rows directly under it when
/// the document's figures add up (otherwise the document's figure is kept, as written, for the reader to see), and a
/// total row closes the table. A perubahan form's amounts have a before row and a difference row (a formula), and its
/// indicator table has the tolok ukur and target before and after the amendment.
/// </remarks>
internal static partial class FormSheet
{
    /// <summary>The sheet title written in cell A1.</summary>
    public const string Title = "RKA-SKPD 2.2.1";

    /// <summary>Lays out <paramref name="form"/>.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The sheet's rows; the title and the header block (up to the kegiatan row) stay frozen.</returns>
    public static SheetLayout Build(RkaForm form)
    {
        var sheet = new SheetLayout();
        FormHeader header = form.Header;
        sheet.Add(
            SheetCell.OfText(Title, CellStyle.Title),
            SheetCell.OfText(form.KegiatanCodeText, CellStyle.Title),
            SheetCell.OfText(header.Kegiatan.Name, CellStyle.Title));
        sheet.Add(SheetCell.OfText("Pemerintah Daerah", CellStyle.Bold), SheetCell.Empty, SheetCell.OfText(header.PemerintahDaerah));
        sheet.Add(
            SheetCell.OfText("Tahun Anggaran", CellStyle.Bold),
            header.TahunAnggaran is { } year ? SheetCell.OfNumber(year) : SheetCell.Empty);
        bool sipd = form.Template == FormTemplate.SipdRincianBelanja;
        if (sipd)
        {
            AddSipdHeader(sheet, form);
        }
        else
        {
            AddField(sheet, header.Urusan);
            AddField(sheet, header.Organisasi);
            AddField(sheet, header.Program);
            AddField(sheet, header.Kegiatan);
            sheet.FrozenRows = sheet.Rows.Count;
            sheet.Add(SheetCell.OfText("Lokasi Kegiatan", CellStyle.Bold), SheetCell.Empty, SheetCell.OfText(header.Lokasi));
        }

        sheet.AddBlank();
        sheet.Add(
            SheetCell.OfText("Uraian", CellStyle.Bold),
            SheetCell.OfText("Jumlah (Rp)", CellStyle.Bold),
            sipd ? SheetCell.Empty : SheetCell.OfText("Terbilang", CellStyle.Bold));
        foreach (AmountRow row in form.Amounts.Rows)
        {
            sheet.Add(
                SheetCell.OfText(row.Label.Length > 0 ? row.Label : DefaultLabel(row.Position, header.TahunAnggaran, sipd)),
                row.Amount is { } amount ? SheetCell.OfRupiah(amount) : SheetCell.OfText(row.AmountText),
                SheetCell.OfText(row.Terbilang));
            if (row.Perubahan is { } perubahan)
            {
                AddAmountPerubahan(sheet, row, perubahan);
            }
        }

        if (form.Indicators.Count > 0)
        {
            sheet.AddBlank();
            bool perubahan = form.Indicators.Any(i => i.Perubahan is not null);
            if (perubahan)
            {
                AddIndicatorPerubahanHeading(sheet);
            }
            else
            {
                sheet.Add(
                    SheetCell.OfText("Indikator", CellStyle.Bold),
                    SheetCell.OfText("Tolok Ukur Kinerja", CellStyle.Bold),
                    SheetCell.OfText("Target Kinerja", CellStyle.Bold),
                    SheetCell.OfText("Satuan", CellStyle.Bold));
            }

            foreach (Indicator indicator in form.Indicators)
            {
                if (sipd && indicator.Kind == IndicatorKind.CapaianProgram)
                {
                    continue; // in the header, under the sasaran program
                }

                if (perubahan)
                {
                    AddIndicatorPerubahan(sheet, indicator);
                    continue;
                }

                sheet.Add(
                    SheetCell.OfText(indicator.Label.Length > 0 ? indicator.Label : IndicatorKinds.GetLabel(indicator.Kind)),
                    SheetCell.OfText(indicator.TolokUkur),
                    TargetCell(indicator.Target),
                    indicator.Target is QuantityTarget quantity ? SheetCell.OfText(quantity.Unit) : SheetCell.Empty);
            }
        }

        if (!string.IsNullOrWhiteSpace(form.KelompokSasaran))
        {
            sheet.AddBlank();
            sheet.Add(
                SheetCell.OfText("Kelompok Sasaran Kegiatan", CellStyle.Bold),
                SheetCell.Empty,
                SheetCell.OfText(FormText.ToPlainText(form.KelompokSasaran)));
        }

        if (sipd)
        {
            AddSipdSubKegiatan(sheet, header);
        }

        if (form.Kak is { } kak && (kak.Sections.Count > 0 || kak.Unrecognized.Count > 0))
        {
            sheet.AddBlank();
            sheet.Add(SheetCell.OfText("Kerangka Acuan Kerja (KAK)", CellStyle.Bold));
            foreach (KakSection section in kak.Sections)
            {
                sheet.Add(
                    SheetCell.OfText(KakHeadings.GetCanonicalHeading(section.Kind), CellStyle.Bold),
                    SheetCell.Empty,
                    SheetCell.OfText(section.Body));
            }

            foreach (KakRawSection section in kak.Unrecognized)
            {
                sheet.Add(
                    SheetCell.OfText(string.IsNullOrWhiteSpace(section.Heading) ? "(tanpa judul)" : FormText.ToPlainText(section.Heading), CellStyle.Bold),
                    SheetCell.Empty,
                    SheetCell.OfText(FormText.ToPlainText(section.Text)));
            }
        }

        if (form.Rincian.Count > 0)
        {
            AddRincian(sheet, form.Rincian);
        }

        AddRencanaPenarikan(sheet, form.RencanaPenarikan);
        AddTandaTangan(sheet, form.TandaTangan);
        return sheet;
    }

    private static SheetCell TargetCell(IndicatorTarget target) => target switch
    {
        MoneyTarget money => SheetCell.OfRupiah(money.Amount),
        PercentageTarget percentage => SheetCell.OfPercent(percentage.Percent),
        QuantityTarget quantity => SheetCell.OfNumber(quantity.Quantity),
        ScoreTarget score => SheetCell.OfNumber(score.Value),
        _ => SheetCell.OfText(target.Text.Trim()),
    };

    private static void AddField<TCode>(SheetLayout sheet, HeaderField<TCode> field)
        where TCode : struct =>
        sheet.Add(
            SheetCell.OfText(field.Label.Length > 0 ? field.Label : HeaderField.CanonicalLabel<TCode>(), CellStyle.Bold),
            SheetCell.OfText(field.Code is { } code ? code.ToString() : field.CodeText),
            SheetCell.OfText(field.Name));

    private static string DefaultLabel(AmountPosition position, int? tahunAnggaran, bool sipd) =>
        tahunAnggaran is { } year
            ? (sipd ? "Alokasi Tahun " : "Jumlah Tahun ") + (year + (int)position - 1).ToString(CultureInfo.InvariantCulture)
            : (sipd ? "Alokasi " : "Jumlah ") + position.ToString();
}
