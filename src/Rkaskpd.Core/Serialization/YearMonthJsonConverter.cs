using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a NodaTime <see cref="YearMonth"/> as an ISO-8601 year-month string, <c>yyyy-MM</c>
/// (<see cref="YearMonthPattern.Iso"/>), e.g. <c>"2020-02"</c>; also as a property name.
/// </summary>
/// <remarks>
/// Our own converter (rather than NodaTime.Serialization.SystemTextJson) keeps the library trimming- and AOT-safe. A
/// string that is not an ISO year-month, JSON null for a non-nullable year-month, or any other token throws
/// <see cref="JsonException"/>.
/// </remarks>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc/>
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> utf8 = stackalloc byte[7];
        if (TryFormatIso(value, utf8))
        {
            writer.WriteStringValue(utf8);
        }
        else
        {
            writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
        }
    }

    /// <inheritdoc/>
    public override YearMonth ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> utf8 = stackalloc byte[7];
        if (TryFormatIso(value, utf8))
        {
            writer.WritePropertyName(utf8);
        }
        else
        {
            writer.WritePropertyName(YearMonthPattern.Iso.Format(value));
        }
    }

    /// <summary>
    /// Writes <c>yyyy-MM</c> as <see cref="YearMonthPattern.Iso"/> would, without its string: for an ISO year-month
    /// of a year 0–9999 (four digits); other values (negative years, other calendars) are left to the pattern.
    /// </summary>
    /// <param name="value">The year-month.</param>
    /// <param name="utf8">Seven bytes.</param>
    /// <returns>Whether the value was written.</returns>
    internal static bool TryFormatIso(YearMonth value, Span<byte> utf8)
    {
        // yyyy-MM is the ISO date of the month's first day without its day.
        Span<byte> date = stackalloc byte[10];
        if (!LocalDateJsonConverter.TryFormatIso(value.OnDayOfMonth(1), date))
        {
            return false;
        }

        date[..7].CopyTo(utf8);
        return true;
    }

    private static YearMonth Parse(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw JsonValues.Unexpected(reader.TokenType, "a year-month", "a string such as \"2020-02\"");
        }

        ParseResult<YearMonth> result = YearMonthPattern.Iso.Parse(reader.GetString()!);
        return result.Success
            ? result.Value
            : throw new JsonException("Cannot read a year-month: " + result.Exception.Message, result.Exception);
    }
}
