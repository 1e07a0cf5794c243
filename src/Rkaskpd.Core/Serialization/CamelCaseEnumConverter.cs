using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rkaskpd.Serialization;

/// <summary>
/// Writes an enum as its camel-case name (<c>"currentYear"</c>, <c>"capaianProgram"</c>, <c>"error"</c>) and reads
/// only names, never integers.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Initializes a new instance of the <see cref="CamelCaseEnumConverter{TEnum}"/> class.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
