using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using Rkaskpd.Forms;

namespace Rkaskpd.Serialization;

/// <summary>
/// Writes the <see cref="LegalReference"/>s of a <c>Dasar Hukum</c> (legal basis) text straight from the text, as the
/// serializer writes <see cref="DasarHukum.References"/>, without building the references: each member is a slice of
/// the text (<see cref="LegalReferenceReader.Read"/>). <see cref="KakSectionJsonConverter"/> uses it for the sections whose
/// references were not read before, so that writing a large document does not build and drop every reference.
/// </summary>
internal static class LegalReferenceJsonWriter
{
    /// <summary>A reference with every member set, an amendment included, for <see cref="WritesAsSerializer"/>.</summary>
    private const string Sample =
        "Permendagri Jatim Nomor 15/2008 tanggal 7 April 2010 tentang Pedoman \"Umum\" diubah dengan Perbup No. 86 tahun 2016";

    private static readonly string[] KindNames = JsonValues.CamelCaseNames<LegalReferenceKind>();

    /// <summary>Per options: whether this writer writes what the serializer writes with them.</summary>
    private static readonly ConditionalWeakTable<JsonSerializerOptions, StrongBox<bool>> Agreement = new();

    /// <summary>
    /// Returns whether <see cref="WriteList"/> writes what the serializer writes for the references with
    /// <paramref name="options"/>: checked once for each options instance, by writing a sample both ways. Options that
    /// change how a reference is written (another naming policy, nulls left out, other converters) fail the check, and
    /// the caller serializes the references instead.
    /// </summary>
    /// <param name="options">The serializer options, which provide the <see cref="LegalReference"/> contracts.</param>
    /// <returns>Whether the two agree.</returns>
    public static bool WritesAsSerializer(JsonSerializerOptions options) =>
        Agreement.GetValue(options, static o => new StrongBox<bool>(Agrees(o))).Value;

    /// <summary>Writes the references of <paramref name="text"/> as a JSON array.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="text">The <c>Dasar Hukum</c> text (<see cref="KakSection.Body"/>), as <see cref="LegalReference.ParseList"/> takes it.</param>
    public static void WriteList(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartArray();
        LegalReference.ForEachItem(text, static (item, w) => Write(w, item, LegalReferenceReader.Read(item)), writer);
        writer.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter writer, ReadOnlySpan<char> text, LegalReferenceReading reading)
    {
        writer.WriteStartObject();
        writer.WriteString("kind"u8, KindNames[(int)reading.Kind]);
        writer.WriteString("text"u8, text);
        if (reading.WrittenIssuer.IsEmpty || reading.ImpliedIssuer is not null)
        {
            writer.WriteString("issuer"u8, reading.Issuer()); // null, the implied issuer, or both joined
        }
        else
        {
            writer.WriteString("issuer"u8, reading.WrittenIssuer);
        }

        WriteStringOrNull(writer, "number"u8, reading.Number);
        if (reading.Year is { } year)
        {
            writer.WriteNumber("year"u8, year);
        }
        else
        {
            writer.WriteNull("year"u8);
        }

        WriteStringOrNull(writer, "title"u8, reading.Title);
        if (reading.Date is { } date)
        {
            Span<byte> utf8 = stackalloc byte[10];
            if (LocalDateJsonConverter.TryFormatIso(date, utf8))
            {
                writer.WriteString("date"u8, utf8);
            }
            else
            {
                writer.WriteString("date"u8, LocalDatePattern.Iso.Format(date));
            }
        }
        else
        {
            writer.WriteNull("date"u8);
        }

        if (reading.IsAmended)
        {
            writer.WritePropertyName("amendedBy"u8);
            Write(writer, reading.Amending, LegalReferenceReader.Read(reading.Amending));
        }
        else
        {
            writer.WriteNull("amendedBy"u8);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a member that is <see langword="null"/> when empty.</summary>
    private static void WriteStringOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static bool Agrees(JsonSerializerOptions options)
    {
        if (options.GetTypeInfo(typeof(IReadOnlyList<LegalReference>)) is not JsonTypeInfo<IReadOnlyList<LegalReference>> contract)
        {
            return false;
        }

        var serialized = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(serialized))
        {
            JsonSerializer.Serialize(writer, LegalReference.ParseList(Sample), contract);
        }

        var written = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(written))
        {
            WriteList(writer, Sample);
        }

        return serialized.WrittenSpan.SequenceEqual(written.WrittenSpan);
    }
}
