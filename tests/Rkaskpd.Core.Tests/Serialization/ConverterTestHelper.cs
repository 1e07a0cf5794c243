using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rkaskpd.Tests.Serialization;

/// <summary>Runs a converter on its own, as a value and as a property name.</summary>
internal static class ConverterTestHelper
{
    public static T Read<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), JsonSerializerOptions.Default)!;
    }

    public static string Write<T>(JsonConverter<T> converter, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, JsonSerializerOptions.Default);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string WriteKey<T>(JsonConverter<T> converter, T value)
        where T : notnull
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            converter.WriteAsPropertyName(writer, value, JsonSerializerOptions.Default);
            writer.WriteNumberValue(1);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static T ReadKey<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        return converter.ReadAsPropertyName(ref reader, typeof(T), JsonSerializerOptions.Default);
    }
}
