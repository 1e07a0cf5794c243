using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rkaskpd.Serialization;

/// <summary>
/// The shared base of the budget code converters: reads and writes a code as a JSON string in its canonical text,
/// also as a property name (so a code can key a dictionary).
/// </summary>
/// <typeparam name="T">The code type.</typeparam>
/// <remarks>
/// Reading accepts whatever the code's strict <c>Parse</c> accepts; a string that does not parse, JSON null or any
/// other token throws <see cref="JsonException"/> (the <see cref="FormatException"/> is its inner exception).
/// </remarks>
public abstract class CodeJsonConverter<T> : JsonConverter<T>
    where T : struct, ISpanParsable<T>, IUtf8SpanFormattable
{
    private readonly string _what;
    private readonly int _maxLength;

    /// <summary>Initializes a new instance of the <see cref="CodeJsonConverter{T}"/> class.</summary>
    /// <param name="what">The code's name in messages, e.g. <c>a kegiatan code</c>.</param>
    /// <param name="maxLength">The length of the longest canonical text of <typeparamref name="T"/>.</param>
    private protected CodeJsonConverter(string what, int maxLength)
    {
        _what = what;
        _maxLength = maxLength;
    }

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValues.ReadParsable<T>(ref reader, _what);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonValues.WriteFormattable(writer, value, _maxLength, asPropertyName: false);
    }

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValues.ReadParsable<T>(ref reader, _what);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonValues.WriteFormattable(writer, value, _maxLength, asPropertyName: true);
    }
}
