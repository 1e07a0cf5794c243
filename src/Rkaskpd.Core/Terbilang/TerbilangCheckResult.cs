using System;
using System.Collections.Generic;
using System.Linq;

namespace Rkaskpd;

/// <summary>The outcome of checking a written <c>terbilang</c> against its amount with
/// <see cref="TerbilangChecker.Check(string?, decimal)"/>.</summary>
/// <remarks>Equality is value equality; <see cref="Slips"/> are compared element by element.</remarks>
public sealed record TerbilangCheckResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="expectedText">The correct text in the checked text's style.</param>
    /// <param name="readAmount">The amount the text reads as after mending slips, if it reads as one.</param>
    /// <param name="slips">The slips found, in text order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expectedText"/> or <paramref name="slips"/> is null.</exception>
    public TerbilangCheckResult(TerbilangVerdict verdict, string expectedText, decimal? readAmount, IEnumerable<TerbilangSlip> slips)
    {
        ArgumentNullException.ThrowIfNull(expectedText);
        ArgumentNullException.ThrowIfNull(slips);
        Verdict = verdict;
        ExpectedText = expectedText;
        ReadAmount = readAmount;
        Slips = Array.AsReadOnly(slips.ToArray());
    }

    /// <summary>Gets the verdict.</summary>
    /// <value><see cref="TerbilangVerdict.Correct"/> when the text spells the amount without slips.</value>
    public TerbilangVerdict Verdict { get; }

    /// <summary>Gets whether the text spells the amount, with or without slips.</summary>
    /// <value><see langword="true"/> for <see cref="TerbilangVerdict.Correct"/> and
    /// <see cref="TerbilangVerdict.CorrectWithSlips"/>.</value>
    public bool SpellsAmount => Verdict is TerbilangVerdict.Correct or TerbilangVerdict.CorrectWithSlips;

    /// <summary>Gets the correct <c>terbilang</c> of the amount in the checked text's style: its casing, with
    /// <c>RUPIAH</c> (and <c>SEN</c>) when the text has <c>RUPIAH</c>, without parentheses.</summary>
    /// <value>E.g. <c>SERATUS EMPAT PULUH SEMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH</c>.</value>
    public string ExpectedText { get; }

    /// <summary>Gets the amount the text says once its slips are mended.</summary>
    /// <value><see langword="null"/> when the text is unreadable or its number words do not form a number.</value>
    public decimal? ReadAmount { get; }

    /// <summary>Gets the slips found, in text order.</summary>
    /// <value>Empty for a correct text.</value>
    public IReadOnlyList<TerbilangSlip> Slips { get; }

    /// <summary>Compares verdict, expected text, read amount and the slips element by element.</summary>
    /// <param name="other">The other result.</param>
    /// <returns><see langword="true"/> when both describe the same outcome.</returns>
    public bool Equals(TerbilangCheckResult? other) =>
        other is not null
        && Verdict == other.Verdict
        && string.Equals(ExpectedText, other.ExpectedText, StringComparison.Ordinal)
        && ReadAmount == other.ReadAmount
        && Slips.SequenceEqual(other.Slips);

    /// <summary>Hashes verdict, expected text, read amount and the slips.</summary>
    /// <returns>A hash code consistent with <see cref="Equals(TerbilangCheckResult?)"/>.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Verdict);
        hash.Add(ExpectedText, StringComparer.Ordinal);
        hash.Add(ReadAmount);
        foreach (TerbilangSlip slip in Slips)
        {
            hash.Add(slip);
        }

        return hash.ToHashCode();
    }
}
