using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>The three positional <c>Jumlah Tahun</c> rows of a form: years n-1, n and n+1.</summary>
public sealed record FormAmounts
{
    /// <summary>Gets the year n-1 row, or null when the form lacks it.</summary>
    public AmountRow? PreviousYear { get; init; }

    /// <summary>Gets the year n row (the budget being planned), or null when the form lacks it.</summary>
    public AmountRow? CurrentYear { get; init; }

    /// <summary>Gets the year n+1 row (the forward estimate), or null when the form lacks it.</summary>
    public AmountRow? NextYear { get; init; }

    /// <summary>Gets the rows the form has, in position order.</summary>
    [JsonIgnore]
    public IEnumerable<AmountRow> Rows
    {
        get
        {
            if (PreviousYear is not null)
            {
                yield return PreviousYear;
            }

            if (CurrentYear is not null)
            {
                yield return CurrentYear;
            }

            if (NextYear is not null)
            {
                yield return NextYear;
            }
        }
    }

    /// <summary>Gets the row at a position.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The row, or null when the form lacks it.</returns>
    public AmountRow? this[AmountPosition position] => position switch
    {
        AmountPosition.PreviousYear => PreviousYear,
        AmountPosition.CurrentYear => CurrentYear,
        AmountPosition.NextYear => NextYear,
        _ => null,
    };

    /// <summary>Creates the three rows the way the form prints them, labelled with the years around <paramref name="tahunAnggaran"/>.</summary>
    /// <param name="tahunAnggaran">The fiscal year n.</param>
    /// <param name="previousYear">The amount of year n-1.</param>
    /// <param name="currentYear">The amount of year n.</param>
    /// <param name="nextYear">The amount of year n+1.</param>
    /// <returns>The rows.</returns>
    public static FormAmounts Create(int tahunAnggaran, Rupiah previousYear, Rupiah currentYear, Rupiah nextYear) => new()
    {
        PreviousYear = AmountRow.Create(AmountPosition.PreviousYear, tahunAnggaran, previousYear),
        CurrentYear = AmountRow.Create(AmountPosition.CurrentYear, tahunAnggaran, currentYear),
        NextYear = AmountRow.Create(AmountPosition.NextYear, tahunAnggaran, nextYear),
    };
}
