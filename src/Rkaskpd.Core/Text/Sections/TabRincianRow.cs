using System;
using System.Collections.Generic;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads one rincian row whose cells are apart by tabs or by runs of spaces (the seed's and the writer's
/// layout, SIMDA prints as PDF text): an optional kode rekening (one cell, parts in several cells, or leading the
/// uraian cell), the uraian, then volume, satuan, harga satuan and jumlah.</summary>
internal static class TabRincianRow
{
    /// <summary>Returns whether a line outside the table looks like a rincian rekening row: its first cell is a kode
    /// rekening with at least two parts and its last cell an amount.</summary>
    public static bool StartsWithRekeningRow(LineCells cells)
    {
        // Both readings of a code need the first cell to start with a digit or a dot: test that before making strings.
        if (cells.Count < 2 || cells.LengthOf(0) == 0 || !(char.IsAsciiDigit(cells[0][0]) || cells[0][0] == '.'))
        {
            return false;
        }

        string firstCell = cells.StringOf(0);
        string? code = RekeningCode(firstCell);
        if (code is null || !code.Contains('.', StringComparison.Ordinal))
        {
            SplitLeadingRekening(firstCell, out code, out _);
            if (code is null || !code.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return IsAmountLike(cells.StringOf(cells.Count - 1));
    }

    /// <summary>Splits a row's cells into a <see cref="RawRincianLine"/>: an optional kode rekening (one cell, parts
    /// in several cells, or leading the <c>uraian</c> cell), the <c>uraian</c>, then volume, satuan, harga satuan and
    /// jumlah (by position when exactly four cells follow the uraian, otherwise read from the right).</summary>
    public static bool TryRead(List<string> cells, int line, out RawRincianLine row)
    {
        row = null!;
        int i = 0;
        string? code = null;
        string? uraianLead = null;
        if (cells.Count > 0 && cells[0].Length > 0)
        {
            var parts = new List<string>();
            if (RekeningCode(cells[0]) is not null)
            {
                // One cell ("5.2.2.01.01", "5 2 2 01 01"), or SIMDA's code columns: "5", "2", "2", "01", "01".
                parts.Add(cells[0]);
                i = 1;
                bool split = IsDigits(cells[0]);
                while (split && i < cells.Count && i < 12
                    && (cells[i].Length == 0 || (cells[i].Length <= 4 && IsDigits(cells[i]))))
                {
                    if (cells[i].Length > 0)
                    {
                        parts.Add(cells[i]);
                    }

                    i++;
                }
            }

            if (parts.Count > 0)
            {
                code = RekeningCode(string.Join(' ', parts));
                if (code is null)
                {
                    return false;
                }
            }
            else
            {
                SplitLeadingRekening(cells[0], out code, out string rest);
                if (code is not null)
                {
                    uraianLead = rest;
                    i = 1;
                }
            }
        }

        while (uraianLead is null && i < cells.Count && cells[i].Length == 0)
        {
            i++;
        }

        string uraian;
        if (uraianLead is not null)
        {
            uraian = uraianLead;
        }
        else if (i < cells.Count)
        {
            uraian = cells[i];
            i++;
        }
        else
        {
            uraian = string.Empty;
        }

        if (code is null && uraian.Length == 0)
        {
            return false;
        }

        List<string> rest2 = cells.GetRange(i, cells.Count - i);
        for (int r = rest2.Count - 2; r >= 0; r--)
        {
            if (IsRpCell(rest2[r]) && IsAmountLike(rest2[r + 1]))
            {
                rest2.RemoveAt(r); // a sheet's "Rp" in a cell of its own left of the amount (Rp | 600.000)
            }
        }

        string volume = string.Empty, satuan = string.Empty, harga = string.Empty, jumlah = string.Empty;
        if (rest2.Count == 4)
        {
            (volume, satuan, harga, jumlah) = (rest2[0], rest2[1], rest2[2], rest2[3]);
        }
        else
        {
            var values = new List<string> { uraian };
            foreach (string cell in rest2)
            {
                if (cell.Length > 0)
                {
                    values.Add(cell);
                }
            }

            int j = values.Count - 1;
            if (j >= 1 && IsAmountLike(values[j]))
            {
                jumlah = values[j--];
                if (j >= 1 && IsAmountLike(values[j]))
                {
                    harga = values[j--];
                    if (j >= 1 && RincianVolume.TryParse(values[j], out _) && !HasLetter(values[j]))
                    {
                        volume = values[j--];
                    }
                    else if (j >= 1)
                    {
                        satuan = values[j--];
                        if (j >= 1 && RincianVolume.TryParse(values[j], out _))
                        {
                            volume = values[j--];
                        }
                        else if (SplitVolumeAndUnit(satuan, out string v, out string u))
                        {
                            (volume, satuan) = (v, u);
                        }
                    }
                }
            }

            uraian = string.Join(' ', values.GetRange(0, j + 1));
        }

        row = new RawRincianLine(line, code, uraian, volume, satuan, harga, jumlah);
        return true;
    }

    private static bool IsRpCell(string cell) =>
        cell.Trim() is { Length: >= 2 and <= 3 } rp && rp.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) && (rp.Length == 2 || rp[2] == '.');

    /// <summary>Returns the kode rekening of a cell made only of digit groups separated by dots or spaces
    /// (<c>5.2.2.01.01</c>, <c>5 2 2 01 01</c>, <c>5 . 2</c>), the groups joined by dots; a code starts with one
    /// digit. Null for anything else.</summary>
    public static string? RekeningCode(string cell)
    {
        var groups = new List<string>();
        int i = 0;
        while (i < cell.Length)
        {
            char c = cell[i];
            if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < cell.Length && char.IsAsciiDigit(cell[i]))
                {
                    i++;
                }

                if (i - start > 4)
                {
                    return null;
                }

                groups.Add(cell[start..i]);
            }
            else if (c == '.' || RawLabels.IsSpace(c))
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        // One group alone is an akun (level 1): 4 pendapatan, 5 belanja, 6 pembiayaan; not a row number "1". Groups of
        // three digits after the first are thousands ("9.000.000", a jumlah in its own cell), never a code's parts.
        bool valid = groups.Count > 1
            ? groups[0].Length == 1 && !AllThousands(groups)
            : groups.Count == 1 && groups[0] is "4" or "5" or "6";
        return valid ? string.Join('.', groups) : null;
    }

    /// <summary>Whether every group after the first has three digits: thousands, not a code's parts.</summary>
    private static bool AllThousands(List<string> groups)
    {
        for (int i = 1; i < groups.Count; i++)
        {
            if (groups[i].Length != 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits a cell written <c>5.2.2.01.01 Belanja Alat Tulis Kantor</c> into its code (with a dot, or at
    /// least two single-spaced parts) and the rest.</summary>
    private static void SplitLeadingRekening(string cell, out string? code, out string rest)
    {
        code = null;
        rest = cell;
        int i = 0;
        int end = 0;
        int tokens = 0;
        bool dot = false;
        while (i < cell.Length)
        {
            int start = i;
            while (i < cell.Length && (char.IsAsciiDigit(cell[i]) || cell[i] == '.'))
            {
                i++;
            }

            if (i == start || (i < cell.Length && !RawLabels.IsSpace(cell[i])))
            {
                break;
            }

            dot |= cell.AsSpan(start, i - start).Contains('.');
            tokens++;
            end = i;
            while (i < cell.Length && RawLabels.IsSpace(cell[i]))
            {
                i++;
            }
        }

        if (end == 0 || end == cell.Length || !(dot || tokens >= 2) || RekeningCode(cell[..end]) is not string found)
        {
            return;
        }

        code = found;
        rest = StripDash(cell[end..].Trim());
    }

    /// <summary>Splits a cell <c>10 rim</c> into its volume and its unit.</summary>
    private static bool SplitVolumeAndUnit(string cell, out string volume, out string unit)
    {
        volume = unit = string.Empty;
        int i = 0;
        while (i < cell.Length && (char.IsAsciiDigit(cell[i]) || cell[i] is '.' or ','))
        {
            i++;
        }

        if (i == 0 || i == cell.Length || !RawLabels.IsSpace(cell[i]))
        {
            return false;
        }

        volume = cell[..i];
        unit = cell[i..].Trim();
        return unit.Length > 0 && char.IsLetter(unit[0]) && !unit.StartsWith("x ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns where a second row starts in <paramref name="cells"/> when one line holds two printed rows (the
    /// OCR of a scanned table merges a row with the next: <c>... 25.000,00 2.500.000,00 | | 5.2.2.11 | Belanja ...</c>):
    /// a kode rekening of two parts or more after an empty cell, the last cell before that empty one an amount; or
    /// -1.</summary>
    public static int SecondRowStart(List<string> cells)
    {
        for (int k = 3; k < cells.Count; k++)
        {
            if (cells[k - 1].Length != 0 || cells[k].Length == 0 || !char.IsAsciiDigit(cells[k][0])
                || RekeningCode(cells[k]) is not { } code || !code.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            int before = k - 2;
            while (before > 0 && cells[before].Length == 0)
            {
                before--;
            }

            if (before > 0 && IsAmountLike(cells[before]))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsAmountLike(string cell)
    {
        if (cell.Length == 0)
        {
            return false;
        }

        return Rupiah.ParseDetailed(cell, RupiahStyles.Default).Success || Rupiah.ParseDetailed(cell, RupiahStyles.Any).Success;
    }
}
