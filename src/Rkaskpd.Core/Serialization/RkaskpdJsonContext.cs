using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Recap;
using Rkaskpd.Validation;

namespace Rkaskpd.Serialization;

/// <summary>
/// The source-generated System.Text.Json contracts of the model (no reflection: trimming- and AOT-safe). Use its
/// <see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}"/> properties with <see cref="JsonSerializer"/>, or the shortcuts on <see cref="RkaJson"/>.
/// </summary>
/// <remarks>
/// <para>
/// Options: camel-case member names; enums as camel-case strings (<c>"currentYear"</c>, <c>"capaianProgram"</c>,
/// <c>"error"</c>; integers are not accepted); nulls written explicitly; nullable annotations and required constructor
/// parameters respected on reading (JSON null where the model does not allow it, or a missing constructor argument,
/// throws <see cref="JsonException"/>); unknown members are skipped.
/// </para>
/// <para>
/// <see cref="JsonSerializerOptions.MaxDepth"/> is 64, for reading and writing: a document nests about ten levels
/// deep (document, forms, form, KAK, sections, section, schedules, schedule, months), so 64 leaves room for long
/// chains of amended legal references while a hostile input cannot drive the reader into deep recursion; deeper JSON
/// throws <see cref="JsonException"/>.
/// </para>
/// <para>
/// Value types use the converters in this namespace: <see cref="Rupiah"/> as a JSON number with two decimals, the
/// budget codes of both schemes as strings (each code type names its converter), <see cref="Codes.CodeScheme"/> as a
/// camel-case name, NodaTime <c>LocalDate</c> as <c>yyyy-MM-dd</c> and <c>YearMonth</c> as <c>yyyy-MM</c>.
/// <see cref="IndicatorTarget"/> is polymorphic with a leading <c>"kind"</c> discriminator; <see cref="KakSection"/>
/// uses <see cref="KakSectionJsonConverter"/>.
/// </para>
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    MaxDepth = 64,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(LocalDateJsonConverter),
        typeof(YearMonthJsonConverter),
        typeof(CamelCaseEnumConverter<AmountPosition>),
        typeof(CamelCaseEnumConverter<IndicatorKind>),
        typeof(CamelCaseEnumConverter<KakSectionKind>),
        typeof(CamelCaseEnumConverter<LegalReferenceKind>),
        typeof(CamelCaseEnumConverter<DiagnosticSeverity>),
        typeof(CamelCaseEnumConverter<RekapIssueKind>),
        typeof(CamelCaseEnumConverter<CodeScheme>),
        typeof(CamelCaseEnumConverter<DocumentKind>),
        typeof(CamelCaseEnumConverter<FormTemplate>),
    ])]
[JsonSerializable(typeof(RkaDocument))]
[JsonSerializable(typeof(RkaForm))]
[JsonSerializable(typeof(Kak))]
[JsonSerializable(typeof(KakSection))]
[JsonSerializable(typeof(LegalReference))]
[JsonSerializable(typeof(IReadOnlyList<LegalReference>))]
[JsonSerializable(typeof(WaktuPelaksanaan))]
[JsonSerializable(typeof(IReadOnlyList<WaktuPelaksanaan>))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(IReadOnlyList<Diagnostic>))]
[JsonSerializable(typeof(IEnumerable<Diagnostic>))]
[JsonSerializable(typeof(RekapitulasiBelanja))]
public sealed partial class RkaskpdJsonContext : JsonSerializerContext;
