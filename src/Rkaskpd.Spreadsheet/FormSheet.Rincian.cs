using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Rkaskpd.Forms;

namespace Rkaskpd.Spreadsheet;

/// <summary>The rincian table of <see cref="FormSheet"/>.</summary>
/// <remarks>
/// Columns, left to right: kode rekening, uraian; in a perubahan form the koefisien (where a line carries one before
/// the amendment), volume, satuan, harga satuan, PPN (where a line carries one before) and jumlah before the amendment; where a line carries SIPD's koefisien, the koefisien as printed (text); volume (a number),
/// satuan, harga satuan; where a line carries SIPD's PPN, the PPN as a percent-formatted number; jumlah; in a perubahan
/// form the bertambah/(berkurang) and the penjelasan. Subtotals and the total row are <c>SUM</c> formulas (group lines
/// left out), and a difference is a formula (jumlah after − jumlah before) where the printed figure equals it, each with
/// its value cached.
/// </remarks>
internal static partial class FormSheet
{
    private static void AddRincian(SheetLayout sheet, IReadOnlyList<RincianLine> lines)
    {
        bool perubahan = lines.Any(l => l.Perubahan is not null);
        bool koefisien = lines.Any(l => l.Koefisien is not null);
        bool ppn = lines.Any(l => l.Ppn is not null);
        bool koefisienSebelum = lines.Any(l => l.Perubahan?.KoefisienSebelum is not null);
        bool ppnSebelum = lines.Any(l => l.Perubahan?.PpnSebelum is not null);

        // Column indexes (0 = A); -1 where the table has no such column.
        int column = 2;
        int koefisienSebelumColumn = koefisienSebelum ? column++ : -1;
        int sebelum = perubahan ? column : -1;
        column += perubahan ? 3 : 0;
        int ppnSebelumColumn = ppnSebelum ? column++ : -1;
        int jumlahSebelum = perubahan ? column++ : -1;
        int koefisienColumn = koefisien ? column++ : -1;
        int volume = column++;
        int satuan = column++;
        int harga = column++;
        int ppnColumn = ppn ? column++ : -1;
        int jumlah = column++;
        int selisih = perubahan ? column++ : -1;
        int penjelasan = perubahan ? column++ : -1;

        sheet.AddBlank();
        sheet.Add(SheetCell.OfText("Rincian Anggaran Belanja", CellStyle.Bold));
        var heading = new SheetCell[column];
        heading[0] = SheetCell.OfText("Kode Rekening", CellStyle.Bold);
        heading[1] = SheetCell.OfText("Uraian", CellStyle.Bold);
        string after = perubahan ? " Setelah Perubahan" : string.Empty;
        if (perubahan)
        {
            heading[sebelum] = SheetCell.OfText("Volume Sebelum Perubahan", CellStyle.Bold);
            heading[sebelum + 1] = SheetCell.OfText("Satuan Sebelum Perubahan", CellStyle.Bold);
            heading[sebelum + 2] = SheetCell.OfText("Harga Satuan Sebelum Perubahan (Rp)", CellStyle.Bold);
            heading[jumlahSebelum] = SheetCell.OfText("Jumlah Sebelum Perubahan (Rp)", CellStyle.Bold);
            heading[selisih] = SheetCell.OfText("Bertambah/(Berkurang) (Rp)", CellStyle.Bold);
            heading[penjelasan] = SheetCell.OfText("Penjelasan", CellStyle.Bold);
        }

        if (koefisienSebelum)
        {
            heading[koefisienSebelumColumn] = SheetCell.OfText("Koefisien Sebelum Perubahan", CellStyle.Bold);
        }

        if (ppnSebelum)
        {
            heading[ppnSebelumColumn] = SheetCell.OfText("PPN Sebelum Perubahan", CellStyle.Bold);
        }

        if (koefisien)
        {
            heading[koefisienColumn] = SheetCell.OfText("Koefisien" + after, CellStyle.Bold);
        }

        heading[volume] = SheetCell.OfText("Volume" + after, CellStyle.Bold);
        heading[satuan] = SheetCell.OfText("Satuan" + after, CellStyle.Bold);
        heading[harga] = SheetCell.OfText("Harga Satuan" + after + " (Rp)", CellStyle.Bold);
        if (ppn)
        {
            heading[ppnColumn] = SheetCell.OfText("PPN" + after, CellStyle.Bold);
        }

        heading[jumlah] = SheetCell.OfText("Jumlah" + after + " (Rp)", CellStyle.Bold);
        sheet.Add(heading);

        int firstRow = sheet.Rows.Count + 1;
        RincianTotals totals = RincianTotals.Compute(lines);
        for (int i = 0; i < lines.Count; i++)
        {
            RincianLine line = lines[i];
            CellStyle text = line.IsRekening ? CellStyle.Bold : CellStyle.Plain;
            var row = new SheetCell[column];
            row[0] = SheetCell.OfText(line.KodeRekening, text);
            row[1] = SheetCell.OfText(line.Uraian, text);
            if (koefisien)
            {
                row[koefisienColumn] = SheetCell.OfText(line.Koefisien);
            }

            row[volume] = SheetCell.OfNumber(line.Volume);
            row[satuan] = SheetCell.OfText(line.Satuan);
            row[harga] = SheetCell.OfRupiah(line.HargaSatuan);
            if (ppn && line.Ppn is { } rate)
            {
                row[ppnColumn] = SheetCell.OfPercent(rate);
            }

            row[jumlah] = JumlahCell(totals, i, RincianTotals.Jumlah, jumlah, firstRow);
            if (perubahan)
            {
                RincianPerubahan? before = line.Perubahan;
                row[sebelum] = SheetCell.OfNumber(before?.VolumeSebelum);
                row[sebelum + 1] = SheetCell.OfText(before?.SatuanSebelum);
                row[sebelum + 2] = SheetCell.OfRupiah(before?.HargaSatuanSebelum);
                row[jumlahSebelum] = JumlahCell(totals, i, RincianTotals.JumlahSebelum, jumlahSebelum, firstRow);
                row[selisih] = SelisihCell(before?.Selisih, line.Jumlah, before?.JumlahSebelum, jumlah, jumlahSebelum, firstRow + i, line.IsRekening);
                if (koefisienSebelum)
                {
                    row[koefisienSebelumColumn] = SheetCell.OfText(before?.KoefisienSebelum);
                }

                if (ppnSebelum && before?.PpnSebelum is { } rateSebelum)
                {
                    row[ppnSebelumColumn] = SheetCell.OfPercent(rateSebelum);
                }
                row[penjelasan] = SheetCell.OfText(before?.Penjelasan);
            }

            sheet.Add(row);
        }

        if (totals.Total is { } total)
        {
            int totalRow = sheet.Rows.Count + 1;
            var row = new SheetCell[column];
            row[1] = SheetCell.OfText("Jumlah", CellStyle.Bold);
            row[jumlah] = SheetCell.OfRupiahFormula(SumOf(totals.TopLevel, jumlah, firstRow), total);
            if (perubahan && totals.TotalOf(RincianTotals.JumlahSebelum) is { } totalSebelum)
            {
                row[jumlahSebelum] = SheetCell.OfRupiahFormula(SumOf(totals.TopLevel, jumlahSebelum, firstRow), totalSebelum);
                row[selisih] = SelisihCell(total - totalSebelum, total, totalSebelum, jumlah, jumlahSebelum, totalRow, bold: true);
            }

            sheet.Add(row);
        }
    }

