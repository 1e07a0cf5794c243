using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="Rupiah"/> as a JSON number in rupiah with exactly two decimals, e.g.
/// <c>551204390.00</c> for Rp 551.204.390,00 (the value is exact: no binary floating point is involved).
/// </summary>
/// <remarks>
/// <para>
/// Reading accepts a JSON number or a string holding one in invariant notation (<c>"551204390.00"</c>, optional
/// leading <c>-</c>, no thousands separators). The value must be a whole number of <c>sen</c> (<c>1.005</c> is
/// rejected; <c>1.50</c> and <c>1.500</c> are both Rp 1,50) and lie within <see cref="Rupiah.MinValue"/>..
/// <see cref="Rupiah.MaxValue"/>. JSON null (for a non-nullable amount), a fraction of a sen, an out-of-range value and
/// any other token throw <see cref="JsonException"/>.
/// </para>
/// <para>As a property name, the amount is written as the same text in a string: <c>"551204390.00"</c>.</para>
/// </remarks>
public sealed class RupiahJsonConverter : JsonConverter<Rupiah>
{
    /// <summary>The longest text of an amount: sign, 17 digits, point and two decimals.</summary>
    private const int MaxLength = 24;

    /// <summary>The largest amount in rupiah, <see cref="Rupiah.MaxValue"/>.</summary>
    private static readonly decimal Max = Rupiah.MaxValue.Amount;

    /// <summary>The smallest amount in rupiah, <see cref="Rupiah.MinValue"/>.</summary>
    private static readonly decimal Min = Rupiah.MinValue.Amount;

    /// <inheritdoc/>
    public override Rupiah Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out decimal amount)
                    ? FromAmount(amount)
                    : throw new JsonException("Cannot read an amount: the number is out of the range of Rupiah.");
            case JsonTokenType.String:
                return ReadText(ref reader);
            default:
                throw JsonValues.Unexpected(reader.TokenType, "an amount", "a number such as 551204390.00");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Rupiah value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[MaxLength];
        writer.WriteRawValue(buffer[..Format(value, buffer)], skipInputValidation: true);
    }

    /// <inheritdoc/>
    public override Rupiah ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadText(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Rupiah value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[MaxLength];
        writer.WritePropertyName(buffer[..Format(value, buffer)]);
    }

    private static Rupiah ReadText(ref Utf8JsonReader reader)
    {
        string text = reader.GetString() ?? string.Empty;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount)
            ? FromAmount(amount)
            : throw new JsonException($"Cannot read an amount: \"{text}\" is not a number such as 551204390.00.");
    }

    private static Rupiah FromAmount(decimal amount)
    {
        if (amount > Max || amount < Min)
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"Cannot read an amount: {amount} is out of the range of Rupiah."));
        }

        decimal sen = amount * 100;
        return sen == decimal.Truncate(sen)
            ? Rupiah.FromSen((long)sen)
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"Cannot read an amount: {amount} has a fraction of a sen (more than two decimals)."));
    }

    /// <summary>Writes <c>[-]digits.dd</c> in invariant ASCII; returns the length.</summary>
    private static int Format(Rupiah value, Span<byte> buffer)
    {
        long sen = value.Sen;
        ulong magnitude = sen < 0 ? unchecked((ulong)(-(sen + 1)) + 1) : (ulong)sen;
        int position = buffer.Length;
        for (int i = 0; i < 2; i++)
        {
            buffer[--position] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }

        buffer[--position] = (byte)'.';
        do
        {
            buffer[--position] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);

        if (sen < 0)
        {
            buffer[--position] = (byte)'-';
        }

        int length = buffer.Length - position;
        buffer[position..].CopyTo(buffer);
        return length;
    }
}
