using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// The rows of a rincian table whose cells are blocks of lines with blank lines between (plain <c>pdftotext</c> of
/// Word's Save as PDF or of a Crystal Reports print; see <see cref="RincianCells"/>, which reads the header): a cell is
/// a block, its lines joined by spaces (a wrapped uraian), except that each amount line is a cell of its own; blank
/// lines between the blocks neither end a row nor the table, and the table ends at the first block that starts no row.
/// </summary>
internal static class RincianBlocks
{
    private const int MaxRowCells = 8;

    /// <summary>The characters of a volume written alone: digits and the separators.</summary>
    private static readonly System.Buffers.SearchValues<char> VolumeCharacters = System.Buffers.SearchValues.Create("0123456789.,");

    /// <summary>Joins one row at the window's head: from a kode rekening or a text block to the amount that no other
    /// amount follows, passing over the blank lines between the blocks. An uraian that another text block follows
    /// stands alone (a group heading, a rekening printed without its jumlah) when a row comes after it.</summary>
    public static int TryRow(LayoutWindow w)
    {
        var cells = new List<string>(6);
        Kind kind = Parse(w, 0, cells, out int end);
        if (kind is Kind.Row or Kind.Alone && LacksJumlah(cells, kind))
        {
            int deferred = TryDeferredJumlah(w, cells, end);
            if (deferred != LayoutWindow.NotMine)
            {
                return deferred;
            }
        }

        if (kind == Kind.Alone)
        {
            var next = new List<string>(6);
            int from = end;
            for (int depth = 0; depth < 3 && kind == Kind.Alone; depth++)
            {
                kind = Parse(w, from, next, out from);
            }

            kind = kind == Kind.Row ? Kind.Alone : kind == Kind.NeedMore ? Kind.NeedMore : Kind.None;
        }

        switch (kind)
        {
            case Kind.NeedMore:
                return LayoutWindow.NeedMore;
            case Kind.None:
                return LayoutWindow.NotMine; // not a row of this table: the table has ended
            default:
                w.Emit(w[0].Line, (RincianCells.IsCode(cells[0]) ? string.Empty : "\t") + string.Join('\t', cells));
                return end;
        }
    }

    /// <summary>Reads the blocks of one row from <paramref name="start"/> into <paramref name="cells"/>.</summary>
    /// <returns>What the blocks are: a row ending in its amount, an uraian standing alone (with its kode, if any), no
    /// row, or a row that needs lines not in the window yet.</returns>
    public static Kind Parse(LayoutWindow w, int start, List<string> cells, out int end)
    {
        cells.Clear();
        end = start;
        int k = start;
        while (cells.Count < MaxRowCells)
        {
            k = w.NextNonBlank(k);
            if (k < 0)
            {
                if (!w.Final)
                {
                    return Kind.NeedMore;
                }

                break;
            }

            string text = w[k].Text.Trim();
            if ((text.Contains(':', StringComparison.Ordinal) && !(cells.Count > 0 && RincianCells.IsSpesifikasi(text)))
                || text.Contains('\t', StringComparison.Ordinal)
                || (cells.Count > 0 && ((RincianCells.IsCode(text) && text.Contains('.', StringComparison.Ordinal))
                    || Sections.ClosingBlock.IsPageFooter(text, indented: true))))
            {
                break;
            }

            bool textBlock = !RincianCells.IsAmount(text) && !RincianCells.IsCode(text);
            if (textBlock && IsUraianOnly(cells) && !char.IsAsciiDigit(text[0]))
            {
                break; // a text block right after the uraian, which no volume ("12", "12 OB") follows: the uraian stands alone
            }

            k++;
            if (textBlock)
            {
                // A text block: its lines, up to a blank line, an amount or a kode rekening (the next row's, which
                // pdftotext may write right under a wrapped uraian's last line), are one cell. MuPDF writes a row's
                // cells one a line in one block: a koefisien (12 Rim) under the uraian starts a cell, and the line
                // under a koefisien is the satuan unless it goes on with the koefisien's factors.
                bool koefisien = IsKoefisienStart(text);
                while (k < w.Count && !w[k].Is(LineShape.Blank) && w[k].Text.Trim() is { } line && !RincianCells.IsAmount(line)
                    && (!line.Contains(':', StringComparison.Ordinal) || RincianCells.IsSpesifikasi(line)) && !IsDottedCode(line)
                    && (koefisien ? ContinuesKoefisien(text, line) : !IsKoefisienStart(line) && !IsVolume(w, k, line)))
                {
                    text = string.Concat(text, " ", line);
                    k++;
                }

                if (k >= w.Count && !w.Final)
                {
                    return Kind.NeedMore;
                }

                int space = text.IndexOf(' ', StringComparison.Ordinal);
                if (cells.Count == 0 && space > 0 && RincianCells.IsCode(text[..space]) && text.Contains('.', StringComparison.Ordinal))
                {
                    // A row kept on one line by the converter: "5.2.2.11.02 Belanja Makanan dan Minuman Rapat".
                    cells.Add(text[..space]);
                    text = text[(space + 1)..].TrimStart();
                }
            }

            cells.Add(text);
            end = k;
            if (RincianCells.IsAmount(text) && cells.Count > 1)
            {
                int next = w.NextNonBlank(k);
                if (next < 0 && !w.Final)
                {
                    return Kind.NeedMore;
                }

                if (next < 0 || !RincianCells.IsAmount(w[next].Text.Trim()))
                {
                    if (next == k && !RincianCells.IsCode(cells[0]) && !text.Contains(',', StringComparison.Ordinal))
                    {
                        if (next + 1 >= w.Count && !w.Final)
                        {
                            return Kind.NeedMore;
                        }

                        if (RincianCells.IsVolumeBeforeSatuan(w, next, text))
                        {
                            continue; // a volume with a thousands separator over its satuan (4.000 / lbr / 250,00)
                        }
                    }

                    return Kind.Row;
                }
            }
        }

        return cells.Count >= 2 && RincianCells.IsAmount(cells[^1]) ? Kind.Row : IsUraianOnly(cells) ? Kind.Alone : Kind.None;
    }

