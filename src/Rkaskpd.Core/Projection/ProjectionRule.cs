using System;
using System.Globalization;

namespace Rkaskpd.Projection;

/// <summary>
/// A projection rule: how an SKPD estimates the <c>prakiraan maju</c> (forward estimate, year n+1) from the budget of
/// year n: a growth rate and a rounding policy. No regulation fixes the rate; it is the SKPD's own estimate, so a rule
/// is a policy the caller chooses per document. <see cref="TenPercent"/> is the common tool convention (+10 %, exact
/// to the sen), which every form of the Lumajang 2020 seed follows.
/// </summary>
/// <remarks>
/// Equality is by value (rate, rounding increment, midpoint rounding and tolerance). The default value of this type
/// is not meaningful; use <see cref="TenPercent"/> or <see cref="Create"/>.
/// </remarks>
/// <example>
/// <code>
/// var rule = ProjectionRule.Create(0.05m, roundTo: new Rupiah(1000m)); // +5 %, to the thousand rupiah
/// Rupiah nextYear = rule.Project(new Rupiah(551_204_390m));
/// RuleSet rules = RuleSet.Default.WithProjection(rule);
/// </code>
/// </example>
public sealed record ProjectionRule
{
    private ProjectionRule(string name, decimal growthRate, Rupiah roundTo, MidpointRounding midpointRounding, Rupiah tolerance)
    {
        Name = name;
        GrowthRate = growthRate;
        RoundTo = roundTo;
        MidpointRounding = midpointRounding;
        Tolerance = tolerance;
    }

    /// <summary>
    /// Gets the +10 % preset: year n+1 = year n × 1.10, rounded to the sen half away from zero, no tolerance. The
    /// Lumajang 2020 forms all follow it exactly.
    /// </summary>
    public static ProjectionRule TenPercent { get; } =
        new("+10%", 0.10m, Rupiah.FromSen(1), MidpointRounding.AwayFromZero, Rupiah.Zero);

    /// <summary>Gets a short name of the rule for messages, e.g. <c>+10%</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the growth rate as a fraction: 0.10 for +10 %; may be zero or negative.</summary>
    public decimal GrowthRate { get; }

    /// <summary>Gets the rounding increment of the projected amount, e.g. one sen, one rupiah or a thousand rupiah.</summary>
    public Rupiah RoundTo { get; }

    /// <summary>Gets how an amount exactly halfway between two increments is rounded.</summary>
    public MidpointRounding MidpointRounding { get; }

    /// <summary>Gets how far year n+1 may lie from the projection before it counts as a departure.</summary>
    public Rupiah Tolerance { get; }

    /// <summary>Creates a projection rule.</summary>
    /// <param name="growthRate">The growth rate as a fraction (0.10 for +10 %), between -1 and 10.</param>
    /// <param name="roundTo">The rounding increment; one sen when null.</param>
    /// <param name="midpointRounding">How halfway amounts are rounded; half away from zero (as spreadsheets' ROUND) by default.</param>
    /// <param name="tolerance">How far year n+1 may lie from the projection; zero when null.</param>
    /// <param name="name">A short name for messages; by default made from the rate, e.g. <c>+5%</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="growthRate"/> is outside -1 to 10, <paramref name="roundTo"/> is not positive, or
    /// <paramref name="tolerance"/> is negative.
    /// </exception>
    public static ProjectionRule Create(
        decimal growthRate,
        Rupiah? roundTo = null,
        MidpointRounding midpointRounding = MidpointRounding.AwayFromZero,
        Rupiah? tolerance = null,
        string? name = null)
    {
        if (growthRate is < -1m or > 10m)
        {
            throw new ArgumentOutOfRangeException(nameof(growthRate), growthRate, "The growth rate must lie between -1 (-100 %) and 10 (+1000 %).");
        }

        Rupiah increment = roundTo ?? Rupiah.FromSen(1);
        if (increment.Sen <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(roundTo), increment, "The rounding increment must be positive.");
        }

        Rupiah slack = tolerance ?? Rupiah.Zero;
        if (slack.Sen < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), slack, "The tolerance must not be negative.");
        }

        if (!Enum.IsDefined(midpointRounding))
        {
            throw new ArgumentOutOfRangeException(nameof(midpointRounding), midpointRounding, "Not a midpoint rounding mode.");
        }

        name ??= (growthRate >= 0 ? "+" : string.Empty)
            + (growthRate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        return new ProjectionRule(name, growthRate, increment, midpointRounding, slack);
    }

    /// <summary>Projects year n+1 from year n.</summary>
    /// <param name="currentYear">The amount of year n.</param>
    /// <returns>The year n+1 amount the rule expects.</returns>
    /// <exception cref="OverflowException">The projection is out of the range of <see cref="Rupiah"/>.</exception>
    public Rupiah Project(Rupiah currentYear)
    {
        decimal grown = currentYear.Sen * (1m + GrowthRate);
        decimal increments = Math.Round(grown / RoundTo.Sen, 0, MidpointRounding);
        return Rupiah.FromSen(checked((long)(increments * RoundTo.Sen)));
    }

    /// <summary>Tells whether a year n+1 amount follows the rule, within <see cref="Tolerance"/>.</summary>
    /// <param name="currentYear">The amount of year n.</param>
    /// <param name="nextYear">The amount of year n+1.</param>
    /// <returns>Whether <paramref name="nextYear"/> lies within the tolerance of the projection.</returns>
    public bool IsFollowedBy(Rupiah currentYear, Rupiah nextYear)
    {
        try
        {
            long difference = Math.Abs(checked(nextYear.Sen - Project(currentYear).Sen));
            return difference <= Tolerance.Sen;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
