using System.Collections.Generic;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Completes a flattened rincian row whose cells right of the uraian came on a line of their own. <c>pdftotext -raw</c>
/// writes text in the order the report drew it, so a cell that wraps is written whole before the cells to its right:
/// <c>Penggandaan gambar kerja dan</c> / <c>dokumen teknis</c> / <c>20 set 150.000,00 3.000.000,00</c>, or a rekening
/// <c>5.2.3.49.01 Belanja Modal ... Jalan</c> / <c>Lingkungan</c> / <c>224.700.000,00</c>. The uraian lines read before
/// the cells (rows with no code and no numbers) are the wrapped cell: they become one row, at the first line's number,
/// with the cells; a lone jumlah after a rekening that has none is that rekening's, its name joined with the lines after
/// it.
/// </summary>
internal static class TrailingRowCells
{
    /// <summary>Gives <paramref name="cells"/> (a row with no code and no uraian) to the rows they complete at the end
    /// of <paramref name="rincian"/>; false, nothing changed, when no row waits for them.</summary>
    public static bool TryComplete(List<RawRincianLine> rincian, RawRincianLine cells)
    {
        int start = rincian.Count;
        while (start > 0 && IsUraianOnly(rincian[start - 1]))
        {
            start--;
        }

        bool jumlahOnly = cells.VolumeText.Length == 0 && cells.HargaSatuanText.Length == 0;
        int into = start;
        if (jumlahOnly && start > 0 && rincian[start - 1] is { KodeRekening: not null, JumlahText.Length: 0 })
        {
            into = start - 1; // the rekening's name wrapped: its jumlah follows its lines
        }
        else if (start == rincian.Count)
        {
            return false;
        }

        RawRincianLine row = rincian[into];
        string uraian = row.Uraian;
        for (int i = into + 1; i < rincian.Count; i++)
        {
            uraian = Join(uraian, " ", rincian[i].Uraian);
        }

        rincian.RemoveRange(into, rincian.Count - into);
        rincian.Add(row with
        {
            Uraian = uraian,
            VolumeText = cells.VolumeText,
            Satuan = cells.Satuan,
            HargaSatuanText = cells.HargaSatuanText,
            JumlahText = cells.JumlahText,
        });
        return true;
    }

    /// <summary>A row with text only: no code, no cell right of the uraian, no group marker (<c>[ # ]</c>).</summary>
    private static bool IsUraianOnly(RawRincianLine row) =>
        row is { KodeRekening: null, VolumeText.Length: 0, Satuan.Length: 0, HargaSatuanText.Length: 0, JumlahText.Length: 0, Perubahan: null }
        && row.Uraian.Length > 0 && row.Uraian[0] != '[' && !row.Uraian.EndsWith(':');
}
