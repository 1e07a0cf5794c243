using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO-8601 date string, <c>yyyy-MM-dd</c>
/// (<see cref="LocalDatePattern.Iso"/>), e.g. <c>"2016-12-30"</c>; also as a property name.
/// </summary>
/// <remarks>
/// Our own converter (rather than NodaTime.Serialization.SystemTextJson) keeps the library trimming- and AOT-safe. A
/// string that is not an ISO date, JSON null for a non-nullable date, or any other token throws
/// <see cref="JsonException"/>.
/// </remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    /// <inheritdoc/>
    public override LocalDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(LocalDatePattern.Iso.Format(value));
    }

    private static LocalDate Parse(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw JsonValues.Unexpected(reader.TokenType, "a date", "a string such as \"2020-01-31\"");
        }

        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(reader.GetString()!);
        return result.Success
            ? result.Value
            : throw new JsonException("Cannot read a date: " + result.Exception.Message, result.Exception);
    }
}