    /// <summary>Reads rows whose jumlah plain <c>pdftotext</c> wrote further down (it may read a stretch of the table
    /// column by column): from the window's head, rows that lack their jumlah (<paramref name="first"/>: a detail row
    /// ending in its harga, a kode rekening row without an amount), then a row ending in more amounts than its own
    /// (<c>420.000,00</c> / <c>570.000,00</c> / <c>1.462.500,00</c> after a rekening's uraian). When the amounts beyond
    /// its own are as many as the rows before it, they are those rows' jumlahs in order (the column read downward,
    /// after the row's own harga and before its own jumlah); when they are not, the rows before it are written as they
    /// are; when no row ends the run, <see cref="LayoutWindow.NotMine"/>.</summary>
    private static int TryDeferredJumlah(LayoutWindow w, List<string> first, int end)
    {
        const int MaxPending = 8;
        var pending = new List<(int Line, List<string> Cells)>(4) { (w[w.NextNonBlank(0)].Line, new List<string>(first)) };
        int from = end;
        while (pending.Count <= MaxPending)
        {
            int start = w.NextNonBlank(from);
            var cells = new List<string>(6);
            Kind kind = Parse(w, from, cells, out int next);
            if (kind == Kind.NeedMore)
            {
                return LayoutWindow.NeedMore;
            }

            if (kind is not (Kind.Row or Kind.Alone))
            {
                return LayoutWindow.NotMine;
            }

            if (LacksJumlah(cells, kind))
            {
                pending.Add((w[start].Line, cells));
                from = next;
                continue;
            }

            if (kind != Kind.Row)
            {
                return LayoutWindow.NotMine;
            }

            int amounts = TrailingAmounts(cells);
            int before = cells.Count - amounts;
            int own = before <= 1 || (before == 2 && RincianCells.IsCode(cells[0])) ? 1 : 2; // a jumlah, or a harga and a jumlah
            int deferred = before + own - 1; // the first of the pending rows' jumlahs
            bool matches = amounts - own == pending.Count;
            for (int i = 0; matches && i < pending.Count; i++)
            {
                matches = Agrees(pending[i].Cells, cells[deferred + i]);
            }
            for (int i = 0; i < pending.Count; i++)
            {
                // Unmatched, the rows are written as they are, all of them: a later one is not tried again with the
                // amounts that the rows above it lack too.
                List<string> row = pending[i].Cells;
                if (matches)
                {
                    row.Add(cells[deferred + i]);
                }

                Emit(w, pending[i].Line, row);
            }

            if (!matches)
            {
                return from;
            }

            cells.RemoveRange(deferred, pending.Count);
            Emit(w, w[start].Line, cells);
            return next;
        }

        return LayoutWindow.NotMine;
    }

