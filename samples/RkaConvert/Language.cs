using System;
using System.CommandLine;
using System.Globalization;

namespace RkaConvert;

/// <summary>The language of the tool's messages and of the library's diagnostics: <c>--lang id|en</c> on every
/// command; without it, Indonesian when the environment's UI culture is Indonesian (<c>id</c>, <c>id-ID</c>, or a
/// <c>LANG</c>/<c>LC_ALL</c>/<c>LC_MESSAGES</c> of <c>id_ID...</c> where the runtime has no culture data), English
/// otherwise.</summary>
internal static class Language
{
    /// <summary>The option's name.</summary>
    public const string OptionName = "--lang";

    /// <summary>The accepted values.</summary>
    public static readonly string[] Names = ["id", "en"];

    /// <summary>Builds the <c>--lang</c> option, recursive so every command takes it. Its value is applied before
    /// parsing (<see cref="Choose"/>), so even parse errors speak the chosen language; the option itself only makes the
    /// parser accept it and shows it in help.</summary>
    /// <returns>The option.</returns>
    public static Option<string> CreateOption()
    {
        var option = new Option<string>(OptionName)
        {
            Description = CliMessages.LanguageOption,
            HelpName = "id|en",
            Recursive = true,
        };
        option.CompletionSources.Add(Names);
        return option;
    }

    /// <summary>Chooses the UI culture for a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="unknown">The <c>--lang</c> value when it is neither <c>id</c> nor <c>en</c>; otherwise null.</param>
    /// <returns>The culture whose messages to use: <c>id</c>, or the invariant culture for English.</returns>
    public static CultureInfo Choose(string[] args, out string? unknown)
    {
        unknown = null;
        string? value = Find(args);
        if (value is null)
        {
            return IsIndonesianEnvironment() ? Indonesian() : CultureInfo.InvariantCulture;
        }

        if (value.Equals("id", StringComparison.OrdinalIgnoreCase) || value.Equals("id-ID", StringComparison.OrdinalIgnoreCase))
        {
            return Indonesian();
        }

        if (!value.Equals("en", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
        {
            unknown = value;
            return IsIndonesianEnvironment() ? Indonesian() : CultureInfo.InvariantCulture;
        }

        return CultureInfo.InvariantCulture;
    }

    private static string? Find(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                break;
            }

            if (arg == OptionName)
            {
                return i + 1 < args.Length ? args[i + 1] : null;
            }

            if (arg.StartsWith(OptionName + "=", StringComparison.Ordinal) || arg.StartsWith(OptionName + ":", StringComparison.Ordinal))
            {
                return arg[(OptionName.Length + 1)..];
            }
        }

        return null;
    }

    private static bool IsIndonesianEnvironment()
    {
        CultureInfo ui = CultureInfo.CurrentUICulture;
        if (!string.IsNullOrEmpty(ui.Name))
        {
            return ui.TwoLetterISOLanguageName == "id" || ui.Name.StartsWith("id-", StringComparison.OrdinalIgnoreCase)
                || ui.Name.Equals("id", StringComparison.OrdinalIgnoreCase);
        }

        // Invariant: no culture data (invariant-globalization mode) or none set; the POSIX variables still say it.
        foreach (string variable in (ReadOnlySpan<string>)["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            string? locale = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrEmpty(locale))
            {
                return locale.StartsWith("id", StringComparison.OrdinalIgnoreCase)
                    && (locale.Length == 2 || locale[2] is '_' or '-' or '.');
            }
        }

        return false;
    }

    private static CultureInfo Indonesian()
    {
        try
        {
            return CultureInfo.GetCultureInfo("id");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture; // a host that allows predefined cultures only and has none: English
        }
    }
}
