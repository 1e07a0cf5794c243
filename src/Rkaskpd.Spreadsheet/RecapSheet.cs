using System.Globalization;
using Rkaskpd.Codes;
using Rkaskpd.Recap;

namespace Rkaskpd.Spreadsheet;

/// <summary>Lays out an RKA-SKPD 2.2 <c>rekapitulasi belanja</c> as the rows of one worksheet.</summary>
/// <remarks>
/// Columns: A code, B name (the bold program rows carry the program subtotal), C lokasi, D to F the amounts of
/// years n-1, n and n+1; the SIPD-era programs follow with their kegiatan (bold subtotals, names indented) and sub
/// kegiatan (names indented twice); then the unclassified row (when not zero), the total row, and the year-n split by
/// <c>jenis belanja</c> when the recap has one.
/// </remarks>
internal static class RecapSheet
{
    /// <summary>The sheet title written in cell A1.</summary>
    public const string Title = "RKA-SKPD 2.2";

    /// <summary>The label of the total row, in column B.</summary>
    public const string TotalLabel = "JUMLAH";

    /// <summary>Lays out <paramref name="recap"/>.</summary>
    /// <param name="recap">The recap.</param>
    /// <returns>The sheet's rows; everything down to the table heading stays frozen.</returns>
    public static SheetLayout Build(RekapitulasiBelanja recap)
    {
        var sheet = new SheetLayout { Landscape = true };
        sheet.Add(
            SheetCell.OfText(Title, CellStyle.Title),
            SheetCell.OfText("Rekapitulasi Belanja Langsung menurut Program dan Kegiatan", CellStyle.Title));
        sheet.Add(SheetCell.OfText("Pemerintah Daerah", CellStyle.Bold), SheetCell.OfText(recap.PemerintahDaerah));
        sheet.Add(
            SheetCell.OfText("Tahun Anggaran", CellStyle.Bold),
            recap.TahunAnggaran is { } year ? SheetCell.OfNumber(year) : SheetCell.Empty);
        sheet.Add(SheetCell.OfText("Organisasi", CellStyle.Bold), SheetCell.OfText(recap.Organisasi));
        sheet.AddBlank();
        sheet.Add(
            SheetCell.OfText("Kode", CellStyle.Bold),
            SheetCell.OfText("Uraian", CellStyle.Bold),
            SheetCell.OfText("Lokasi", CellStyle.Bold),
            SheetCell.OfText(YearHeading(recap.TahunAnggaran, -1, "n-1"), CellStyle.Bold),
            SheetCell.OfText(YearHeading(recap.TahunAnggaran, 0, "n"), CellStyle.Bold),
            SheetCell.OfText(YearHeading(recap.TahunAnggaran, 1, "n+1"), CellStyle.Bold));
        sheet.FrozenRows = sheet.Rows.Count;

        foreach (RekapProgram program in recap.Programs)
        {
            sheet.Add(
                SheetCell.OfText(program.Code.ToString(), CellStyle.Bold),
                SheetCell.OfText(program.Name, CellStyle.Bold),
                SheetCell.Empty,
                SheetCell.OfRupiah(program.PreviousYear, bold: true),
                SheetCell.OfRupiah(program.CurrentYear, bold: true),
                SheetCell.OfRupiah(program.NextYear, bold: true));
            foreach (RekapKegiatan kegiatan in program.Kegiatan)
            {
                sheet.Add(
                    SheetCell.OfText(kegiatan.Code.ToString()),
                    SheetCell.OfText(kegiatan.Name),
                    SheetCell.OfText(kegiatan.Lokasi),
                    SheetCell.OfRupiah(kegiatan.PreviousYear),
                    SheetCell.OfRupiah(kegiatan.CurrentYear),
                    SheetCell.OfRupiah(kegiatan.NextYear));
            }
        }

        foreach (RekapSipdProgram program in recap.SipdPrograms ?? [])
        {
            AddRow(sheet, program.Code.ToString(), program.Name, null, program.Amounts, bold: true);
            foreach (RekapSipdKegiatan kegiatan in program.Kegiatan)
            {
                AddRow(sheet, kegiatan.Code.ToString(), "  " + kegiatan.Name, null, kegiatan.Amounts, bold: true);
                foreach (RekapSubKegiatan sub in kegiatan.SubKegiatan)
                {
                    AddRow(sheet, sub.Code.ToString(), "    " + sub.Name, sub.Lokasi, sub.Amounts, bold: false);
                }
            }
        }

        if (recap.Unclassified != RekapAmounts.Zero)
        {
            sheet.Add(
                SheetCell.Empty,
                SheetCell.OfText("Kegiatan tanpa kode yang terbaca"),
                SheetCell.Empty,
                SheetCell.OfRupiah(recap.Unclassified.PreviousYear),
                SheetCell.OfRupiah(recap.Unclassified.CurrentYear),
                SheetCell.OfRupiah(recap.Unclassified.NextYear));
        }

        sheet.Add(
            SheetCell.Empty,
            SheetCell.OfText(TotalLabel, CellStyle.Bold),
            SheetCell.Empty,
            SheetCell.OfRupiah(recap.Total.PreviousYear, bold: true),
            SheetCell.OfRupiah(recap.Total.CurrentYear, bold: true),
            SheetCell.OfRupiah(recap.Total.NextYear, bold: true));

        if (recap.JenisBelanja is { } split)
        {
            sheet.AddBlank();
            sheet.Add(SheetCell.Empty, SheetCell.OfText("Menurut jenis belanja (tahun n)", CellStyle.Bold));
            if (split.Scheme == CodeScheme.Permendagri90)
            {
                AddSplit(sheet, "5.1", "Belanja Operasi", split.BelanjaOperasi);
                AddSplit(sheet, "5.1.01", "Belanja Pegawai", split.Pegawai);
                AddSplit(sheet, "5.1.02", "Belanja Barang dan Jasa", split.BarangDanJasa);
                AddSplit(sheet, "5.1.03", "Belanja Bunga", split.Bunga);
                AddSplit(sheet, "5.1.04", "Belanja Subsidi", split.Subsidi);
                AddSplit(sheet, "5.1.05", "Belanja Hibah", split.Hibah);
                AddSplit(sheet, "5.1.06", "Belanja Bantuan Sosial", split.BantuanSosial);
                AddSplit(sheet, "5.2", "Belanja Modal", split.Modal);
                AddSplit(sheet, "5.3", "Belanja Tidak Terduga", split.TidakTerduga);
                AddSplit(sheet, "5.4", "Belanja Transfer", split.Transfer);
            }
            else
            {
                AddSplit(sheet, "5.2.1", "Belanja Pegawai", split.Pegawai);
                AddSplit(sheet, "5.2.2", "Belanja Barang dan Jasa", split.BarangDanJasa);
                AddSplit(sheet, "5.2.3", "Belanja Modal", split.Modal);
            }

            AddSplit(sheet, null, "Lainnya", split.Lainnya);
        }

        return sheet;
    }

    private static void AddRow(SheetLayout sheet, string code, string name, string? lokasi, RekapAmounts amounts, bool bold) =>
        sheet.Add(
            SheetCell.OfText(code, bold ? CellStyle.Bold : CellStyle.Plain),
            SheetCell.OfText(name, bold ? CellStyle.Bold : CellStyle.Plain),
            SheetCell.OfText(lokasi),
            SheetCell.OfRupiah(amounts.PreviousYear, bold),
            SheetCell.OfRupiah(amounts.CurrentYear, bold),
            SheetCell.OfRupiah(amounts.NextYear, bold));

    private static void AddSplit(SheetLayout sheet, string? code, string name, Rupiah amount) =>
        sheet.Add(SheetCell.OfText(code), SheetCell.OfText(name), SheetCell.Empty, SheetCell.Empty, SheetCell.OfRupiah(amount));

    private static string YearHeading(int? tahunAnggaran, int offset, string relative) =>
        tahunAnggaran is { } year
            ? "Jumlah Tahun " + (year + offset).ToString(CultureInfo.InvariantCulture) + " (Rp)"
            : "Jumlah Tahun " + relative + " (Rp)";
}
