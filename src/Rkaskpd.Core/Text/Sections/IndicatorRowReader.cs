using System;
using System.Collections.Generic;
using Rkaskpd.Forms;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads the rows of the indicator table (<c>Indikator &amp; Tolok Ukur Kinerja</c>) into
/// <see cref="RawIndicator"/>s. Tab rows are read by their cells (kind, tolok ukur, target). A flattened row
/// (<c>MASUKAN Jumlah Dana Rp. 13.000.000</c>, <c>Hasil : ...</c>) is read as the kind (any case, optional colon), the
/// tolok ukur, then the target: the trailing <c>Rp</c> amount, percentage, relational value (<c>&lt; 17</c>) or number
/// and unit. Several numbered indicators under one kind (<c>Hasil 1. ... 2. ...</c>) become several rows; a line that
/// follows a row without a target continues its tolok ukur; a line with its own target under a kind adds another
/// indicator of that kind. Kinds the model does not hold (<c>MANFAAT</c>, <c>DAMPAK</c>) are reported, not dropped
/// silently; a perubahan table's Sebelum/Sesudah columns are read as one when they say the same, and reported. A kind
/// cell wrapped over two rows (<c>Capaian</c> with the row's text, then <c>Program</c> with the rest of its tolok ukur,
/// as a narrow first column prints it) is one row, <see cref="TryCompleteWrappedKind"/>.</summary>
internal sealed partial class IndicatorRowReader
{
    private const string ColonAndSpace = ": ";

    private static readonly string[] NotHeldKinds = ["Manfaat", "Dampak", "Benefit", "Impact"];

    private readonly NoteSink notes;
    private bool revisedColumns;
    private string? notHeldKind;
    private bool continuable;
    private bool wrapsAfterTarget;
    private bool capaianHeading;
    private int wrappedKindAt = -1;

    /// <summary>Initialises a reader that reports to <paramref name="notes"/>.</summary>
    public IndicatorRowReader(NoteSink notes) => this.notes = notes;

    /// <summary>Forgets the table read so far (a new form).</summary>
    public void Reset()
    {
        revisedColumns = false;
        notHeldKind = null;
        continuable = false;
        wrapsAfterTarget = false;
        capaianHeading = false;
        wrappedKindAt = -1;
    }

    /// <summary>Reads SIPD's header-embedded Capaian Program table's heading on a line of its own (<c>Indikator</c>,
    /// <c>Target</c>) under its label row (<c>Capaian Program :</c>): the two make the table's heading, and its row
    /// follows (<see cref="SipdCapaianRow.IsHeadingUnderLabel"/>).</summary>
    public bool TryReadCapaianHeading(RawFormBuilder form, string trimmed)
    {
        if (!SipdCapaianRow.IsHeadingUnderLabel(form.Indicators, trimmed, out RawIndicator? label))
        {
            return false;
        }

        form.Indicators[^1] = label with { TolokUkur = "Indikator", Target = "Target" };
        capaianHeading = true;
        return true;
    }

    /// <summary>Reads a heading line of the indicator section (<c>Indikator &amp; Tolak Ukur Kinerja ...</c>) or the
    /// table's header row, when the line is one; a perubahan table prints Sebelum and Sesudah columns. A heading with
    /// words of its own is kept as written: with a slip or cut short quietly, with other text reported (RKA006).</summary>
    public bool TryReadHeading(RawFormBuilder form, string trimmed, int line, bool inTable)
    {
        if (!IndicatorHeading.IsHeading(trimmed, inTable))
        {
            return false;
        }

        ObserveColumnHeading(trimmed);
        continuable = false;
        bool? headingOnly = IndicatorHeading.HasOnlyHeadingWords(trimmed);
        if (headingOnly != true)
        {
            form.UnrecognisedLines.Add(new RawLine(line, trimmed));
        }

        if (headingOnly is null)
        {
            notes.Add(line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(trimmed));
        }

        return true;
    }

