using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>Several quantities joined by <c>dan</c> (and), commas or <c>+</c>, e.g. <c>5 Desa dan 7 Kelurahan</c>.</summary>
public sealed record CompoundTarget : IndicatorTarget
{
    /// <summary>Initializes a new instance of the <see cref="CompoundTarget"/> class.</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="parts">The quantities, in the order written.</param>
    public CompoundTarget(string text, IEnumerable<QuantityTarget> parts)
        : base(text)
    {
        Parts = EquatableList<QuantityTarget>.From(parts);
    }

    /// <summary>Initializes a new instance of the <see cref="CompoundTarget"/> class (the JSON constructor).</summary>
    /// <param name="text">The target as written.</param>
    /// <param name="parts">The quantities, in the order written.</param>
    [JsonConstructor]
    internal CompoundTarget(string text, IReadOnlyList<QuantityTarget> parts)
        : this(text, (IEnumerable<QuantityTarget>)parts)
    {
    }

    /// <summary>Gets the quantities, in the order written.</summary>
    public IReadOnlyList<QuantityTarget> Parts
    {
        get;
        init => field = EquatableList<QuantityTarget>.From(value);
    }
}
