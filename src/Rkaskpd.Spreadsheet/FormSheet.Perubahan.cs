using System.Globalization;
using Rkaskpd.Forms;

namespace Rkaskpd.Spreadsheet;

/// <summary>The before and after values of a perubahan (amended budget) form in <see cref="FormSheet"/>: the amounts
/// and the indicator table.</summary>
internal static partial class FormSheet
{
    /// <summary>Adds, under the row of an amount with perubahan values (the row just added), the amount before the
    /// amendment and the bertambah/(berkurang): a formula (after − before) where the printed difference equals it.</summary>
    private static void AddAmountPerubahan(SheetLayout sheet, AmountRow row, AmountPerubahan perubahan)
    {
        int afterRow = sheet.Rows.Count;
        sheet.Add(
            SheetCell.OfText(perubahan.SebelumLabel.Length > 0 ? perubahan.SebelumLabel : "Jumlah Anggaran Sebelum Perubahan"),
            perubahan.Sebelum is { } sebelum ? SheetCell.OfRupiah(sebelum) : SheetCell.OfText(perubahan.SebelumText),
            SheetCell.OfText(perubahan.SebelumTerbilang));
        if (perubahan.Selisih is null && perubahan.SelisihText is null)
        {
            return;
        }

        SheetCell selisih;
        if (perubahan.Selisih is { } difference && row.Amount is { } after && perubahan.Sebelum is { } before
            && IsDifference(after, before, difference))
        {
            selisih = SheetCell.OfRupiahFormula(
                "B" + afterRow.ToString(CultureInfo.InvariantCulture) + "-B" + (afterRow + 1).ToString(CultureInfo.InvariantCulture),
                difference);
        }
        else
        {
            selisih = perubahan.Selisih is { } printed ? SheetCell.OfRupiah(printed) : SheetCell.OfText(perubahan.SelisihText);
        }

        sheet.Add(
            SheetCell.OfText(perubahan.SelisihLabel.Length > 0 ? perubahan.SelisihLabel : "Bertambah/(Berkurang)"),
            selisih);
    }

    /// <summary>Adds the heading of a perubahan form's indicator table: indikator, then tolok ukur, target and a
    /// quantity's unit before the amendment (B to D) and after it (E to G).</summary>
    private static void AddIndicatorPerubahanHeading(SheetLayout sheet) =>
        sheet.Add(
            SheetCell.OfText("Indikator", CellStyle.Bold),
            SheetCell.OfText("Tolok Ukur Kinerja Sebelum Perubahan", CellStyle.Bold),
            SheetCell.OfText("Target Kinerja Sebelum Perubahan", CellStyle.Bold),
            SheetCell.OfText("Satuan Sebelum Perubahan", CellStyle.Bold),
            SheetCell.OfText("Tolok Ukur Kinerja Setelah Perubahan", CellStyle.Bold),
            SheetCell.OfText("Target Kinerja Setelah Perubahan", CellStyle.Bold),
            SheetCell.OfText("Satuan Setelah Perubahan", CellStyle.Bold));

    /// <summary>Adds one row of a perubahan form's indicator table (targets that are numbers as numbers).</summary>
    private static void AddIndicatorPerubahan(SheetLayout sheet, Indicator indicator)
    {
        IndicatorPerubahan? before = indicator.Perubahan;
        sheet.Add(
            SheetCell.OfText(indicator.Label.Length > 0 ? indicator.Label : IndicatorKinds.GetLabel(indicator.Kind)),
            SheetCell.OfText(before?.TolokUkurSebelum),
            before is null ? SheetCell.Empty : TargetCell(before.TargetSebelum),
            before?.TargetSebelum is QuantityTarget quantityBefore ? SheetCell.OfText(quantityBefore.Unit) : SheetCell.Empty,
            SheetCell.OfText(indicator.TolokUkur),
            TargetCell(indicator.Target),
            indicator.Target is QuantityTarget quantity ? SheetCell.OfText(quantity.Unit) : SheetCell.Empty);
    }
}
