using System;
using System.CommandLine;
using System.Linq;

namespace RkaConvert;

/// <summary>Builds the format options (<c>--to</c>, <c>--format</c>): a fixed list of names, matched without regard
/// to case.</summary>
internal static class FormatOption
{
    /// <summary>Builds a format option.</summary>
    /// <param name="names">The option's name followed by its aliases.</param>
    /// <param name="description">The help text.</param>
    /// <param name="formats">The accepted names, lower case; the first is the default.</param>
    /// <returns>The option.</returns>
    public static Option<string> Create(string[] names, string description, params string[] formats)
    {
        var option = new Option<string>(names[0], names[1..])
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join('|', formats),
        };
        option.CompletionSources.Add(formats);
        option.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && !formats.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError(CliMessages.UnknownFormat(value, names[0], formats));
            }
        });
        return option;
    }

    /// <summary>Gets the chosen format in lower case.</summary>
    /// <param name="parsed">The parsed command line.</param>
    /// <param name="option">The option.</param>
    /// <returns>The format name.</returns>
    public static string Chosen(ParseResult parsed, Option<string> option) =>
        (parsed.GetValue(option) ?? string.Empty).ToLowerInvariant();
}
