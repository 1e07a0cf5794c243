using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Reads the <c>Rencana Penarikan Dana per Bulan</c> table a DPA prints after its rincian (the monthly disbursement
/// plan: <c>Januari Rp. 0,00 Juli Rp. 2.100.000,00</c>, ..., <c>Jumlah Rp. 12.600.000,00</c>), or the quarterly plan
/// of a 13/2006 DPA (<c>Rencana Penarikan Dana per Triwulan</c>: <c>Triwulan II Rp. 29.780.000,00</c>), into the form's
/// <see cref="RencanaPenarikanDana"/> when the table ends. Its rows are taken out of the form (no field or amount row
/// reads them) however the print laid them out: a period and its amount on a row, two periods a row, or one cell per
/// line. A table whose periods and amounts do not pair up (a period without its amount, an amount without its period,
/// a period twice) is reported, with its text, as <c>RKA016</c> instead.
/// </summary>
/// <remarks>
/// SIPD-RI prints the table with a <c>No</c> column (<c>No Bulan Jumlah</c>, then <c>1 Januari Rp. 0,00</c>) and the
/// signature beside it: the place and date in a cell after a row's amount (or on a line of its own between the rows),
/// the jabatan, the name and the NIP on the lines between rows or after their amounts. The heading and the rows' numbers are the table's; what stands beside it,
/// once a row had a cell after its amount, is kept apart (<see cref="TakeSideLines"/>) for the closing block.
/// </remarks>
internal sealed class RencanaPenarikanBlock
{
    private static readonly string[] Months =
    [
        "Januari", "Februari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Nopember", "Desember", "Triwulan", "Jumlah", "Total",
    ];

    /// <summary>The quarters' numbers after <c>Triwulan</c>, Roman and Arabic.</summary>
    private static readonly string[] Quarters = ["I", "II", "III", "IV", "1", "2", "3", "4"];

    private readonly NoteSink notes;
    private readonly List<string> rows = [];
    private RawFormBuilder? owner;
    private string title = string.Empty;
    private int titleLine;
    private int jumlahLine;
    private bool awaitsAmount;
    private bool closed;
    private bool sideColumn;
    private readonly List<(int Line, string Text)> sideLines = [];

    private const int MaxSideLines = 8;

    /// <summary>Initialises a block that reports to <paramref name="notes"/>.</summary>
    public RencanaPenarikanBlock(NoteSink notes) => this.notes = notes;

    /// <summary>Takes <paramref name="trimmed"/> when it is the table's title or one of its rows (the table then belongs
    /// to <paramref name="form"/>); ends the table when a line that is neither follows it.</summary>
    public bool TryRead(RawFormBuilder form, string trimmed, int line)
    {
        if (RawLabels.TryMatchWords(trimmed, 0, "Rencana Penarikan Dana", out _))
        {
            Flush();
            owner = form;
            titleLine = line;
            string[] words = trimmed.Replace('\t', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int titleWords = Math.Min(words.Length, words.Length > 4 && words[3].Equals("per", StringComparison.OrdinalIgnoreCase) ? 5 : 3);
            int firstPeriod = Array.FindIndex(words, titleWords, ReadsAsPeriod);
            title = string.Join(' ', words, 0, firstPeriod < 0 ? words.Length : firstPeriod);
            if (firstPeriod > 0)
            {
                // The first row on the title's line ("... per Bulan Januari Rp. 2.500.000,00", as a converter joins them).
                string row = string.Join(' ', words, firstPeriod, words.Length - firstPeriod);
                if (ReadsAsRow(row, out _, out bool amountLast))
                {
                    rows.Add(row);
                    awaitsAmount = !amountLast;
                }
                else
                {
                    title = string.Join(' ', words);
                }
            }

            return true;
        }

        if (IsOpen && rows.Count == 0 && IsHeading(trimmed))
        {
            return true; // "No  Bulan  Jumlah", or one heading a line (MuPDF)
        }

        if (IsOpen && !awaitsAmount && IsRowNumber(trimmed))
        {
            return true; // a row's number alone on its line, its month and amount under it (MuPDF)
        }

        string rowText = IsOpen ? WithoutNumberAndSide(trimmed, line) : trimmed;
        if (IsOpen && ReadsAsRow(rowText, out bool month, out bool endsWithAmount) && (month || awaitsAmount))
        {
            string row = string.Join(' ', rowText.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (month)
            {
                rows.Add(row);
            }
            else
            {
                rows[^1] += " " + row; // one cell per line: the month, then its amount
            }

            if (row.Contains("Jumlah", StringComparison.OrdinalIgnoreCase) || row.Contains("Total", StringComparison.OrdinalIgnoreCase))
            {
                jumlahLine = line;
            }

            awaitsAmount = !endsWithAmount; // (plain pdftotext: "Rp. 2.500.000,00 Juli", then July's amount)
            closed = jumlahLine > 0 && endsWithAmount; // the Jumlah row and its amount end the table

            return true;
        }

        if (IsOpen && rows.Count > 0 && !sideColumn && SignaturePlaceAndDate.IsPlaceAndDate(trimmed))
        {
            sideColumn = true; // the signature's place and date on a line of its own beside the rows (a PDF's text)
        }

        if (IsOpen && sideColumn && sideLines.Count < MaxSideLines && !SectionStarts.EndsClosingBlock(trimmed))
        {
            sideLines.Add((line, trimmed)); // the signature's next line beside the table ("Kepala Dinas Sosial")
            return true;
        }

        Flush();
        return false;
    }

    /// <summary>Gets whether a table's title was read and its Jumlah row has not ended it.</summary>
    private bool IsOpen => titleLine > 0 && !closed;

    /// <summary>Whether a text is a row's number in the No column (<c>1</c> to <c>12</c>, perhaps with a dot).</summary>
    private static bool IsRowNumber(ReadOnlySpan<char> text) =>
        int.TryParse(text.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is >= 1 and <= 12;

    /// <summary>Takes the lines that stood beside the table (a signature SIPD prints there), in order; false when
    /// there were none.</summary>
    public bool TakeSideLines(out List<(int Line, string Text)> lines)
    {
        if (sideLines.Count == 0)
        {
            lines = null!;
            return false; // nearly every row of every form: nothing to copy
        }

        lines = [.. sideLines];
        sideLines.Clear();
        return true;
    }

    /// <summary>Whether a line is the table's column heading: <c>No</c>, <c>Bulan</c> or <c>Triwulan</c>,
    /// <c>Jumlah</c> and <c>(Rp)</c> only, or one of those words alone (a heading a line).</summary>
    private static bool IsHeading(string trimmed)
    {
        if (trimmed is "No" or "No." or "Bulan" or "Triwulan" or "Jumlah")
        {
            return true; // one heading a line
        }

        bool period = false;
        foreach (string word in trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("Bulan", StringComparison.OrdinalIgnoreCase) || word.Equals("Triwulan", StringComparison.OrdinalIgnoreCase))
            {
                period = true;
            }
            else if (!word.TrimEnd('.').Equals("No", StringComparison.OrdinalIgnoreCase) && !word.Equals("Jumlah", StringComparison.OrdinalIgnoreCase)
                && !word.Equals("(Rp)", StringComparison.OrdinalIgnoreCase) && !word.Equals("(Rp.)", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return period;
    }

    /// <summary>A row without its number (<c>1</c> before <c>Januari</c>) and without the cells after its amount, which
    /// go to the side lines (the signature's place and date printed beside the table).</summary>
    private string WithoutNumberAndSide(string trimmed, int line)
    {
        string[] cells = trimmed.Split('\t');
        int first = 0;
        if (cells.Length > 1 && rows.Count == 0 && IsHeading(cells[0].Trim()))
        {
            first = 1; // the heading's words joined to the first row ("No Bulan Jumlah | 1 Januari | Rp. 0,00")
        }

        if (cells.Length > first + 1 && IsRowNumber(cells[first].Trim()) && ReadsAsPeriod(cells[first + 1].Trim().Split(' ')[0]))
        {
            first++;
        }
        else if (cells[first].Trim() is { } lead && lead.IndexOf(' ') is int space and > 0
            && IsRowNumber(lead.AsSpan(0, space)) && ReadsAsPeriod(lead[(space + 1)..].Trim().Split(' ')[0]))
        {
            cells[first] = lead[(space + 1)..].Trim(); // the row's number in the month's cell ("2 Februari")
        }

        int amountAt = -1;
        for (int i = first + 1; i < cells.Length && amountAt < 0; i++)
        {
            if (ReadsAsRow(cells[i], out bool month, out bool endsWithAmount) && !month && endsWithAmount)
            {
                amountAt = i;
            }
        }

        if (amountAt < 0 || !ReadsAsPeriod(cells[first].Trim().Split(' ')[0]))
        {
            return first == 0 ? trimmed : string.Join('\t', cells, first, cells.Length - first);
        }

        string side = string.Join(' ', cells, amountAt + 1, cells.Length - amountAt - 1).Trim();
        if (side.Length == 0 || ReadsAsRow(side, out _, out _))
        {
            return string.Join('\t', cells, first, cells.Length - first); // nothing beside it, or a second period and its amount
        }

        sideColumn = true;
        sideLines.Add((line, side));
        return string.Join('\t', cells, first, amountAt + 1 - first);
    }

    /// <summary>Ends the table read so far, if any (at the end of the table or of the form): its form holds the plan,
    /// or, when its periods and amounts do not pair up, a note reports its text.</summary>
    public void Flush()
    {
        if (titleLine > 0 && owner is not null)
        {
            if (TryBuild(out RencanaPenarikanDana? plan) && TryJoin(owner.RencanaPenarikan, plan, out RawPenarikan joined))
            {
                owner.RencanaPenarikan = joined;
            }
            else
            {
                notes.Add(titleLine, TextReaderMessages.NotHeld, TextReaderMessages.FieldNotHeld(title, string.Join("; ", rows)));
            }
        }

        owner = null;
        titleLine = 0;
        jumlahLine = 0;
        awaitsAmount = false;
        closed = false;
        sideColumn = false;
        rows.Clear();
    }

    /// <summary>Joins a table to the plan the form holds already, if any: the same table over a page break (its title
    /// printed again atop the next page) goes on with periods of its own; anything else is a second plan the form cannot
    /// hold, which the caller reports.</summary>
    private bool TryJoin(RawPenarikan? held, RencanaPenarikanDana plan, out RawPenarikan joined)
    {
        joined = new RawPenarikan(titleLine, jumlahLine, plan);
        if (held is null)
        {
            return true;
        }

        RencanaPenarikanDana first = held.Plan;
        if (!first.Title.Equals(plan.Title, StringComparison.OrdinalIgnoreCase) || (first.Jumlah is not null && plan.Jumlah is not null)
            || first.Periode.Any(p => plan.Periode.Any(q => q.Periode.Equals(p.Periode, StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        var periods = new List<PenarikanDana>(first.Periode);
        periods.AddRange(plan.Periode);
        SortByYear(periods);
        joined = new RawPenarikan(
            held.Line,
            first.Jumlah is null ? jumlahLine : held.JumlahLine,
            first with { Periode = periods, Jumlah = first.Jumlah ?? plan.Jumlah });
        return true;
    }

    /// <summary>Puts periods in the order of the year (a print of two columns writes January beside July): by the month,
    /// or 101-104 for a quarter.</summary>
    private static void SortByYear(List<PenarikanDana> periods) =>
        periods.Sort((a, b) => PeriodOrder(a.Periode).CompareTo(PeriodOrder(b.Periode)));

    /// <summary>The place of a period written as the plan writes it in the year: the month, or 101-104 for a quarter.</summary>
    private static int PeriodOrder(string period)
    {
        string[] words = period.Split(' ');
        int i = 0;
        return TryReadPeriod(words, ref i, out _, out int order) ? order : 0;
    }

    /// <summary>Pairs the rows' periods with their amounts, in the order written, and puts the periods in the order of
    /// the year (<see cref="SortByYear"/>).</summary>
    private bool TryBuild(out RencanaPenarikanDana plan)
    {
        plan = null!;
        var periods = new List<PenarikanDana>();
        Rupiah? jumlah = null;
        string[] tokens = string.Join(' ', rows).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < tokens.Length;)
        {
            if (!TryReadPeriod(tokens, ref i, out string period, out int order) || !TryReadAmount(tokens, ref i, out Rupiah amount))
            {
                return false;
            }

            if (order == 0)
            {
                if (jumlah is not null)
                {
                    return false;
                }

                jumlah = amount;
            }
            else if (periods.Exists(p => PeriodOrder(p.Periode) == order))
            {
                return false;
            }
            else
            {
                periods.Add(new PenarikanDana(period, amount));
            }
        }

        if (periods.Count == 0)
        {
            return false;
        }

        SortByYear(periods);
        plan = new RencanaPenarikanDana
        {
            Title = title,
            Periode = periods,
            Jumlah = jumlah,
        };
        return true;
    }

    /// <summary>Reads a period at <paramref name="i"/>: a month (<paramref name="order"/> 1–12), <c>Triwulan</c> and its
    /// number (101–104), or the total row's <c>Jumlah</c> / <c>Total</c> (0).</summary>
    private static bool TryReadPeriod(string[] tokens, ref int i, out string period, out int order)
    {
        period = tokens[i];
        order = IndonesianMonths.LookupAnyCase(period);
        if (order > 0 && ReadsAsPeriod(period))
        {
            i++;
            return true;
        }

        if (period.Equals("Triwulan", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Length
            && Array.IndexOf(Quarters, tokens[i + 1]) is int quarter and >= 0)
        {
            period = tokens[i] + " " + tokens[i + 1];
            order = 101 + (quarter % 4);
            i += 2;
            return true;
        }

        order = 0;
        i++;
        return period.Equals("Jumlah", StringComparison.OrdinalIgnoreCase) || period.Equals("Total", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the amount at <paramref name="i"/>: its tokens up to the next period (<c>Rp.</c> and the number,
    /// or <c>Rp. -</c> for zero).</summary>
    private static bool TryReadAmount(string[] tokens, ref int i, out Rupiah amount)
    {
        int start = i;
        while (i < tokens.Length && !ReadsAsPeriod(tokens[i]))
        {
            i++;
        }

        string text = string.Join(' ', tokens, start, i - start);
        if (text.EndsWith('-') && text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            amount = Rupiah.Zero; // "Rp. -", "-"
            return true;
        }

        return Rupiah.TryParse(text, out amount);
    }

    private static bool ReadsAsPeriod(string token) => Array.Exists(Months, m => m.Equals(token, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns whether <paramref name="trimmed"/> holds nothing but the plan's words (months, quarters, the
    /// total) and amounts; <paramref name="month"/> tells whether it names one, <paramref name="endsWithAmount"/>
    /// whether an amount ends it (printed one cell per line, a month and its amount come on lines of their own, and
    /// plain pdftotext writes a month's amount before the next column's month).</summary>
    private static bool ReadsAsRow(string trimmed, out bool month, out bool endsWithAmount)
    {
        month = false;
        endsWithAmount = false;
        bool amount = false;
        string previous = string.Empty;
        foreach (string token in trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ReadsAsPeriod(token))
            {
                month = true;
                endsWithAmount = false;
            }
            else if (previous.Equals("Triwulan", StringComparison.OrdinalIgnoreCase) && Array.IndexOf(Quarters, token) >= 0)
            {
                endsWithAmount = false; // the quarter's number ("Triwulan 2")
            }
            else if (token.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) || token == "-"
                || (char.IsAsciiDigit(token[0]) && (token.AsSpan().IndexOfAny(',', '.') > 0 || previous.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))))
            {
                amount = true; // "Rp. 2.500.000,00", "Rp 0", "2.500.000,00": not a day or a year ("31 Desember 2020")
                endsWithAmount = true;
            }
            else if (!(month && Array.IndexOf(Quarters, token) >= 0))
            {
                return false;
            }

            previous = token;
        }

        return month || amount;
    }
}
