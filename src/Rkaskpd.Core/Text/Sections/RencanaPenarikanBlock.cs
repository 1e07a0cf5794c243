using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Recognises the <c>Rencana Penarikan Dana per Bulan</c> table a DPA prints after its rincian (the monthly
/// disbursement plan: <c>Januari Rp. 0,00 Juli Rp. 2.100.000,00</c>, ..., <c>Jumlah Rp. 12.600.000,00</c>), or the
/// quarterly plan of a 13/2006 DPA (<c>Rencana Penarikan Dana per Triwulan</c>: <c>Triwulan II Rp. 29.780.000,00</c>). The model
/// has no place for it, so its rows are taken out of the form (no field or amount row reads them) and reported once,
/// with their text, as <c>RKA016</c> when the table ends.
/// </summary>
internal sealed class RencanaPenarikanBlock
{
    private static readonly string[] Months =
    [
        "Januari", "Februari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Nopember", "Desember", "Triwulan", "Jumlah", "Total",
    ];

    /// <summary>The quarters' numbers after <c>Triwulan</c>.</summary>
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    private readonly NoteSink notes;
    private readonly List<string> rows = [];
    private string title = string.Empty;
    private int titleLine;
    private bool awaitsAmount;

    /// <summary>Initialises a block that reports to <paramref name="notes"/>.</summary>
    public RencanaPenarikanBlock(NoteSink notes) => this.notes = notes;

    /// <summary>Takes <paramref name="trimmed"/> when it is the table's title or one of its rows; reports the table
    /// when a line that is neither follows it.</summary>
    public bool TryRead(string trimmed, int line)
    {
        if (RawLabels.TryMatchWords(trimmed, 0, "Rencana Penarikan Dana", out _))
        {
            Flush();
            title = trimmed.Replace('\t', ' ');
            titleLine = line;
            return true;
        }

        if (titleLine > 0 && ReadsAsRow(trimmed, out bool month, out bool amount) && (month || awaitsAmount))
        {
            string row = string.Join(' ', trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (month)
            {
                rows.Add(row);
            }
            else
            {
                rows[^1] += " " + row; // one cell per line: the month, then its amount
            }

            awaitsAmount = !amount;
            return true;
        }

        Flush();
        return false;
    }

    /// <summary>Reports the table read so far, if any (at the end of the table or of the form).</summary>
    public void Flush()
    {
        if (titleLine > 0)
        {
            notes.Add(titleLine, TextReaderMessages.NotHeld, TextReaderMessages.FieldNotHeld(title, string.Join("; ", rows)));
        }

        titleLine = 0;
        awaitsAmount = false;
        rows.Clear();
    }

    /// <summary>Returns whether <paramref name="trimmed"/> holds nothing but the plan's words (months, quarters, the
    /// total) and amounts; <paramref name="month"/> tells whether it names one, <paramref name="amount"/> whether it
    /// holds one (printed one cell per line, a month and its amount come on lines of their own).</summary>
    private static bool ReadsAsRow(string trimmed, out bool month, out bool amount)
    {
        month = false;
        amount = false;
        foreach (string token in trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.Exists(Months, m => m.Equals(token, StringComparison.OrdinalIgnoreCase)))
            {
                month = true;
            }
            else if (token.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) || char.IsAsciiDigit(token[0]) || token == "-")
            {
                amount = true;
            }
            else if (!(month && Array.IndexOf(Quarters, token) >= 0))
            {
                return false;
            }
        }

        return month || amount;
    }
}
