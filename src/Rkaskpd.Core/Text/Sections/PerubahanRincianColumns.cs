using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Sections;

/// <summary>The columns of a perubahan rincian table as its header row names them (<c>Koefisien Satuan Harga PPN
/// Jumlah</c> before, the same after, then <c>(Berkurang)</c>), so that a tab row with SIPD's columns is read by
/// where each cell stands: the fixed-width print's rows reach the scanner that way (<c>Layout/PerubahanTable</c>). Owned
/// by <see cref="RincianRowReader"/> for one table.</summary>
/// <remarks>Only a header that names a PPN or a koefisien column is kept; a table with the writer's columns (volume,
/// satuan, harga satuan, jumlah, twice) is read by position in <see cref="PerubahanRincianRow.TryReadCells"/>.</remarks>
internal sealed class PerubahanRincianColumns
{
    private const int Volume = 0, Satuan = 1, Harga = 2, Ppn = 3, Jumlah = 4, Selisih = 10, Penjelasan = 11;

    /// <summary>The cell index of each column: 0–4 the before group (volume or koefisien, satuan, harga, PPN, jumlah),
    /// 5–9 the after group, 10 the difference, 11 the penjelasan; -1 where the header names none.</summary>
    private readonly int[] index = new int[12];
    private readonly List<string> canonical = new(12);
    private readonly List<string> spread = new(13);
    private bool koefisien;

    /// <summary>Initialises a map that knows no columns.</summary>
    public PerubahanRincianColumns() => Reset();

    /// <summary>Gets a value indicating whether a header row named the columns.</summary>
    public bool Known { get; private set; }

    /// <summary>Forgets the columns (a new table).</summary>
    public void Reset()
    {
        Array.Fill(index, -1);
        Known = false;
        koefisien = false;
    }

