using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Rkaskpd.Validation;

/// <summary>
/// A finding about a document or one of its forms: the rule ID (stable, e.g. <c>RKA201</c>), the severity, the form
/// (its <c>kegiatan</c> code), where in the form, and a message that says what was expected and what was found.
/// </summary>
/// <param name="Code">The rule ID, e.g. <c>RKA201</c>; see <see cref="RuleIds"/>.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Message">What was expected and what was found.</param>
/// <param name="Kegiatan">The kegiatan code of the form, as written; null for a finding about the whole document.</param>
/// <param name="Path">
/// Where in the form, as a path over the model in camel case, e.g. <c>amounts.currentYear.terbilang</c>,
/// <c>indicators[1].target</c> or <c>kak.latarBelakang</c>; empty for the whole form or document.
/// </param>
public readonly record struct Diagnostic(
    [property: JsonPropertyOrder(0)] string Code,
    [property: JsonPropertyOrder(1)] DiagnosticSeverity Severity,
    [property: JsonPropertyOrder(5)] string Message,
    [property: JsonPropertyOrder(2)] string? Kegiatan,
    [property: JsonPropertyOrder(3)] string Path)
{
    /// <summary>Gets the 1-based line of the source text the finding points at, when the form was read from text.</summary>
    [JsonPropertyOrder(4)]
    public int? Line { get; init; }

    /// <summary>Gets the 1-based page the finding points at, when the form was read from a paged document (a PDF read
    /// with the <c>Rkaskpd.Pdf</c> package); null for text.</summary>
    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }

    /// <summary>Formats the diagnostic on one line, e.g. <c>RKA201 error 3.05.3.05.09.39.007 amounts.currentYear.terbilang (line 12): ...</c>
    /// (<c>(page 2, line 12)</c> when the finding has a page).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Code).Append(' ').Append(SeverityName(Severity));
        if (Kegiatan is not null)
        {
            builder.Append(' ').Append(Kegiatan);
        }

        if (!string.IsNullOrEmpty(Path))
        {
            builder.Append(' ').Append(Path);
        }

        if (Page is { } page)
        {
            builder.Append(CultureInfo.InvariantCulture, $" (page {page}");
            builder.Append(Line is { } pageLine ? string.Create(CultureInfo.InvariantCulture, $", line {pageLine})") : ")");
        }
        else if (Line is { } line)
        {
            builder.Append(CultureInfo.InvariantCulture, $" (line {line})");
        }

        return builder.Append(": ").Append(Message).ToString();
    }

    /// <summary>Gets the lower-case name of a severity as reports write it: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name.</returns>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
