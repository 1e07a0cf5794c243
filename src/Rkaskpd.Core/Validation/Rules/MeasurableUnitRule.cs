using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA304</c> (warning): a target's unit is not measurable (<c>paket</c>, <c>pm</c>, <c>up</c>, <c>lumpsum</c>: the
/// RKA instructions forbid them, since they say nothing of what is delivered).
/// </summary>
public sealed class MeasurableUnitRule : IFormRule
{
    private readonly ImmutableHashSet<string> units;

    /// <summary>Initializes a new instance of the <see cref="MeasurableUnitRule"/> class with the units the RKA instructions forbid.</summary>
    public MeasurableUnitRule()
        : this(DefaultUnits)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MeasurableUnitRule"/> class with a caller's list of unmeasurable units.</summary>
    /// <param name="unmeasurableUnits">The units, compared with the first word of a target's unit, ignoring case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unmeasurableUnits"/> is null.</exception>
    public MeasurableUnitRule(IEnumerable<string> unmeasurableUnits)
    {
        ArgumentNullException.ThrowIfNull(unmeasurableUnits);
        units = unmeasurableUnits.Select(u => u.Trim().ToUpperInvariant()).ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>Gets the units the RKA instructions forbid: <c>paket</c>, <c>pm</c>, <c>up</c>, <c>lumpsum</c>, <c>lump sum</c>, <c>ls</c>.</summary>
    public static IReadOnlyList<string> DefaultUnits { get; } = ["paket", "pm", "up", "lumpsum", "lump sum", "ls"];

    /// <inheritdoc/>
    public string Id => RuleIds.UnmeasurableUnit;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "A target's unit is not measurable (paket, pm, up, lumpsum).";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        for (int i = 0; i < form.Indicators.Count; i++)
        {
            IndicatorTarget target = form.Indicators[i].Target;
            IEnumerable<QuantityTarget> quantities = target switch
            {
                QuantityTarget quantity => [quantity],
                CompoundTarget compound => compound.Parts,
                _ => [],
            };
            foreach (QuantityTarget quantity in quantities)
            {
                if (IsUnmeasurable(quantity.Unit))
                {
                    context.Report(form, ModelPaths.IndicatorTarget(i),
                        Message.Format(MessageResources.Rka304, target.Text, quantity.Unit));
                }
            }
        }
    }

    private bool IsUnmeasurable(string unit)
    {
        string normalised = string.Join(' ', unit.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        if (units.Contains(normalised))
        {
            return true;
        }

        int space = normalised.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && units.Contains(normalised[..space]);
    }
}
