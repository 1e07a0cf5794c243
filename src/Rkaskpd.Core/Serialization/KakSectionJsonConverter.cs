using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Rkaskpd.Forms;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="KakSection"/> (any of the eight KAK section records) as a JSON object: the inputs
/// <c>kind</c>, <c>heading</c>, <c>text</c> (and <c>tahunAnggaran</c> for a <see cref="Mekanisme"/>), followed by the
/// structure the section derives from its text, for consumers: <c>references</c> (<see cref="DasarHukum"/>),
/// <c>maksud</c>/<c>tujuan</c> (<see cref="MaksudDanTujuan"/>), <c>items</c> (<see cref="BentukKegiatan"/>),
/// <c>prosedur</c>/<c>prosedurSteps</c>/<c>tempat</c>/<c>pelaksanaan</c>/<c>jadwal</c> (<see cref="Mekanisme"/>),
/// <c>steps</c> (<see cref="Alur"/>), <c>intro</c>/<c>points</c> (<see cref="Manfaat"/>).
/// </summary>
/// <remarks>
/// The derived members are output only: reading takes <c>kind</c>, <c>heading</c>, <c>text</c> and
/// <c>tahunAnggaran</c>, ignores every other member, and rebuilds the section with
/// <see cref="KakSection.Create"/>, so the derived structure always agrees with the text. The section must be an
/// object with a known <c>kind</c> (camel case, e.g. <c>"latarBelakang"</c>) and a non-null <c>text</c>; otherwise, and
/// for JSON null, reading throws <see cref="JsonException"/>. Writing the derived structure needs the
/// <see cref="LegalReference"/> and <see cref="WaktuPelaksanaan"/> contracts, which <see cref="RkaskpdJsonContext"/>
/// provides.
/// </remarks>
public sealed class KakSectionJsonConverter : JsonConverter<KakSection>
{
    private static readonly string[] KindNames = JsonValues.CamelCaseNames<KakSectionKind>();

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override KakSection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Unexpected(reader.TokenType, "a KAK section", "an object");
        }

        KakSectionKind? kind = null;
        string? heading = null;
        string? text = null;
        int? tahunAnggaran = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                reader.Read();
                kind = ReadKind(ref reader);
            }
            else if (reader.ValueTextEquals("heading"u8))
            {
                reader.Read();
                heading = reader.TokenType switch
                {
                    JsonTokenType.Null => null,
                    JsonTokenType.String => reader.GetString(),
                    _ => throw JsonValues.Unexpected(reader.TokenType, "a KAK section's heading", "a string or null"),
                };
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                text = reader.TokenType == JsonTokenType.String
                    ? reader.GetString()
                    : throw JsonValues.Unexpected(reader.TokenType, "a KAK section's text", "a string");
            }
            else if (reader.ValueTextEquals("tahunAnggaran"u8))
            {
                reader.Read();
                tahunAnggaran = reader.TokenType switch
                {
                    JsonTokenType.Null => null,
                    JsonTokenType.Number when reader.TryGetInt32(out int year) => year,
                    _ => throw JsonValues.Unexpected(reader.TokenType, "a KAK section's tahunAnggaran", "a whole number or null"),
                };
            }
            else
            {
                // Derived, output-only structure. The serializer hands a converter the whole value, but Skip refuses
                // a reader that is not on its final block (reading from a stream), so TrySkip.
                if (!reader.Read() || !reader.TrySkip())
                {
                    throw new JsonException("Cannot read a KAK section: the JSON ends inside it.");
                }
            }
        }

        if (kind is not { } sectionKind)
        {
            throw new JsonException("Cannot read a KAK section: its \"kind\" is missing.");
        }

        if (text is null)
        {
            throw new JsonException("Cannot read a KAK section: its \"text\" is missing.");
        }

        return KakSection.Create(sectionKind, heading, text, sectionKind == KakSectionKind.Mekanisme ? tahunAnggaran : null);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, KakSection value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        if (value is null)
        {
            throw new JsonException("Cannot write a KAK section: it is null.");
        }

        // The parts written are computed from the text; those this write computes are dropped again afterwards, so
        // that writing a document of thousands of forms does not leave it holding the parts of every section.
        bool keep = value.HasDerivedValues;
        writer.WriteStartObject();
        writer.WriteString("kind"u8, KindNames[(int)value.Kind]);
        writer.WriteString("heading"u8, value.Heading);
        writer.WriteString("text"u8, value.Text);
        switch (value)
        {
            case DasarHukum dasarHukum:
                writer.WritePropertyName("references"u8);
                JsonTypeInfo<IReadOnlyList<LegalReference>> references = TypeInfo<IReadOnlyList<LegalReference>>(options);
                if (!dasarHukum.HasReferences && LegalReferenceJsonWriter.WritesAsSerializer(options))
                {
                    // Not read yet: written straight from the text rather than built only to be dropped.
                    LegalReferenceJsonWriter.WriteList(writer, dasarHukum.Body);
                }
                else
                {
                    JsonSerializer.Serialize(writer, dasarHukum.References, references);
                }

                break;
            case MaksudDanTujuan maksudDanTujuan:
                writer.WriteString("maksud"u8, maksudDanTujuan.Maksud);
                writer.WriteString("tujuan"u8, maksudDanTujuan.Tujuan);
                break;
            case BentukKegiatan bentukKegiatan:
                WriteStrings(writer, "items"u8, bentukKegiatan.Items);
                break;
            case Mekanisme mekanisme:
                if (mekanisme.TahunAnggaran is { } year)
                {
                    writer.WriteNumber("tahunAnggaran"u8, year);
                }
                else
                {
                    writer.WriteNull("tahunAnggaran"u8);
                }

                writer.WriteString("prosedur"u8, mekanisme.Prosedur);
                WriteStrings(writer, "prosedurSteps"u8, mekanisme.ProsedurSteps);
                writer.WriteString("tempat"u8, mekanisme.Tempat);
                WriteStrings(writer, "pelaksanaan"u8, mekanisme.Pelaksanaan);
                writer.WritePropertyName("jadwal"u8);
                JsonSerializer.Serialize(writer, mekanisme.Jadwal, TypeInfo<IReadOnlyList<WaktuPelaksanaan>>(options));
                break;
            case Alur alur:
                WriteStrings(writer, "steps"u8, alur.Steps);
                break;
            case Manfaat manfaat:
                writer.WriteString("intro"u8, manfaat.Intro);
                WriteStrings(writer, "points"u8, manfaat.Points);
                break;
            default:
                break;
        }

        writer.WriteEndObject();
        if (!keep)
        {
            value.ForgetDerivedValues();
        }
    }

    private static KakSectionKind ReadKind(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValues.Unexpected(reader.TokenType, "a KAK section's kind", "a string such as \"latarBelakang\"");
        }

        string name = reader.GetString()!;
        int index = Array.IndexOf(KindNames, name);
        return index >= 0
            ? (KakSectionKind)index
            : throw new JsonException($"Cannot read a KAK section: \"{name}\" is not a KAK section kind (expected one of {string.Join(", ", KindNames)}).");
    }

    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) =>
        options.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"The JSON options provide no contract for {typeof(T).Name}; use RkaskpdJsonContext.");
}
