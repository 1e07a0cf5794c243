using System;
using System.Globalization;
using System.Text.Json;

namespace Rkaskpd.Serialization;

/// <summary>Shared reading and writing of the string-valued scalars (codes, dates, amounts as property names) and of
/// the enum names the converters write.</summary>
internal static class JsonValues
{
    /// <summary>The longest string read into a stack buffer; longer strings are read into a new string.</summary>
    private const int StackLimit = 64;

    /// <summary>The camel-case JSON names of an enum's values, indexed by value (the values run 0, 1, 2, ...).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <returns>The names, e.g. <c>latarBelakang</c> for <c>LatarBelakang</c>.</returns>
    internal static string[] CamelCaseNames<TEnum>()
        where TEnum : struct, Enum
    {
        TEnum[] values = Enum.GetValues<TEnum>();
        var names = new string[values.Length];
        foreach (TEnum value in values)
        {
            names[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
        }

        return names;
    }

    /// <summary>Reads a JSON string token as a value of <typeparamref name="T"/>, wrapping parse failures.</summary>
    public static T ReadParsable<T>(ref Utf8JsonReader reader, string what)
        where T : ISpanParsable<T>
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw Unexpected(reader.TokenType, what, "a string");
        }

        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        Span<char> buffer = stackalloc char[StackLimit];
        ReadOnlySpan<char> text = length <= StackLimit
            ? buffer[..reader.CopyString(buffer)]
            : reader.GetString().AsSpan();
        try
        {
            return T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException ex)
        {
            throw new JsonException($"Cannot read {what}: {ex.Message}", ex);
        }
        catch (OverflowException ex)
        {
            throw new JsonException($"Cannot read {what}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes a value's UTF-8 text as a JSON string (or property name) through a stack buffer.</summary>
    public static void WriteFormattable<T>(Utf8JsonWriter writer, T value, int maxLength, bool asPropertyName)
        where T : IUtf8SpanFormattable
    {
        Span<byte> buffer = stackalloc byte[maxLength];
        if (!value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture))
        {
            throw new JsonException($"Cannot write {typeof(T).Name}: its text is longer than {maxLength} bytes.");
        }

        if (asPropertyName)
        {
            writer.WritePropertyName(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(buffer[..written]);
        }
    }

    /// <summary>Creates the exception for a token of the wrong type.</summary>
    public static JsonException Unexpected(JsonTokenType token, string what, string expected) => token == JsonTokenType.Null
        ? new JsonException($"Cannot read {what}: null is not allowed here; expected {expected}.")
        : new JsonException($"Cannot read {what}: expected {expected}, found {Describe(token)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
