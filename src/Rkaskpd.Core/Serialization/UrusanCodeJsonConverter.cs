using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="UrusanCode"/> as a JSON string in its canonical text (e.g. <c>3.05</c>), also as a
/// property name (so the code can key a dictionary).
/// </summary>
/// <remarks>
/// Reading accepts whatever <see cref="UrusanCode.Parse(ReadOnlySpan{char})"/> accepts; a string that does not parse, JSON
/// null or any other token throws <see cref="JsonException"/> (the <see cref="FormatException"/> is its inner exception).
/// </remarks>
public sealed class UrusanCodeJsonConverter : JsonConverter<UrusanCode>
{
    /// <inheritdoc/>
    public override UrusanCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValues.ReadParsable<UrusanCode>(ref reader, "a urusan code");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, UrusanCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonValues.WriteFormattable(writer, value, UrusanCode.MaxFormattedLength, asPropertyName: false);
    }

    /// <inheritdoc/>
    public override UrusanCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValues.ReadParsable<UrusanCode>(ref reader, "a urusan code");

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, UrusanCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonValues.WriteFormattable(writer, value, UrusanCode.MaxFormattedLength, asPropertyName: true);
    }
}
