using System.Collections.Generic;
using System.Globalization;
using Rkaskpd.Codes;

namespace Rkaskpd.Recap;

/// <summary>One row of a rendered recap table (program, kegiatan, unclassified or total), with its cells formatted.</summary>
internal sealed class RekapRow
{
    private RekapRow(RekapRowKind kind, string code, string name, string? lokasi, string[] cells)
    {
        Kind = kind;
        Code = code;
        Name = name;
        Lokasi = lokasi;
        Cells = cells;
    }

    public RekapRowKind Kind { get; }

    /// <summary>Gets whether the row stands under a program (a kegiatan or sub kegiatan row, indented, not bold).</summary>
    public bool IsKegiatan => Kind is RekapRowKind.Kegiatan or RekapRowKind.SubKegiatan;

    /// <summary>Gets the row's depth under its program: 0 for a program, total or unclassified row, 1 for a kegiatan,
    /// 2 for a sub kegiatan.</summary>
    public int Depth => Kind switch
    {
        RekapRowKind.Kegiatan => 1,
        RekapRowKind.SubKegiatan => 2,
        _ => 0,
    };

    public string Code { get; }

    public string Name { get; }

    public string? Lokasi { get; }

    /// <summary>Gets the amount cells in the order of <see cref="Headers"/>.</summary>
    public string[] Cells { get; }

    /// <summary>Gets whether a recap gets jenis-belanja columns, and whether it needs the "other" one.</summary>
    public static (bool Split, bool Lainnya) SplitColumns(RekapitulasiBelanja recap) =>
        (recap.JenisBelanja is not null, recap.JenisBelanja is { } s && !s.Lainnya.IsZero);

    /// <summary>Gets whether the recap's split follows the 90/2019 jenis belanja (operasi, modal, tidak terduga, transfer).</summary>
    public static bool Is90(RekapitulasiBelanja recap) => recap.JenisBelanja?.Scheme == CodeScheme.Permendagri90;

    /// <summary>Gets the amount column headers: n-1, [Pegawai, Barang dan Jasa, Modal, (Lainnya)] or, in 90/2019,
    /// [Belanja Operasi, Modal, Tidak Terduga, Transfer, (Lainnya)], n, n+1.</summary>
    public static IReadOnlyList<string> Headers(RekapitulasiBelanja recap)
    {
        var headers = new List<string>(8) { YearHeader(recap.TahunAnggaran, -1, "n-1") };
        (bool split, bool lainnya) = SplitColumns(recap);
        if (split && Is90(recap))
        {
            headers.Add("Belanja Operasi");
            headers.Add("Modal");
            headers.Add("Tidak Terduga");
            headers.Add("Transfer");
            if (lainnya)
            {
                headers.Add("Lainnya");
            }
        }
        else if (split)
        {
            headers.Add("Belanja Pegawai");
            headers.Add("Barang dan Jasa");
            headers.Add("Modal");
            if (lainnya)
            {
                headers.Add("Lainnya");
            }
        }

        headers.Add(YearHeader(recap.TahunAnggaran, 0, "n"));
        headers.Add(YearHeader(recap.TahunAnggaran, 1, "n+1"));
        return headers;
    }

    /// <summary>Builds the rows: each program followed by its kegiatan, then each SIPD-era program followed by its
    /// kegiatan and their sub kegiatan, then the unclassified row (when not zero) and the total.</summary>
    public static List<RekapRow> Build(RekapitulasiBelanja recap)
    {
        (bool split, bool lainnya) = SplitColumns(recap);
        bool is90 = Is90(recap);
        var rows = new List<RekapRow>();
        foreach (RekapProgram program in recap.Programs)
        {
            rows.Add(new RekapRow(RekapRowKind.Program, program.Code.ToString(), program.Name, null, FormatCells(program.Amounts, program.JenisBelanja, split, lainnya, is90)));
            foreach (RekapKegiatan kegiatan in program.Kegiatan)
            {
                rows.Add(new RekapRow(RekapRowKind.Kegiatan, kegiatan.Code.ToString(), kegiatan.Name, kegiatan.Lokasi, FormatCells(kegiatan.Amounts, kegiatan.JenisBelanja, split, lainnya, is90)));
            }
        }

        foreach (RekapSipdProgram program in recap.SipdPrograms ?? [])
        {
            rows.Add(new RekapRow(RekapRowKind.Program, program.Code.ToString(), program.Name, null, FormatCells(program.Amounts, program.JenisBelanja, split, lainnya, is90)));
            foreach (RekapSipdKegiatan kegiatan in program.Kegiatan)
            {
                rows.Add(new RekapRow(RekapRowKind.Kegiatan, kegiatan.Code.ToString(), kegiatan.Name, null, FormatCells(kegiatan.Amounts, kegiatan.JenisBelanja, split, lainnya, is90)));
                foreach (RekapSubKegiatan sub in kegiatan.SubKegiatan)
                {
                    rows.Add(new RekapRow(RekapRowKind.SubKegiatan, sub.Code.ToString(), sub.Name, sub.Lokasi, FormatCells(sub.Amounts, sub.JenisBelanja, split, lainnya, is90)));
                }
            }
        }

        if (recap.Unclassified != RekapAmounts.Zero)
        {
            rows.Add(new RekapRow(RekapRowKind.Unclassified, "?", "Tanpa kode kegiatan yang terbaca (unclassified)", null, FormatCells(recap.Unclassified, null, split, lainnya, is90)));
        }

        rows.Add(new RekapRow(RekapRowKind.Total, string.Empty, "JUMLAH", null, FormatCells(recap.Total, recap.JenisBelanja, split, lainnya, is90)));
        return rows;
    }

    private static string[] FormatCells(RekapAmounts amounts, JenisBelanjaSplit? jenis, bool split, bool lainnya, bool is90)
    {
        var cells = new List<string>(8) { amounts.PreviousYear.ToString() };
        if (split && is90)
        {
            cells.Add(jenis?.BelanjaOperasi.ToString() ?? string.Empty);
            cells.Add(jenis?.Modal.ToString() ?? string.Empty);
            cells.Add(jenis?.TidakTerduga.ToString() ?? string.Empty);
            cells.Add(jenis?.Transfer.ToString() ?? string.Empty);
            if (lainnya)
            {
                cells.Add(jenis?.Lainnya.ToString() ?? string.Empty);
            }
        }
        else if (split)
        {
            cells.Add(jenis?.Pegawai.ToString() ?? string.Empty);
            cells.Add(jenis?.BarangDanJasa.ToString() ?? string.Empty);
            cells.Add(jenis?.Modal.ToString() ?? string.Empty);
            if (lainnya)
            {
                cells.Add(jenis?.Lainnya.ToString() ?? string.Empty);
            }
        }

        cells.Add(amounts.CurrentYear.ToString());
        cells.Add(amounts.NextYear.ToString());
        return [.. cells];
    }

    private static string YearHeader(int? tahun, int offset, string relative) =>
        tahun is { } year
            ? "Tahun " + (year + offset).ToString(CultureInfo.InvariantCulture) + " (" + relative + ")"
            : "Tahun " + relative;
}