    /// <summary>A jumlah cell: a <c>SUM</c> of the rows under a rekening whose figures add up, the figure as written
    /// otherwise.</summary>
    private static SheetCell JumlahCell(RincianTotals totals, int index, Func<RincianLine, Rupiah?> amount, int column, int firstRow) =>
        totals.AddsUp(index, amount)
            ? SheetCell.OfRupiahFormula(SumOf(totals.Children(index), column, firstRow), amount(totals.Line(index))!.Value)
            : SheetCell.OfRupiah(amount(totals.Line(index)), totals.Line(index).IsRekening);

    /// <summary>A bertambah/(berkurang) cell: the formula after − before where the printed difference equals it, the
    /// figure as written otherwise.</summary>
    private static SheetCell SelisihCell(Rupiah? selisih, Rupiah? after, Rupiah? before, int afterColumn, int beforeColumn, int row, bool bold)
    {
        if (selisih is { } difference && after is { } a && before is { } b && IsDifference(a, b, difference))
        {
            string number = row.ToString(CultureInfo.InvariantCulture);
            return SheetCell.OfRupiahFormula(ColumnName(afterColumn) + number + "-" + ColumnName(beforeColumn) + number, difference);
        }

        return SheetCell.OfRupiah(selisih, bold);
    }

    private static bool IsDifference(Rupiah after, Rupiah before, Rupiah difference)
    {
        try
        {
            return after - before == difference;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The formula summing the cells of the given rincian lines in one column.</summary>
    private static string SumOf(IReadOnlyList<int> lines, int column, int firstRow)
    {
        string name = ColumnName(column);
        return "SUM(" + string.Join(',', lines.Select(i => name + (firstRow + i).ToString(CultureInfo.InvariantCulture))) + ")";
    }

    /// <summary>The letter of a column of the rincian table (it has at most 26 columns).</summary>
    private static string ColumnName(int column) => ((char)('A' + column)).ToString();
}