    /// <summary>Reads a header row of the table: the row that names both groups' columns (two jumlah, and a PPN or a
    /// koefisien) sets the map; a row naming <c>Bertambah/(Berkurang)</c> or the penjelasan adds that column. Other
    /// header rows change nothing.</summary>
    /// <remarks>A row that names the groups' columns from its first cell on stands under <c>Sebelum Perubahan</c>
    /// with the kode rekening and uraian cells left of it, which a PDF's rows or a copy that drops empty cells do not
    /// print: its columns are counted from the third cell. The difference is right of the after group, whichever
    /// header row named it.</remarks>
    public void Observe(LineCells header)
    {
        int group = 0, named = 0, first = -1;
        bool sipd = false;
        Span<int> found = stackalloc int[12];
        found.Fill(-1);
        for (int i = 0; i < header.Count; i++)
        {
            ReadOnlySpan<char> cell = header[i];
            int column = Column(cell, group);
            if (column < 0)
            {
                continue;
            }

            found[column] = i;
            if (column is Penjelasan || (column is Selisih && !cell.StartsWith("(Rp", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // named on either header row (Bertambah/ over (Berkurang), or on one line)
            }

            named++;
            first = first < 0 ? i : first;
            sipd |= column % 5 == Ppn || (column % 5 == Volume && cell.StartsWith("Koefisien", StringComparison.OrdinalIgnoreCase));
            group += column % 5 == Jumlah && column < Selisih ? 1 : 0;
        }

        int shift = first == 0 ? 2 : 0;
        for (int column = Selisih; column <= Penjelasan; column++)
        {
            index[column] = found[column] >= 0 ? found[column] + shift : index[column];
        }

        if (group >= 2 && sipd && named >= 6)
        {
            int last = -1;
            for (int column = 0; column < Selisih; column++)
            {
                index[column] = found[column] >= 0 ? found[column] + shift : -1;
                last = Math.Max(last, index[column]);
            }

            index[Selisih] = index[Selisih] >= 0 && index[Selisih] <= last ? last + 1 : index[Selisih];
            koefisien = header.Text.Contains("Koefisien", StringComparison.OrdinalIgnoreCase);
            Known = true;
        }
    }

    /// <summary>Reads a tab row by the columns: the cells are put in the writer's order (kode, uraian, volume, satuan,
    /// harga satuan and jumlah before and after, the difference, the penjelasan) and read as
    /// <see cref="PerubahanRincianRow.TryReadCells"/> does; the koefisien and the PPN of each group are kept as
    /// <see cref="SipdRincianRow"/> keeps them.</summary>
    /// <remarks>A detail row whose empty cells were dropped (a PDF's rows) and that prints one group and the
    /// difference only is a new line (the difference is the after group's jumlah) or a removed one (the difference is
    /// negative, <c>(1.110.000,00)</c> or <c>-1.110.000,00</c>): its cells are put back under that group's columns.</remarks>
    public bool TryRead(List<string> cells, int line, out RawRincianLine row)
    {
        cells = SpreadOneGroup(cells);
        canonical.Clear();
        canonical.Add(Cell(cells, 0));
        canonical.Add(Cell(cells, 1));
        ReadOnlySpan<int> order = [Volume, Satuan, Harga, Jumlah, 5 + Volume, 5 + Satuan, 5 + Harga, 5 + Jumlah, Selisih, Penjelasan];
        foreach (int column in order)
        {
            canonical.Add(Cell(cells, index[column]));
        }

        if (!PerubahanRincianRow.TryReadCells(canonical, line, out row))
        {
            return false;
        }

        if (row.VolumeText.Length > 0 || row.HargaSatuanText.Length > 0)
        {
            row = row with { Koefisien = koefisien && row.VolumeText.Length > 0, PpnText = Cell(cells, index[5 + Ppn]) };
        }

        if (row.Perubahan is { } before && (before.VolumeText.Length > 0 || before.HargaSatuanText.Length > 0))
        {
            row = row with { Perubahan = before with { Koefisien = koefisien && before.VolumeText.Length > 0, PpnText = Cell(cells, index[Ppn]) } };
        }

        return true;
    }

    /// <summary>Puts back under its group's columns a row that prints one group's cells and the difference, packed
    /// after its uraian with nothing between them (see <see cref="TryRead"/>); any other row is returned as it is.</summary>
    private List<string> SpreadOneGroup(List<string> cells)
    {
        int width = KnownWidth(5);
        if (index[Selisih] < 0 || cells.Count != 2 + width + 1 || cells.Count > index[Selisih] || width != KnownWidth(0))
        {
            return cells;
        }

        for (int i = 2; i < cells.Count; i++)
        {
            if (cells[i].Length == 0)
            {
                return cells;
            }
        }

        string difference = cells[^1];
        int offset = difference.StartsWith('(') || difference.StartsWith('-') ? 0 : 5;
        spread.Clear();
        spread.AddRange(cells.GetRange(0, 2));
        for (int i = 2; i <= index[Selisih]; i++)
        {
            spread.Add(string.Empty);
        }

        int next = 2;
        for (int column = offset; column < offset + 5; column++)
        {
            if (index[column] >= 0)
            {
                spread[index[column]] = cells[next++];
            }
        }

        spread[index[Selisih]] = difference;
        return spread;
    }

    /// <summary>How many columns the header named in the group that starts at <paramref name="offset"/>.</summary>
    private int KnownWidth(int offset)
    {
        int width = 0;
        for (int column = offset; column < offset + 5; column++)
        {
            width += index[column] >= 0 ? 1 : 0;
        }

        return width;
    }

    /// <summary>The column a header cell names, in the group it stands in; -1 for none.</summary>
    private static int Column(ReadOnlySpan<char> cell, int group)
    {
        int offset = Math.Min(group, 2) * 5;
        if (Starts(cell, "Penjelasan") || Starts(cell, "Keterangan"))
        {
            return Penjelasan;
        }

        if (group >= 2 || Starts(cell, "Bertambah") || Starts(cell, "(Berkurang"))
        {
            return Starts(cell, "Bertambah") || Starts(cell, "(Berkurang") || Starts(cell, "(Rp") ? Selisih : -1;
        }

        return Starts(cell, "Koefisien") || Starts(cell, "Volume") ? offset + Volume
            : Starts(cell, "Satuan") ? offset + Satuan
            : Starts(cell, "Harga") ? offset + Harga
            : Starts(cell, "PPN") ? offset + Ppn
            : Starts(cell, "Jumlah") ? offset + Jumlah
            : -1;
    }

    private static bool Starts(ReadOnlySpan<char> cell, string word) => cell.StartsWith(word, StringComparison.OrdinalIgnoreCase);

    private static string Cell(List<string> cells, int i) => i >= 0 && i < cells.Count ? cells[i] : string.Empty;
}
