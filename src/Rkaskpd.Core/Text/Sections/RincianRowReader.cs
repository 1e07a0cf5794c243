using System;
using System.Collections.Generic;
using static Rkaskpd.Text.Sections.RincianUraian;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads the <c>rincian anggaran belanja</c> table of a form, line by line, and owns its state (whether a
/// line may continue the row above, whether the table prints Sebelum and Sesudah columns). Tab and multi-space rows go
/// to <see cref="TabRincianRow"/>, flattened rows (single spaces) to <see cref="FlatRincianRow"/>; repeated titles,
/// header rows and column numbers are skipped; group headings are kept as lines with their uraian only; the total row
/// is kept apart and ends the table; carried totals at a page break (<see cref="CarriedTotal"/>) do not.</summary>
internal sealed class RincianRowReader
{
    private readonly NoteSink notes;
    private readonly List<string> rowCells = [];
    private readonly PerubahanRincianColumns perubahanColumns = new();
    private readonly CarriedTotal carriedTotal;
    private readonly Func<bool>? wholeRows;
    private bool continuable;
    private bool inHeading;
    private bool pageTitle;

    /// <summary>Whether the page's first row with a jumlah is still to come since a page break: plain pdftotext may
    /// write the repeated title's box (<c>Formulir</c>, <c>RKA - SKPD</c>, <c>2.2.1</c>) after the table's header and
    /// the first row's uraian, all of which it orders before the box.</summary>
    private bool titleMayFollow;

    /// <summary>The rows read when the page's first line was, while <see cref="titleMayFollow"/>; -1 before it.</summary>
    private int rowsAtPageTop = -1;
    private bool revised;
    private bool revisedNoted;
    private bool sebelumOnly;
    private bool sipdColumns;
    private bool sipdRowAfterBlank;
    private int flatRowLength;

    /// <summary>Initialises a reader that reports to <paramref name="notes"/>; <paramref name="wholeRows"/> when each
    /// table row of the text is one line (an HTML page's, whose cells keep their line breaks as spaces), so a row of
    /// an uraian alone is a group heading, never the wrapped end of the row above; asked as rows are read (a PDF
    /// converter's page, laid out by position, says no once its first run is read).</summary>
    public RincianRowReader(NoteSink notes, Func<bool>? wholeRows = null)
    {
        this.notes = notes;
        this.wholeRows = wholeRows;
        carriedTotal = new CarriedTotal(notes);
    }

    /// <summary>Gets whether the last line read was the table's total row, which ends the table.</summary>
    public bool EndedTable { get; private set; }

    /// <summary>Starts a table; <paramref name="beforeAndAfter"/> when the form prints Sebelum and Sesudah columns
    /// (then a row's numbers are kept in its uraian as written: one jumlah cannot be told from the others).</summary>
    public void Enter(RawFormBuilder current, bool beforeAndAfter)
    {
        continuable = false;
        inHeading = true;
        pageTitle = false;
        titleMayFollow = false;
        revised = beforeAndAfter || (current.RevisedEvidence is { } evidence && IsBeforeAndAfter(evidence.Text));
        revisedNoted = false;
        carriedTotal.Reset();
        sebelumOnly = !revised && SebelumHeadingBefore(current);
        sipdColumns = false;
        perubahanColumns.Reset();
        EndedTable = false;
    }

    /// <summary>A page ended (its footer was read): the next line continues no row's uraian, and the form's title
    /// repeated at the top of the new page is skipped up to the table's header.</summary>
    public void PageBreak()
    {
        continuable = false;
        pageTitle = true;
        titleMayFollow = true;
        rowsAtPageTop = -1;
    }

    /// <summary>Returns whether <paramref name="trimmed"/> is a line of the form's title repeated at the top of a new
    /// page (a page footer was read, no row since): it starts no new form, the table goes on after it. Until the page's
    /// first row with a jumlah, the lines of the title's box (<see cref="RepeatedPageTitle.IsTitleBox"/>) are still
    /// the repeated title wherever they come (<see cref="titleMayFollow"/>).</summary>
    public bool IsRepeatedPageTitle(RawFormBuilder current, string trimmed)
    {
        if (titleMayFollow)
        {
            if (rowsAtPageTop < 0)
            {
                rowsAtPageTop = current.Rincian.Count;
            }
            else if (current.Rincian.Count > rowsAtPageTop && current.Rincian[^1].JumlahText.Length > 0)
            {
                titleMayFollow = false;
            }
        }

        return pageTitle ? RepeatedPageTitle.Is(trimmed) : titleMayFollow && RepeatedPageTitle.IsTitleBox(trimmed);
    }

    /// <summary>Reads a line while the scanner is in the table: false, with the table not ended by a total row, when the
    /// line starts another part of the form (<see cref="SectionStarts.EndsRincian"/>); otherwise as
    /// <see cref="TryRead"/>.</summary>
    public bool TryContinue(RawFormBuilder current, LineCells split, string text, string trimmed, int line, bool wasBlank)
    {
        if (SectionStarts.EndsRincian(trimmed))
        {
            EndedTable = false;
            return false;
        }

        return TryRead(current, split, text, trimmed, line, wasBlank);
    }

    /// <summary>Reads one line of the table: a row, a header or column-number row, a total row (which ends the
    /// table: <see cref="EndedTable"/>) or a wrapped <c>uraian</c>. Returns false when the line is no row; the caller
    /// then reads it as a body line.</summary>
    /// <param name="current">The form.</param>
    /// <param name="split">The line's cells.</param>
    /// <param name="text">The cleaned line.</param>
    /// <param name="trimmed">The trimmed line.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="wasBlank">Whether a blank line came before.</param>
    public bool TryRead(RawFormBuilder current, LineCells split, string text, string trimmed, int line, bool wasBlank)
    {
        EndedTable = false;
        if ((pageTitle && RepeatedPageTitle.Is(trimmed)) || ((pageTitle || inHeading) && RincianHeadings.IsKegiatanCaption(trimmed)))
        {
            // The form's title atop a new page, or the table head's caption naming the kegiatan ("Kegiatan 1.02.01.2.02
            // Penyediaan ...", which a print repeats atop each page the table runs over).
            current.EndLine = line;
            return true;
        }

        bool pageTop = pageTitle;
        pageTitle = false;
        bool columnNumbers = RincianHeadings.IsColumnNumberRow(split);
        if (RincianHeadings.IsRincianTitle(trimmed) || RincianHeadings.IsRincianHeaderRow(split, requireKodeRekening: false) || columnNumbers
            || RincianHeadings.IsHeadingPhrase(trimmed)
            || ((inHeading || pageTop) && PerubahanAmountRow.Classify(trimmed) == PerubahanColumn.None
                && ((inHeading && (RincianHeadings.HasOnlyHeaderWords(split) || RincianHeadings.IsFlatColumnNumbers(trimmed, minimum: 1)
                    || StartsWithOrdinal(trimmed, "Menurut Program"))) || RincianHeadings.IsGarbledHeading(trimmed, inHeading))))
        {
            // A repeated title or header (a page break), a second header row, or the column numbers "1 2 3 4 5 6"; in
            // the heading, a line of one heading's words (a report printing each heading at its own height: "Uraian",
            // "Rekening (Rp)"), column numbers one a line (plain pdftotext: "1", "2", "6 = (3 x 5)"), the title's
            // second line (a perubahan column group's heading is read below, as it tells the table's columns); in the
            // heading or atop a page, a heading line an OCR garbled ("Rekenin Uraian (Rp)" / "g Volume | Satuan").
            inHeading = !columnNumbers;
            revised |= IsBeforeAndAfter(trimmed);
            sipdColumns |= HasPpnColumn(trimmed);
            perubahanColumns.Observe(split);
            continuable = false;
            current.EndLine = line;
            return true;
        }

        inHeading = false;
        if (split.Count == 1 && !text.Contains('\t', StringComparison.Ordinal))
        {
            return ReadFlat(current, trimmed, line, wasBlank);
        }

        rowCells.Clear();
        for (int i = 0; i < split.Count; i++)
        {
            rowCells.Add(split.StringOf(i));
        }

        int second = revised || sipdColumns || perubahanColumns.Known ? -1 : TabRincianRow.SecondRowStart(rowCells);
        if (second < 0)
        {
            return ReadRow(current, line, wasBlank);
        }

        // Two printed rows on one line (OCR merged them): each is read as the row it is, at the line's number.
        List<string> rest = rowCells.GetRange(second, rowCells.Count - second);
        rowCells.RemoveRange(second, rowCells.Count - second);
        while (rowCells.Count > 0 && rowCells[^1].Length == 0)
        {
            rowCells.RemoveAt(rowCells.Count - 1);
        }

        bool firstRead = ReadRow(current, line, wasBlank);
        rowCells.Clear();
        rowCells.AddRange(rest);
        return ReadRow(current, line, wasBlank: false) || firstRead;
    }

    /// <summary>Reads the row whose cells are in <see cref="rowCells"/> (see <see cref="TryRead"/>).</summary>
    private bool ReadRow(RawFormBuilder current, int line, bool wasBlank)
    {
        // A perubahan table whose header named SIPD's columns is read by where each cell stands.
        RawRincianLine row = null!;
        bool placed = (revised && PerubahanRincianRow.TryReadAmounts(rowCells, line, out row))
            || (perubahanColumns.Known && perubahanColumns.TryRead(rowCells, line, out row));
        if (!placed && sipdColumns && TryReadSipd(current, rowCells, line, wasBlank))
        {
            return true;
        }

        if (!placed && !(revised && PerubahanRincianRow.TryReadCells(rowCells, line, out row))
            && !TabRincianRow.TryRead(rowCells, line, out row))
        {
            return false;
        }

        row = sebelumOnly ? AsSebelum(row) : row;
        bool numbers = row.VolumeText.Length > 0 || row.Satuan.Length > 0 || row.HargaSatuanText.Length > 0
            || row.JumlahText.Length > 0 || row.Perubahan is not null;
        if (row.KodeRekening is null && !numbers)
        {
            if (wasBlank && !(current.Rincian.Count > 0 && IsMarkedGroup(row.Uraian)))
            {
                // Text after a blank line is no row (a signature block, a note), unless it is marked as a group heading
                // under the rows above ("- Honorarium Narasumber", "[ # ] Makan Minum"): a table whose cells are blocks
                // set apart by blank lines (plain pdftotext) has blank lines between its rows.
                return false;
            }

            if (current.Rincian.Count == 0 && IsTitleTail(row.Uraian))
            {
                // The title's second line ("MENURUT PROGRAM DAN PER KEGIATAN ...") before the first row.
                current.EndLine = line;
                return true;
            }

            if (continuable && !(wholeRows?.Invoke() ?? false) && current.Rincian.Count > 0
                && (!StartsWithBullet(row.Uraian)
                    || (char.IsAsciiDigit(row.Uraian[0]) && !IsNumberedItem(row.Uraian) && EndsOpen(current.Rincian[^1].Uraian))))
            {
                // The uraian's next line; one starting with a number ("60 liter ...", "25 orang)") only after an uraian
                // that stops where no text ends, as a numbered item starts a row of its own.
                RawRincianLine previous = current.Rincian[^1];
                current.Rincian[^1] = previous with { Uraian = JoinWrapped(previous.Uraian, row.Uraian) };
                current.EndLine = line;
                return true;
            }
        }

        if (carriedTotal.TryTake(row, line))
        {
            continuable = false; // "Jumlah dipindahkan" at a page's foot, "Jumlah pindahan" atop the next: the table goes on
            current.EndLine = line;
            return true;
        }

        if (row.KodeRekening is null && row.VolumeText.Length == 0 && row.HargaSatuanText.Length == 0
            && (row.JumlahText.Length > 0 || row.Perubahan is not null) && IsTotalLabel(row.Uraian))
        {
            // The table's total row ends the table; it is kept apart and checked against the lines by the mapper.
            current.RincianTotal ??= row;
            current.EndLine = line;
            EndedTable = true;
            return true;
        }

        current.Rincian.Add(row);
        continuable = true;
        current.EndLine = line;
        return true;
    }

    /// <summary>Reads a flattened rincian line (single spaces between its cells) with <see cref="FlatRincianRow"/>: a
    /// header or column-number line is skipped, a group heading (<c>I. PROGRAM ESSENSIAL</c>, <c>a. Honorarium :</c>)
    /// is kept as a line with its uraian only, a lower-case line right after a row continues its uraian.</summary>
    private bool ReadFlat(RawFormBuilder current, string trimmed, int line, bool wasBlank)
    {
        bool header = RincianHeadings.IsFlatRincianHeader(trimmed, requireKodeRekening: false);
        if (header || RincianHeadings.IsFlatColumnNumbers(trimmed))
        {
            inHeading = header; // the heading's next lines may be its other lines (the column numbers end it)
            if (ContainsOrdinal(trimmed, "Sebelum"))
            {
                current.RevisedEvidence ??= new RawLine(line, trimmed);
            }

            revised |= IsBeforeAndAfter(trimmed);
            sebelumOnly = !revised && (sebelumOnly || PerubahanAmountRow.Classify(trimmed) == PerubahanColumn.Sebelum);
            sipdColumns |= HasPpnColumn(trimmed);
            continuable = false;
            current.EndLine = line;
            return true;
        }

        if (sipdColumns && SipdRincianRow.TryRead(trimmed, line, out RawRincianLine sipdRow))
        {
            current.Rincian.Add(sipdRow);
            current.EndLine = line;
            continuable = true;
            sipdRowAfterBlank = wasBlank;
            return true;
        }

        if (sipdColumns && continuable && !wasBlank && current.Rincian.Count > 0
            && (sipdRowAfterBlank || HeadsItsLines(current.Rincian[^1]) || current.Rincian[^1].Koefisien)
            && SipdRincianRow.TryContinue(current.Rincian[^1], [trimmed], out RawRincianLine joined))
        {
            // Rows set apart by blank lines, and a line of words right under one: its uraian or koefisien wrapped after
            // the row's first line ("Paket Makanan Tambahan ... 21.600.000,00" / "Penyuluhan Balita"); under a
            // rekening or group row, whose numbers stand on its first line, such a line is its name's end whether
            // the rows are set apart or not ("[ # ] Material Pemeliharaan Rutin ... 267.355.000,00" / "Jalan").
            current.Rincian[^1] = joined;
            current.EndLine = line;
            return true;
        }

        string spilled = string.Empty;
        RawRincianLine row = null!;
        bool perubahanRow = revised && PerubahanRincianRow.TryReadFlat(trimmed, line, out row);
        if (!perubahanRow && !FlatRincianRow.TryRead(trimmed, line, numbers: !revised, out row, out spilled))
        {
            // The cells right of a wrapped uraian on a line of their own (pdftotext -raw): they complete its row.
            if (!revised && FlatRincianRow.TryReadCellsOnly(trimmed, line, out RawRincianLine cells)
                && TrailingRowCells.TryComplete(current.Rincian, cells))
            {
                current.EndLine = line;
                continuable = false;
                return true;
            }

            return false;
        }

        row = sebelumOnly ? AsSebelum(row) : row;

        current.EndLine = line;
        bool numbers = row.VolumeText.Length > 0 || row.HargaSatuanText.Length > 0 || row.JumlahText.Length > 0
            || row.Perubahan is not null;
        if (row.KodeRekening is null && !numbers)
        {
            bool heading = IsGroupHeading(row.Uraian);
            if (current.Rincian.Count == 0 && !HasHeadingMarker(row.Uraian) && IsTitleTail(row.Uraian))
            {
                return true; // the title's second line ("MENURUT PROGRAM DAN PER KEGIATAN ...") before the first row
            }

            if (continuable && !wasBlank && current.Rincian.Count > 0
                && ((!heading && !StartsWithBullet(row.Uraian) && char.IsLower(row.Uraian[0])) || IsBracketedRest(row.Uraian)
                    || (!heading && !IsNumberedItem(row.Uraian) && EndsOpen(current.Rincian[^1].Uraian))))
            {
                // A perubahan row's penjelasan (the last column) wraps onto the next line; otherwise the uraian does. A
                // line wholly in brackets ("(PPTK)", "(label biru)") is a wrapped end too, in capitals or not: no group
                // heading is written in brackets. So is any line after an uraian that stops where no text ends ("...
                // kapasitas 3 x" over "60 liter ...", "(12 desa x" over "25 orang)").
                RawRincianLine previous = current.Rincian[^1];
                current.Rincian[^1] = previous.Perubahan is { Penjelasan.Length: > 0 } p
                    ? previous with { Perubahan = p with { Penjelasan = Join(p.Penjelasan, " ", row.Uraian) } }
                    : previous with { Uraian = Join(previous.Uraian, " ", row.Uraian) };
                return true;
            }

            if (!heading && continuable && !wasBlank && current.Rincian.Count > 0 && HeadsItsLines(current.Rincian[^1])
                && (WrappedValue.IsWrappedEnd(flatRowLength, current.Rincian[^1].Uraian, row.Uraian)
                    || (current.Rincian[^1].Uraian.EndsWith(',') && IsNameRest(row.Uraian))))
            {
                // The last words of a long rekening or SIPD group row's name, wrapped by the print after the row's
                // jumlah ("... dan Tim Penerima Hasil 8.600.000,00", then "Pekerjaan"; "[ # ] Material Pemeliharaan
                // Rutin 267.355.000,00", then "Jalan"), written as the name is. (A detail row's first words, wrapped
                // before its numbers, are no rekening's end.)
                current.Rincian[^1] = current.Rincian[^1] with { Uraian = Join(current.Rincian[^1].Uraian, " ", row.Uraian) };
                continuable = false;
                return true;
            }

            current.Rincian.Add(row); // a group heading: a line with its uraian only
            continuable = false;
            return true;
        }

        if (carriedTotal.TryTake(row, line))
        {
            continuable = false;
            return true;
        }

        if (row.KodeRekening is null && row.VolumeText.Length == 0 && row.HargaSatuanText.Length == 0 && IsTotalLabel(row.Uraian))
        {
            current.RincianTotal ??= row;
            EndedTable = true;
            return true;
        }

        if (spilled.Length > 0)
        {
            notes.Add(line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(spilled));
        }

        if (revised && !perubahanRow && !revisedNoted)
        {
            revisedNoted = true;
            notes.Add(line, TextReaderMessages.RevisedVariant, TextReaderMessages.RevisedRincianRow(row.Uraian));
        }

        current.Rincian.Add(row);
        continuable = true;
        flatRowLength = trimmed.Length;
        sipdRowAfterBlank = wasBlank; // (a rekening or group row of SIPD's table: a name wrapped under it continues it)
        return true;
    }

    /// <summary>Returns whether a lone <c>Sebelum Perubahan</c> heading (kept as an unrecognised line) stands just
    /// before the table: then the table prints the before columns only.</summary>
    private static bool SebelumHeadingBefore(RawFormBuilder current)
    {
        for (int i = current.UnrecognisedLines.Count - 1; i >= 0; i--)
        {
            RawLine heading = current.UnrecognisedLines[i];
            if (heading.Line < current.EndLine - 4)
            {
                break;
            }

            if (PerubahanAmountRow.Classify(heading.Text) == PerubahanColumn.Sebelum && !IsBeforeAndAfter(heading.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves the numbers of a row under a lone <c>Sebelum Perubahan</c> heading (a print of the before
    /// columns only) into its before cells.</summary>
    private static RawRincianLine AsSebelum(RawRincianLine row) =>
        row.Perubahan is not null || row.HasNoCells
            ? row
            : row with
            {
                VolumeText = string.Empty,
                Satuan = string.Empty,
                HargaSatuanText = string.Empty,
                JumlahText = string.Empty,
                Perubahan = new RawRincianPerubahan(row.VolumeText, row.Satuan, row.HargaSatuanText, row.JumlahText, string.Empty, string.Empty),
            };

    /// <summary>Notes the line that opened the table (its title or header row): a header naming PPN has SIPD's
    /// columns; a perubahan header row's columns are kept (<see cref="PerubahanRincianColumns"/>).</summary>
    public void ObserveHeader(string trimmed, LineCells split)
    {
        sipdColumns |= HasPpnColumn(trimmed);
        perubahanColumns.Observe(split);
    }

    /// <summary>Reads a row of a table with SIPD's columns: a detail row (koefisien, PPN), or the wrapped part of
    /// the detail row above it.</summary>
    private bool TryReadSipd(RawFormBuilder current, List<string> cells, int line, bool wasBlank)
    {
        if (SipdRincianRow.TryReadCells(cells, line, out RawRincianLine row) || SipdRincianRow.TryRead(string.Join(' ', cells), line, out row))
        {
            current.Rincian.Add(row);
            current.EndLine = line;
            continuable = true;
            return true;
        }

        if (continuable && !wasBlank && current.Rincian.Count > 0
            && SipdRincianRow.TryContinue(current.Rincian[^1], cells, out RawRincianLine joined))
        {
            current.Rincian[^1] = joined;
            current.EndLine = line;
            return true;
        }

        return false;
    }

    /// <summary>Whether a rincian header names SIPD's PPN column.</summary>
    private static bool HasPpnColumn(string header)
    {
        int at = header.IndexOf("PPN", StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(header[at - 1])) && (at + 3 == header.Length || !char.IsLetter(header[at + 3]));
    }

    /// <summary>Whether a row heads the lines under it by its kode rekening or SIPD's group marker (<c>[ # ]</c>,
    /// <c>[ - ]</c>), with no volume or harga of its own.</summary>
    private static bool HeadsItsLines(RawRincianLine row) =>
        row.KodeRekening is not null || (row.VolumeText.Length == 0 && row.HargaSatuanText.Length == 0 && row.Uraian.StartsWith('['));
}
