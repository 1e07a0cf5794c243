using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Rkaskpd.Spreadsheet;

/// <summary>Turns wished-for names into valid, unique worksheet names.</summary>
/// <remarks>
/// Excel's rules: 1 to 31 characters, none of <c>: \ / ? * [ ]</c>, no apostrophe at either end, unique without
/// regard to case, and not the reserved name <c>History</c>.
/// </remarks>
internal static class SheetNames
{
    /// <summary>The most characters a worksheet name may have.</summary>
    public const int MaximumLength = 31;

    /// <summary>Makes one valid, unique worksheet name per wish, in order.</summary>
    /// <param name="wishes">The names wanted, e.g. kegiatan codes; blank ones become <paramref name="fallback"/>.</param>
    /// <param name="fallback">The name used for a blank wish.</param>
    /// <returns>The names, one per wish.</returns>
    public static List<string> Assign(IEnumerable<string?> wishes, string fallback)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "History" };
        var names = new List<string>();
        foreach (string? wish in wishes)
        {
            string name = Sanitize(wish, fallback);
            string candidate = name;
            for (int n = 2; !taken.Add(candidate); n++)
            {
                string suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
                candidate = Shorten(name, MaximumLength - suffix.Length).TrimEnd('\'') + suffix;
            }

            names.Add(candidate);
        }

        return names;
    }

    /// <summary>Replaces forbidden characters with <c>_</c>, trims, and shortens to <see cref="MaximumLength"/>.</summary>
    /// <param name="wish">The name wanted.</param>
    /// <param name="fallback">The name used when nothing usable is left.</param>
    /// <returns>A valid worksheet name, not yet made unique.</returns>
    public static string Sanitize(string? wish, string fallback)
    {
        var builder = new StringBuilder(wish?.Length ?? 0);
        foreach (char c in wish ?? string.Empty)
        {
            builder.Append(c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'
                ? '_'
                : char.IsWhiteSpace(c) ? ' ' : c);
        }

        string name = Shorten(builder.ToString().Trim().Trim('\''), MaximumLength).Trim().Trim('\'');
        return name.Length == 0 ? fallback : name;
    }

    private static string Shorten(string name, int length) => name.Length <= length ? name : name[..length];
}
