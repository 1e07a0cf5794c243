using System;
using System.Collections.Generic;
using Rkaskpd.Forms;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads one row of a perubahan (amended budget) rincian table: the Sebelum Perubahan cells (volume, satuan,
/// harga satuan, jumlah), the Setelah Perubahan cells, the <c>Bertambah/(Berkurang)</c> difference and a
/// <c>penjelasan</c> (explanation). Tab rows are read by position after the kode rekening and uraian cells (the
/// writer's layout); flattened rows (single spaces) from the right, a rekening row as three amounts (before, after,
/// difference) and a detail row as two groups of volume, satuan, optional harga satuan and jumlah before the
/// difference.</summary>
/// <remarks>Single spaces make some flattened rows ambiguous (a harga satuan may be missing on either side, the
/// difference may be missing): every reading the row allows is tried, and the first whose numbers agree (volume ×
/// harga = jumlah on both sides, after − before = difference) wins; when none agrees, the first reading that fits.
/// Trailing words after the numbers are the penjelasan. A row that fits no reading is left to
/// <see cref="FlatRincianRow"/>, which keeps its numbers in the uraian as written.</remarks>
internal static class PerubahanRincianRow
{
    private const int PositionalCells = 10;

    /// <summary>Reads a tab row: <c>kode</c>, <c>uraian</c>, then volume, satuan, harga satuan and jumlah before,
    /// the same after, the difference and the penjelasan (trailing empty cells may be missing).</summary>
    public static bool TryReadCells(List<string> cells, int line, out RawRincianLine row)
    {
        row = null!;
        if (cells.Count < 3 || cells.Count > 2 + PositionalCells
            || !TabRincianRow.TryRead(cells.GetRange(0, 2), line, out RawRincianLine head)
            || !head.HasNoCells)
        {
            return false;
        }

        if (cells.Count < 2 + PositionalCells && cells.FindIndex(2, IsVolumeAndSatuan) >= 0)
        {
            // A print that set the volume and the satuan one space apart ("12 OB") gives both in one cell, in each group.
            var split = new List<string>(cells.Count + 2);
            for (int i = 0; i < cells.Count; i++)
            {
                int space = cells[i].IndexOf(' ', StringComparison.Ordinal);
                if (i >= 2 && i + 1 < cells.Count && IsMoney(cells[i + 1]) && IsVolumeAndSatuan(cells[i]))
                {
                    split.Add(cells[i][..space]);
                    split.Add(cells[i][(space + 1)..].Trim());
                }
                else
                {
                    split.Add(cells[i]);
                }
            }

            cells = split;
        }

        if (cells.Count == 2 + PositionalCells - 1 && RincianVolume.TryParse(cells[2], out _) && IsMoney(cells[3]) && IsMoney(cells[4])
            && !ScanText.HasLetter(cells[5]) && ScanText.HasLetter(cells[6]))
        {
            // The before group of a line new in the perubahan prints its volume 0 without a satuan ("0  0,00  0,00"),
            // and a PDF's row drops the empty cell: the satuan goes back in its place.
            cells = [.. cells.GetRange(0, 3), string.Empty, .. cells.GetRange(3, cells.Count - 3)];
        }

        bool any = false, before = false;
        for (int i = 2; i < cells.Count; i++)
        {
            any |= cells[i].Length > 0;
            before |= cells[i].Length > 0 && i is < 6 or >= 10;
        }

        if (!any)
        {
            return false;
        }

        row = head with
        {
            VolumeText = Cell(cells, 6),
            Satuan = Cell(cells, 7),
            HargaSatuanText = Cell(cells, 8),
            JumlahText = Cell(cells, 9),
            Perubahan = before
                ? new RawRincianPerubahan(Cell(cells, 2), Cell(cells, 3), Cell(cells, 4), Cell(cells, 5), Cell(cells, 10), Cell(cells, 11))
                : null,
        };
        return true;
    }

    /// <summary>Whether a cell is a volume and a satuan of one word (<c>12 OB</c>, <c>2.400 botol</c>).</summary>
    private static bool IsVolumeAndSatuan(string cell)
    {
        int space = cell.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !RincianVolume.TryParse(cell[..space], out _))
        {
            return false;
        }

        ReadOnlySpan<char> satuan = cell.AsSpan(space + 1).Trim();
        foreach (char c in satuan)
        {
            if (!char.IsLetter(c) && c != '/' && c != '.')
            {
                return false;
            }
        }

        return satuan.Length is > 0 and <= 12;
    }

    /// <summary>Reads a tab row that prints three amounts right after its uraian and nothing else: a rekening, group
    /// or total row whose empty cells were dropped (a PDF's rows, a copy from a viewer), read as the jumlah before,
    /// the jumlah after and the difference, as the columns print them. A total row's label repeated under the after
    /// group (<c>Jumlah Total | 12.600.000,00 | Jumlah Total | 14.850.000,00 | 2.250.000,00</c>) is passed over.</summary>
    /// <remarks>A row whose cells keep their columns has empty cells between its amounts, and a row in the writer's
    /// order has a satuan (never an amount) third: neither is read here.</remarks>
    public static bool TryReadAmounts(List<string> cells, int line, out RawRincianLine row)
    {
        row = null!;
        if (cells.Count > 3 && cells[0].Length == 0 && cells[1].Length == 0 && cells[2].Length > 0 && !IsMoney(cells[2]))
        {
            cells = [string.Empty, .. cells.GetRange(2, cells.Count - 2)]; // a total row's label set right of the uraian column
        }

        int end = cells.Count;
        while (end > 0 && cells[end - 1].Length == 0)
        {
            end--;
        }

        // The kode rekening cell (empty on a group or detail row) comes first, unless the first cell is the uraian.
        int head = cells.Count > 0 && (cells[0].Length == 0 || TabRincianRow.RekeningCode(cells[0]) is not null) ? 2 : 1;
        if (head == 1 && end > 1 && RincianUraian.IsTotalLabel(cells[0]) && cells.GetRange(1, end - 1).Contains(string.Empty))
        {
            // The table's total row, its label spanning the columns up to the first jumlah and an empty cell spanning
            // the after group's rincian perhitungan (a web page's colspans): its amounts in order, the gaps left out.
            cells = [cells[0], .. cells.GetRange(1, end - 1).FindAll(static c => c.Length > 0)];
            end = cells.Count;
        }
        if (end - head < 3 || end - head > 4)
        {
            return false;
        }

        Span<int> amounts = stackalloc int[3];
        int count = 0;
        string percent = string.Empty;
        for (int i = head; i < end; i++)
        {
            if (count < 3 && cells[i].Length > 0 && IsMoney(cells[i]))
            {
                amounts[count++] = i;
            }
            else if (count == 3 && i == end - 1 && IsDifferencePercent(cells[amounts[0]], cells[amounts[1]], cells[amounts[2]], cells[i]))
            {
                percent = cells[i]; // SIMDA's Bertambah/(Berkurang) in % after the one in Rp, kept as the penjelasan
            }
            else if (!cells[i].Equals(cells[head - 1], StringComparison.Ordinal) || count != 1)
            {
                return false; // only the label, once, between the before and after amounts
            }
        }

        if (count < 3 || !TabRincianRow.TryRead(cells.GetRange(0, head), line, out RawRincianLine named)
            || !named.HasNoCells)
        {
            return false;
        }

        row = named with
        {
            JumlahText = cells[amounts[1]],
            Perubahan = new RawRincianPerubahan(string.Empty, string.Empty, string.Empty, cells[amounts[0]], cells[amounts[2]], percent),
        };
        return true;
    }

    /// <summary>Whether <paramref name="percent"/> is the difference in percent of the before amount that a SIMDA DPPA
    /// prints after the difference in rupiah (<c>20,38</c>, <c>(40,00)</c>, <c>100,00</c> for a new line): the
    /// difference is after − before, and the percent is that difference over before, to a hundredth.</summary>
    private static bool IsDifferencePercent(string before, string after, string difference, string percent)
    {
        if (!PerubahanValue.TryAmount(before, out Rupiah b) || !PerubahanValue.TryAmount(after, out Rupiah a)
            || !PerubahanValue.TryAmount(difference, out Rupiah d) || a - b != d || !PerubahanValue.TryAmount(percent, out Rupiah p))
        {
            return false;
        }

        decimal expected = b.Amount == 0 ? (a.Amount == 0 ? 0m : 100m) : Math.Round(d.Amount * 100m / b.Amount, 2, MidpointRounding.AwayFromZero);
        return Math.Abs(expected - p.Amount) <= 0.01m;
    }

    /// <summary>Reads a flattened row; false when it fits no perubahan reading.</summary>
    public static bool TryReadFlat(string text, int line, out RawRincianLine row)
    {
        row = null!;
        string[] tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = FlatRincianRow.ReadCode(tokens, out string? code);
        int end = tokens.Length;
        while (end > first && !IsMoney(tokens[end - 1]))
        {
            end--;
        }

        if (end - first < 3)
        {
            return false;
        }

        bool explained = end < tokens.Length;
        Reading? chosen = null;
        foreach (Shape shape in Shapes)
        {
            if ((explained && !shape.Selisih) || !TryMatch(tokens, first, end, shape, out Reading reading))
            {
                continue;
            }

            if (reading.Agrees())
            {
                chosen = reading;
                break;
            }

            chosen ??= reading;
        }

        if (chosen is not { } r)
        {
            return false;
        }

        string uraian = string.Join(' ', tokens, first, r.Start - first);
        uraian = code is not null ? StripDash(uraian) : uraian;
        string penjelasan = string.Join(' ', tokens, end, tokens.Length - end);
        row = new RawRincianLine(line, code, uraian, r.Volume2, r.Satuan2, r.Harga2, r.Jumlah2)
        {
            Perubahan = new RawRincianPerubahan(r.Volume1, r.Satuan1, r.Harga1, r.Jumlah1, r.Selisih, penjelasan),
        };
        return true;
    }

    /// <summary>The readings tried, in order of preference: detail rows (harga on both sides, after only, before only,
    /// neither), then rekening rows; each with the difference, then without it.</summary>
    private static readonly Shape[] Shapes =
    [
        new(true, true, true, true), new(true, true, true, false), new(true, true, false, true), new(true, true, false, false),
        new(false, true, true, true), new(false, true, true, false), new(false, true, false, true), new(false, true, false, false),
        new(true, false, false, false), new(false, false, false, false),
    ];

    private static bool TryMatch(string[] tokens, int first, int end, Shape shape, out Reading reading)
    {
        reading = default;
        int i = end;
        string selisih = string.Empty, h1 = string.Empty, h2 = string.Empty;
        string v1 = string.Empty, s1 = string.Empty, v2 = string.Empty, s2 = string.Empty;
        if (shape.Selisih && !Take(tokens, first, ref i, out selisih))
        {
            return false;
        }

        if (!Take(tokens, first, ref i, out string j2)
            || (shape.Detail && !Group(tokens, first, ref i, shape.Harga2, out v2, out s2, out h2))
            || !Take(tokens, first, ref i, out string j1)
            || (shape.Detail && !Group(tokens, first, ref i, shape.Harga1, out v1, out s1, out h1)))
        {
            return false;
        }

        if (!HasLetter(tokens, first, i) || (i > first && IsMoney(tokens[i - 1])))
        {
            return false; // no uraian, or a number left in it: the reading does not use every number
        }

        reading = new Reading(i, v1, s1, h1, j1, v2, s2, h2, j2, selisih);
        return true;
    }

    /// <summary>Takes the harga satuan (when <paramref name="harga"/>), satuan and volume before a jumlah.</summary>
    private static bool Group(string[] tokens, int first, ref int i, bool harga, out string volume, out string satuan, out string price)
    {
        volume = satuan = price = string.Empty;
        if (harga && !Take(tokens, first, ref i, out price))
        {
            return false;
        }

        if (i - 2 < first || !FlatRincianRow.IsUnit(tokens[i - 1]) || !FlatRincianRow.IsVolume(tokens[i - 2]))
        {
            return false;
        }

        satuan = tokens[i - 1];
        volume = tokens[i - 2];
        i -= 2;
        return true;
    }

    /// <summary>Takes an amount (or <c>-</c>, nil) that ends before <paramref name="i"/>, with its <c>Rp</c>.</summary>
    private static bool Take(string[] tokens, int first, ref int i, out string amount)
    {
        amount = string.Empty;
        if (i - 1 < first || !IsMoney(tokens[i - 1]))
        {
            return false;
        }

        bool rp = i - 2 >= first && (tokens[i - 2].Equals("Rp", StringComparison.OrdinalIgnoreCase)
            || tokens[i - 2].Equals("Rp.", StringComparison.OrdinalIgnoreCase));
        amount = rp ? tokens[i - 2] + " " + tokens[i - 1] : tokens[i - 1];
        i -= rp ? 2 : 1;
        return true;
    }

    /// <summary>Returns whether a token is written as money: <c>-</c> (nil), <c>Rp</c> glued to an amount, or an
    /// amount with a separator (<c>25,000,000</c>, <c>0.00</c>, <c>500.000,00</c>); a bare <c>2019</c> is none.</summary>
    private static bool IsMoney(string token)
    {
        if (token is "-" or "\u2013")
        {
            return true;
        }

        bool rp = token.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) && token.Length > 3;
        bool separated = token.Contains('.', StringComparison.Ordinal) || token.Contains(',', StringComparison.Ordinal);
        bool ends = char.IsAsciiDigit(token[^1]) || token[^1] == ')' || token.EndsWith(",-", StringComparison.Ordinal);
        return (rp || separated) && ends && PerubahanValue.TryAmount(token, out _);
    }

    private static bool HasLetter(string[] tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            foreach (char c in tokens[t])
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Maps a raw row's before cells and difference onto the model; unreadable cells are reported
    /// (<c>RKA503</c>) and left null.</summary>
    /// <param name="row">The raw row; its <see cref="RawRincianLine.Perubahan"/> is not null.</param>
    /// <param name="path">The line's model path, e.g. <c>rincian[3]</c>.</param>
    /// <param name="note">Reports a finding: line, code, message, model path.</param>
    public static RincianPerubahan Map(RawRincianLine row, string path, Action<int, string, string, string> note)
    {
        RawRincianPerubahan cells = row.Perubahan!;
        decimal? volume = null;
        if (cells.VolumeText.Length > 0)
        {
            if (PerubahanValue.TryVolume(cells.VolumeText, out decimal value))
            {
                volume = value;
            }
            else
            {
                note(row.Line, TextReaderMessages.RincianCellUnreadable,
                    TextReaderMessages.RincianCell("volume", cells.VolumeText, row.Uraian, "a number"), path + ".perubahan.volumeSebelum");
            }
        }

        return new RincianPerubahan
        {
            VolumeSebelum = volume,
            SatuanSebelum = cells.Satuan.Length > 0 ? cells.Satuan : null,
            HargaSatuanSebelum = Amount(row, cells.HargaSatuanText, "harga satuan", path + ".perubahan.hargaSatuanSebelum", note),
            JumlahSebelum = Amount(row, cells.JumlahText, "jumlah", path + ".perubahan.jumlahSebelum", note),
            Selisih = Amount(row, cells.SelisihText, "bertambah/(berkurang)", path + ".perubahan.selisih", note),
            Penjelasan = cells.Penjelasan.Length > 0 ? cells.Penjelasan : null,
            KoefisienSebelum = cells.Koefisien && RincianVolume.IsKoefisien(cells.VolumeText) ? cells.VolumeText : null,
            PpnSebelum = SipdRincianRow.Rate(cells.PpnText),
        };
    }

    private static Rupiah? Amount(RawRincianLine row, string text, string cell, string path, Action<int, string, string, string> note)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (PerubahanValue.TryAmount(text, out Rupiah value))
        {
            return value;
        }

        note(row.Line, TextReaderMessages.RincianCellUnreadable, TextReaderMessages.RincianCell(cell, text, row.Uraian, "an amount"), path);
        return null;
    }

    private static string Cell(List<string> cells, int index) => index < cells.Count ? cells[index] : string.Empty;

    /// <summary>One reading's shape: whether it has the difference, is a detail row, and has each harga satuan.</summary>
    private readonly record struct Shape(bool Selisih, bool Detail, bool Harga2, bool Harga1);

    /// <summary>One reading of a flattened row: where its uraian ends, and the cells before and after.</summary>
    private readonly record struct Reading(
        int Start, string Volume1, string Satuan1, string Harga1, string Jumlah1,
        string Volume2, string Satuan2, string Harga2, string Jumlah2, string Selisih)
    {
        /// <summary>Whether the numbers agree: volume × harga = jumlah on each side, after − before = difference.</summary>
        public bool Agrees() =>
            SideAgrees(Volume1, Harga1, Jumlah1) && SideAgrees(Volume2, Harga2, Jumlah2)
            && (Selisih.Length == 0
                || (PerubahanValue.TryAmount(Jumlah1, out Rupiah before) && PerubahanValue.TryAmount(Jumlah2, out Rupiah after)
                    && PerubahanValue.TryAmount(Selisih, out Rupiah difference) && after - before == difference));

        private static bool SideAgrees(string volume, string harga, string jumlah)
        {
            if (volume.Length == 0 || harga.Length == 0)
            {
                return true;
            }

            if (!PerubahanValue.TryVolume(volume, out decimal v) || !PerubahanValue.TryAmount(harga, out Rupiah h)
                || !PerubahanValue.TryAmount(jumlah, out Rupiah j))
            {
                return false;
            }

            try
            {
                return h.Multiply(v, MidpointRounding.AwayFromZero) == j;
            }
            catch (OverflowException)
            {
                return false;
            }
        }
    }
}