    /// <summary>Whether a line holds only the perubahan table's column headings (<c>Sebelum Perubahan</c>,
    /// <c>Setelah Perubahan</c>, <c>Target Kinerja</c>), both groups named.</summary>
    private static bool IsRevisedColumnsHeading(string trimmed)
    {
        if (!NamesBothGroups(trimmed))
        {
            return false;
        }

        foreach (string word in trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is not ("Sebelum" or "Setelah" or "Sesudah" or "Perubahan" or "Target" or "Kinerja" or "Tolok" or "Ukur" or "dan" or "/"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Notes a heading line of the table that names the Sebelum and the Sesudah (or Setelah) columns: the rows
    /// after it carry a target under each (a perubahan table).</summary>
    public void ObserveColumnHeading(string trimmed) => revisedColumns |= NamesBothGroups(trimmed);

    private static bool NamesBothGroups(string trimmed) =>
        ContainsOrdinal(trimmed, "Sebelum") && (ContainsOrdinal(trimmed, "Sesudah") || ContainsOrdinal(trimmed, "Setelah"));

    /// <summary>Reads a line as an indicator row when it is one.</summary>
    /// <param name="form">The form.</param>
    /// <param name="row">The line's cells.</param>
    /// <param name="trimmed">The trimmed line.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="inTable">Whether the line is inside the indicator table (after its heading or a row).</param>
    /// <param name="wasBlank">Whether a blank line came before.</param>
    public bool TryRead(RawFormBuilder form, LineCells row, string trimmed, int line, bool inTable, bool wasBlank)
    {
        bool afterTarget = wrapsAfterTarget;
        wrapsAfterTarget = false;
        if (inTable && IsRevisedColumnsHeading(trimmed))
        {
            revisedColumns = true; // "Sebelum Perubahan | Setelah Perubahan" under "Target Kinerja", cells set right
            continuable = false;
            return true;
        }

        if (row.Count >= 2)
        {
            continuable = false;
            return TryReadCapaianCells(form, row, line)
                || TryReportNotHeldCells(row, line, inTable) || TryReadCells(form, row, line, inTable, revisedColumns)
                || TryReadKindHeadCells(form, row, line, inTable);
        }

        if (!inTable)
        {
            return TryReadCapaianTable(form, trimmed, line, wasBlank);
        }

        if (RawLabels.TryMatchIndicatorKind(trimmed, 0, out int end))
        {
            ReadFlat(form, trimmed[..end], trimmed[end..], line, held: true);
            return true;
        }

        foreach (string kind in NotHeldKinds)
        {
            if (RawLabels.TryMatchWords(trimmed, 0, kind, out end))
            {
                ReadFlat(form, trimmed[..end], trimmed[end..], line, held: false);
                return true;
            }
        }

        // A line right under a row that reads as the row's wrapped rest: before its target, or after it when the line
        // has no target of its own ("capaian kinerja dan keuangan" is no kind wrapped in its cell then).
        bool continuesAbove = !wasBlank && form.Indicators.Count > 0
            && (form.Indicators[^1].Target.Length == 0 ? continuable : afterTarget && IndicatorTargetText.TargetStart(trimmed) == trimmed.Length);
        if (!continuesAbove && !revisedColumns && TryMatchKindHead(trimmed, out end) && end < trimmed.Length)
        {
            // "Capaian Persentase ... 80 %": a kind wrapped in its cell; the next line may complete it ("Program ...").
            int count = form.Indicators.Count;
            ReadFlat(form, trimmed[..end], trimmed[end..], line, held: true);
            wrappedKindAt = form.Indicators.Count == count + 1 ? count : -1;
            return true;
        }

        return TryContinue(form, trimmed, line, wasBlank, afterTarget);
    }

    /// <summary>SIPD's Capaian Program table inside the header, flattened: <c>Capaian Program : Indikator Target</c>
    /// (its heading, kept as a heading row) and the next line, <c>Persentase ... 90 %</c> (a row without kind, which
    /// the mapper splits at its target).</summary>
    private bool TryReadCapaianTable(RawFormBuilder form, string trimmed, int line, bool wasBlank)
    {
        if (SipdCapaianRow.TryReadFlatHeading(trimmed, out string kind, out string tolokUkur, out string target))
        {
            form.Indicators.Add(new RawIndicator(line, kind, "Indikator", "Target"));
            capaianHeading = tolokUkur.Length == 0; // the heading alone: its row follows
            if (!capaianHeading)
            {
                form.Indicators.Add(new RawIndicator(line, string.Empty, tolokUkur, target));
            }

            return true;
        }

        if (capaianHeading && !wasBlank && !trimmed.Contains(':', StringComparison.Ordinal) && IndicatorTargetText.TargetStart(trimmed) < trimmed.Length)
        {
            capaianHeading = false;
            form.Indicators.Add(new RawIndicator(line, string.Empty, trimmed, string.Empty));
            return true;
        }

        capaianHeading = false;
        return false;
    }

    /// <summary>The row of SIPD's Capaian Program table as two cells (<c>Persentase ...</c>, <c>90 %</c>), as the
    /// layout stage joins a one-cell-per-line print (<see cref="Layout.CapaianCells"/>): its columns are known, so
    /// nothing is guessed.</summary>
    private bool TryReadCapaianCells(RawFormBuilder form, LineCells row, int line)
    {
        if (!capaianHeading)
        {
            return false;
        }

        string target = row.Count == 2 ? row.StringOf(1).Trim() : string.Empty;
        if (row[0].IsWhiteSpace() || target.Length == 0 || IndicatorTarget.Parse(target) is TextTarget)
        {
            capaianHeading = false;
            return false;
        }

        form.Indicators.Add(new RawIndicator(line, string.Empty, row.StringOf(0).Trim(), target));
        return true; // the table's next row, if any, follows
    }

    /// <summary>Reports a tab row of the table whose kind the model does not hold (<c>MANFAAT</c>, <c>DAMPAK</c>), or a row
    /// with an empty kind cell under one (a merged kind cell: another indicator of that kind), as RKA016.</summary>
    private bool TryReportNotHeldCells(LineCells row, int line, bool inTable)
    {
        ReadOnlySpan<char> kindText = row[0].Trim().TrimEnd(ColonAndSpace);
        string? kind = kindText.Length == 0 && inTable ? notHeldKind : null;
        if (kindText.Length > 0)
        {
            notHeldKind = null;
            foreach (string notHeld in NotHeldKinds)
            {
                if (inTable && RawLabels.TryMatchWords(kindText, 0, notHeld, out int end) && end == kindText.Length)
                {
                    kind = kindText.ToString();
                }
            }
        }

        if (kind is null || row[1].TrimStart().StartsWith(':'))
        {
            return false; // a KAK heading's row ("Manfaat : ...") is the KAK's
        }

        notHeldKind = kind;
        string target = row.Count switch
        {
            2 => string.Empty,
            3 => row.StringOf(2),
            _ => JoinCells(row, 2),
        };
        notes.Add(line, TextReaderMessages.NotHeld, TextReaderMessages.IndicatorNotHeld(kind, row.StringOf(1).Trim(), target.Trim()));
        return true;
    }

    private bool TryReadCells(RawFormBuilder form, LineCells row, int line, bool inTable, bool revised)
    {
        ReadOnlySpan<char> first = row[0];
        ReadOnlySpan<char> kindText = first.TrimEnd(ColonAndSpace);
        int end = 0;
        bool kindStart = first.Length > 0 && RawLabels.TryMatchIndicatorKind(first, 0, out end);
        bool kindCell = first.Length == 0 ? inTable : kindStart && end == kindText.Length;
        if (!kindCell && !revised && row.Count == 2 && kindStart && end < kindText.Length && kindText[end] == ' ')
        {
            // The kind and the tolok ukur in one cell, the separator between them lost (a scanned table's OCR:
            // "| Masukan Jumlah Dana | Rp. 24.300.000,00"): the kind is the cell's start, the tolok ukur the rest.
            form.Indicators.Add(new RawIndicator(line, RawLabels.IndicatorKindText(kindText[..end]), kindText[end..].Trim().ToString(), row.StringOf(1)));
            return true;
        }

        if (!kindCell && !kindStart && revised && inTable && PerubahanIndicatorRow.TryFromSpannedRow(row, line, out RawIndicator spanned))
        {
            form.Indicators.Add(spanned); // a row under a kind cell spanning rows, the cell not written at all
            return true;
        }

        if (!kindCell)
        {
            return false;
        }

        if (revised)
        {
            form.Indicators.Add(PerubahanIndicatorRow.FromCells(row, line, RawLabels.IndicatorKindText(kindText)));
            return true;
        }

        string tolak = row.StringOf(1);
        if (tolak.StartsWith(':'))
        {
            tolak = tolak.TrimStart(':', ' '); // "Capaian Program   : Persentase ... 100 %", the colon in the value's cell
        }

        string target = row.Count switch
        {
            2 => string.Empty,
            3 => row.StringOf(2),
            _ => JoinCells(row, 2),
        };
        if (row.Count > 3 && TextsFrom(row, 1) is { Count: >= 2 } texts)
        {
            // Empty cells between the texts are a sheet's merged cells (a tolok ukur over three columns, a row shifted
            // one cell right): the first text is the tolok ukur, the next ones the target.
            tolak = texts[0];
            target = string.Join('\t', texts.GetRange(1, texts.Count - 1));
        }

        if (row.Count == 2 && IndicatorTargetText.TargetStart(tolak) is int split and > 0 && split < tolak.Length)
        {
            // The kind in a cell of its own and the tolok ukur and target run together in the next (an OCR'd table
            // whose rule between them was lost: "Hasil  Meningkatnya ketepatan penyaluran 90 %"): split as a
            // flattened row is, and reported as guessed unless it has one reading.
            target = tolak[split..].Trim();
            tolak = tolak[..split].Trim();
            ReportGuess(line, tolak, target);
        }

        form.Indicators.Add(new RawIndicator(line, RawLabels.IndicatorKindText(kindText), tolak, target));
        return true;
    }

    /// <summary>The texts of the cells of <paramref name="row"/> from <paramref name="start"/> on that are not empty.</summary>
    private static List<string> TextsFrom(LineCells row, int start)
    {
        var texts = new List<string>(row.Count - start);
        for (int i = start; i < row.Count; i++)
        {
            if (!row[i].IsWhiteSpace())
            {
                texts.Add(row.StringOf(i));
            }
        }

        return texts;
    }

    private void ReadFlat(RawFormBuilder form, string kind, string restText, int line, bool held)
    {
        string rest = restText.TrimStart(' ', ':', '\t').Trim();
        notHeldKind = held ? null : kind;
        continuable = false;
        if (rest.Length == 0)
        {
            if (!held)
            {
                notes.Add(line, TextReaderMessages.NotHeld, TextReaderMessages.IndicatorNotHeld(kind, string.Empty, string.Empty));
            }

            // An empty row ("Hasil :") is a missing indicator, which the rules report, unless it is a merged kind cell
            // centred beside rows of empty kind (CentredKindCells).
            if (held)
            {
                form.LoneKinds.Add((form.Indicators.Count, kind));
            }

            return;
        }

        List<string> items = SplitNumbered(rest);
        bool first = true;
        foreach (string item in items)
        {
            Add(form, first ? kind : string.Empty, kind, item, line);
            first = false;
        }
    }

    /// <summary>Reads a flattened line in the table that names no kind: the wrapped rest of the row above (its tolok
    /// ukur, with the target if it ends the line; or, <paramref name="afterTarget"/>, the tolok ukur's rest after a row
    /// that ended in its target, as a PDF's text gives a row's first line whole before its cells' wrapped lines), or
    /// another indicator of the kind above.</summary>
    private bool TryContinue(RawFormBuilder form, string trimmed, int line, bool wasBlank, bool afterTarget)
    {
        if (LooksLikeOtherPart(trimmed))
        {
            continuable = false;
            return false;
        }

        if (notHeldKind is not null)
        {
            Add(form, string.Empty, notHeldKind, trimmed, line);
            return true;
        }

        if (form.Indicators.Count == 0)
        {
            return false;
        }

        RawIndicator previous = form.Indicators[^1];
        int split = IndicatorTargetText.TargetStart(trimmed);
        if (continuable && !wasBlank && previous.Target.Length == 0)
        {
            // The tolok ukur wraps onto this line (and its target, if any, ends it); a target alone on the line is the
            // row's (pdftotext -raw writes a wrapped cell whole before the cell to its right).
            split = IndicatorTargetText.IsTargetAlone(trimmed) ? 0 : split;
            string more = trimmed[..split].Trim();
            RawIndicator whole = previous with
            {
                TolokUkur = Join(previous.TolokUkur, " ", more),
                Target = trimmed[split..].Trim(),
            };
            form.Indicators[^1] = whole;
            if (!revisedColumns && whole.Target.Length > 0)
            {
                // The row was reported without a target; now that it has one, its split is judged again.
                notes.Withdraw(previous.Line, TextReaderMessages.IndicatorColumnsGuessed);
                ReportGuess(whole.Line, whole.TolokUkur, whole.Target);
            }

            continuable = split == trimmed.Length;
            return true;
        }

        if (afterTarget && !wasBlank && split == trimmed.Length && previous.Target.Length > 0)
        {
            // "Capaian Kegiatan Persentase ... yang menyelenggarakan 100 %" / "pelayanan kesehatan balita sesuai
            // standar": no target of its own, right under a row that ended in one.
            form.Indicators[^1] = previous with { TolokUkur = Join(previous.TolokUkur, " ", trimmed) };
            wrapsAfterTarget = true;
            return true;
        }

        if (split < trimmed.Length && split > 0)
        {
            // Another indicator of the kind above (a merged kind cell).
            Add(form, string.Empty, previous.Kind, trimmed, line);
            return true;
        }

        return false;
    }

    private void Add(RawFormBuilder form, string kindCell, string kind, string text, int line)
    {
        string tolak;
        string target;
        string? tolakSebelum = null, targetSebelum = null;
        if (revisedColumns && PerubahanIndicatorRow.TrySplitTargets(text, out string measures, out targetSebelum, out target))
        {
            // Both columns name one measure, the targets differ; or one Tolok Ukur column over a target under each.
            tolak = TrySplitHalves(measures, out string half) ? half : measures;
            tolakSebelum = tolak;
        }
        else if (revisedColumns && TrySplitHalves(text, out string half))
        {
            tolak = half;
            tolakSebelum = half;
            target = string.Empty;
            targetSebelum = null;
            notes.Add(line, TextReaderMessages.IndicatorColumnsGuessed, TextReaderMessages.RevisedColumnsSame(kind, half));
        }
        else if (revisedColumns)
        {
            tolak = text;
            target = string.Empty;
            targetSebelum = null;
            notes.Add(line, TextReaderMessages.IndicatorColumnsGuessed, TextReaderMessages.RevisedColumnsKept(kind, text));
        }
        else
        {
            int split = IndicatorTargetText.TargetStart(text);
            tolak = text[..split].Trim();
            target = text[split..].Trim();
        }

        if (notHeldKind is not null)
        {
            notes.Add(line, TextReaderMessages.NotHeld, TextReaderMessages.IndicatorNotHeld(kind, tolak, target));
            return;
        }

        form.Indicators.Add(new RawIndicator(line, kindCell, tolak, target) { TolokUkurSebelum = tolakSebelum, TargetSebelum = targetSebelum });
        if (!revisedColumns)
        {
            ReportGuess(line, tolak, target);
        }

        continuable = target.Length == 0;
        wrapsAfterTarget = !revisedColumns && target.Length > 0;
    }

    /// <summary>Reports a flattened row's split as guessed (RKA007) unless it has one reading.</summary>
    private void ReportGuess(int line, string tolokUkur, string target)
    {
        if (!IndicatorTargetText.IsCertainSplit(tolokUkur, target))
        {
            notes.Add(line, TextReaderMessages.IndicatorColumnsGuessed, TextReaderMessages.ColumnsGuessed(target));
        }
    }

    /// <summary>Splits <c>1. A 2. B</c> into its items when the markers count up from 1; otherwise the one text.</summary>
    private static List<string> SplitNumbered(string rest)
    {
        var items = new List<string>();
        if (!(rest.Length > 3 && rest[0] == '1' && rest[1] == '.' && rest[2] == ' '))
        {
            items.Add(rest);
            return items;
        }

        int start = 3;
        int next = 2;
        while (true)
        {
            string marker = " " + next.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ";
            int at = rest.IndexOf(marker, start, StringComparison.Ordinal);
            if (at < 0)
            {
                items.Add(rest[start..].Trim());
                return items;
            }

            items.Add(rest[start..at].Trim());
            start = at + marker.Length;
            next++;
        }
    }

    /// <summary>A perubahan row prints the tolok ukur before and after: two equal halves are one text.</summary>
    private static bool TrySplitHalves(string text, out string half)
    {
        half = string.Empty;
        if (text.Length % 2 == 0)
        {
            return false;
        }

        int mid = text.Length / 2;
        if (text[mid] != ' ' || !text.AsSpan(0, mid).SequenceEqual(text.AsSpan(mid + 1)))
        {
            return false;
        }

        half = text[..mid];
        return true;
    }

    private static bool LooksLikeOtherPart(string trimmed) =>
        trimmed.Contains(':', StringComparison.Ordinal) || StartsWithOrdinal(trimmed, "Kelompok Sasaran")
        || StartsWithOrdinal(trimmed, "RINCIAN") || StartsWithOrdinal(trimmed, "KERANGKA ACUAN")
        || (IsAllCaps(trimmed) && trimmed.Length > 20);

    private static string JoinCells(LineCells cells, int start)
    {
        var parts = new string[cells.Count - start];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = cells.StringOf(start + i);
        }

        return string.Join('\t', parts);
    }
}
