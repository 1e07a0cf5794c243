using System;
using System.Text;
using RkaConvert.Resources;

namespace RkaConvert;

/// <summary>Translates the section headings System.CommandLine writes in help (<c>Description:</c>, <c>Usage:</c>,
/// <c>Arguments:</c>, <c>Options:</c>, <c>Commands:</c>), which it has no Indonesian for, into the chosen language.</summary>
internal static class HelpHeadings
{
    /// <summary>Replaces each line that is exactly one of the headings by its translation; other lines are kept.</summary>
    /// <param name="help">The help as System.CommandLine wrote it.</param>
    /// <returns>The help with translated headings.</returns>
    public static string Localize(string help)
    {
        var builder = new StringBuilder(help.Length + 64);
        foreach (Range range in help.AsSpan().Split('\n'))
        {
            if (builder.Length > 0 || range.Start.Value > 0)
            {
                builder.Append('\n');
            }

            ReadOnlySpan<char> line = help.AsSpan(range);
            ReadOnlySpan<char> bare = line.TrimEnd('\r');
            string? heading = bare switch
            {
                "Description:" => CliResources.HelpHeadingDescription,
                "Usage:" => CliResources.HelpHeadingUsage,
                "Arguments:" => CliResources.HelpHeadingArguments,
                "Options:" => CliResources.HelpHeadingOptions,
                "Commands:" => CliResources.HelpHeadingCommands,
                _ => null,
            };
            if (heading is null)
            {
                builder.Append(line);
            }
            else
            {
                builder.Append(heading).Append(line[bare.Length..]);
            }
        }

        return builder.ToString();
    }
}
