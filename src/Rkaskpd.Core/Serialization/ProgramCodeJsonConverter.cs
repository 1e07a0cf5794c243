using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="ProgramCode"/> as a JSON string in its canonical text (e.g. <c>3.05.3.05.09.01</c>), also as a
/// property name (so the code can key a dictionary).
/// </summary>
/// <remarks>
/// Reading accepts whatever <see cref="ProgramCode.Parse(ReadOnlySpan{char})"/> accepts; a string that does not parse, JSON
/// null or any other token throws <see cref="JsonException"/> (the <see cref="FormatException"/> is its inner exception).
/// </remarks>
public sealed class ProgramCodeJsonConverter : JsonConverter<ProgramCode>
{
    /// <inheritdoc/>
    public override ProgramCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValues.ReadParsable<ProgramCode>(ref reader, "a program code");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ProgramCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonValues.WriteFormattable(writer, value, ProgramCode.MaxFormattedLength, asPropertyName: false);
    }

    /// <inheritdoc/>
    public override ProgramCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValues.ReadParsable<ProgramCode>(ref reader, "a program code");

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ProgramCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonValues.WriteFormattable(writer, value, ProgramCode.MaxFormattedLength, asPropertyName: true);
    }
}
