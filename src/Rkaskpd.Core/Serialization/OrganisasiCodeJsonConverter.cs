using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="OrganisasiCode"/> as a JSON string in its canonical text (e.g. <c>3.05.09</c>), also as a
/// property name (so the code can key a dictionary).
/// </summary>
/// <remarks>
/// Reading accepts whatever <see cref="OrganisasiCode.Parse(ReadOnlySpan{char})"/> accepts; a string that does not parse, JSON
/// null or any other token throws <see cref="JsonException"/> (the <see cref="FormatException"/> is its inner exception).
/// </remarks>
public sealed class OrganisasiCodeJsonConverter : JsonConverter<OrganisasiCode>
{
    /// <inheritdoc/>
    public override OrganisasiCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValues.ReadParsable<OrganisasiCode>(ref reader, "a organisasi code");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, OrganisasiCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonValues.WriteFormattable(writer, value, OrganisasiCode.MaxFormattedLength, asPropertyName: false);
    }

    /// <inheritdoc/>
    public override OrganisasiCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValues.ReadParsable<OrganisasiCode>(ref reader, "a organisasi code");

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, OrganisasiCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonValues.WriteFormattable(writer, value, OrganisasiCode.MaxFormattedLength, asPropertyName: true);
    }
}