    /// <summary>Whether an amount can be a pending row's jumlah: a detail row's volume times its harga, where both read
    /// (a kode rekening row has nothing to compare).</summary>
    private static bool Agrees(List<string> row, string jumlah)
    {
        if (RincianCells.IsCode(row[0]) || !Rupiah.TryParse(row[^1], out Rupiah harga) || !Rupiah.TryParse(jumlah, out Rupiah amount))
        {
            return true;
        }

        string volumeText = row[1].Split(' ', 2)[0];
        if (!Rupiah.TryParse(volumeText, out Rupiah volume))
        {
            return true;
        }

        try
        {
            return volume.Amount * harga.Amount == amount.Amount;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static void Emit(LayoutWindow w, int line, List<string> cells) =>
        w.Emit(line, (RincianCells.IsCode(cells[0]) ? string.Empty : "\t") + string.Join('\t', cells));

    /// <summary>Whether a row's cells lack its jumlah: a kode rekening and its uraian alone, or a detail row (no kode)
    /// whose volume and satuan (one cell or two) one amount alone follows, its harga.</summary>
    private static bool LacksJumlah(List<string> cells, Kind kind)
    {
        if (kind == Kind.Alone)
        {
            return cells.Count == 2 && RincianCells.IsCode(cells[0]);
        }

        if (cells.Count < 3 || RincianCells.IsCode(cells[0]) || TrailingAmounts(cells) != 1)
        {
            return false;
        }

        string satuan = cells[^2];
        return char.IsAsciiDigit(satuan[0]) ? satuan.Contains(' ', StringComparison.Ordinal) && cells.Count == 3
            : cells.Count == 4 && char.IsAsciiDigit(cells[1][0]) && char.IsLetter(satuan[0]);
    }

    /// <summary>Whether a line starts a koefisien cell: a number, then a word (<c>15 Rim</c>, <c>45 Orang x 2 Kali</c>,
    /// <c>2.500 Lembar</c>); a wrapped uraian's end such as <c>06)</c>, a list item (<c>1. Honorarium</c>) or a year
    /// (<c>2025 Tingkat Kabupaten</c>) is none.</summary>
    private static bool IsKoefisienStart(string line)
    {
        int i = 0;
        int digits = 0;
        bool separated = false;
        while (i < line.Length && (char.IsAsciiDigit(line[i])
            || (i > 0 && line[i] is '.' or ',' && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]))))
        {
            separated |= !char.IsAsciiDigit(line[i]);
            digits += char.IsAsciiDigit(line[i]) ? 1 : 0;
            i++;
        }

        // A number of four digits or more without a separator is a year or a code in an uraian's wrapped line.
        return i > 0 && (digits < 4 || separated) && i + 1 < line.Length && line[i] == ' ' && char.IsLetter(line[i + 1]);
    }

    /// <summary>Whether line <paramref name="k"/> is a detail row's volume alone (<c>8</c>) over its satuan and an
    /// amount (a word processor's text export writes a row's cells one a line).</summary>
    private static bool IsVolume(LayoutWindow w, int k, string line) =>
        line.Length > 0 && char.IsAsciiDigit(line[0]) && !line.AsSpan().ContainsAnyExcept(VolumeCharacters)
        && RincianCells.IsVolumeBeforeSatuan(w, k + 1, line);

    /// <summary>Whether <paramref name="line"/> goes on with the koefisien <paramref name="text"/> wrapped in its cell
    /// (<c>3 Orang x 18</c> / <c>Puskesmas x 2 Kali</c>): the koefisien ends with a factor's <c>x</c> or number, or the
    /// line starts with <c>x</c>.</summary>
    private static bool ContinuesKoefisien(string text, string line) =>
        text.EndsWith(" x", StringComparison.OrdinalIgnoreCase) || char.IsAsciiDigit(text[^1])
        || line.StartsWith("x ", StringComparison.OrdinalIgnoreCase);

    private static bool IsDottedCode(string text) => RincianCells.IsCode(text) && text.Contains('.', StringComparison.Ordinal);

    private static int TrailingAmounts(List<string> cells)
    {
        int n = 0;
        while (n < cells.Count && RincianCells.IsAmount(cells[cells.Count - 1 - n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>Whether the cells read so far are an uraian alone, after its kode rekening or none.</summary>
    private static bool IsUraianOnly(List<string> cells) =>
        (cells.Count == 1 && !RincianCells.IsCode(cells[0]) && !RincianCells.IsAmount(cells[0]))
        || (cells.Count == 2 && RincianCells.IsCode(cells[0]) && !RincianCells.IsAmount(cells[1]) && !RincianCells.IsCode(cells[1]));

    /// <summary>What the blocks at a row's start are (<see cref="Parse"/>).</summary>
    public enum Kind
    {
        /// <summary>Not a row: the table has ended.</summary>
        None,

        /// <summary>A row ending in its amount.</summary>
        Row,

        /// <summary>An uraian alone, with its kode if any.</summary>
        Alone,

        /// <summary>The row needs lines not in the window yet.</summary>
        NeedMore,
    }
}
