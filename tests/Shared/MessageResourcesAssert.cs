using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Resources;
using System.Text.RegularExpressions;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>Compares the neutral (English) and the <c>id</c> resource sets of a resource manager.</summary>
internal static partial class MessageResourcesAssert
{
    /// <summary>Fails when a key is in one language only, or when the placeholders <c>{0}</c>..<c>{n}</c> of a
    /// message differ between the languages.</summary>
    public static void SameKeysAndPlaceholders(ResourceManager manager)
    {
        Dictionary<string, string> english = Entries(manager, CultureInfo.InvariantCulture);
        Dictionary<string, string> indonesian = Entries(manager, new CultureInfo("id"));
        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(indonesian.Keys).Select(k => "only in English: " + k));
        Assert.Empty(indonesian.Keys.Except(english.Keys).Select(k => "only in Indonesian: " + k));
        var mismatched = english
            .Where(e => !Placeholders(e.Value).SetEquals(Placeholders(indonesian[e.Key])))
            .Select(e => e.Key + ": '" + e.Value + "' / '" + indonesian[e.Key] + "'")
            .ToList();
        Assert.Empty(mismatched);
    }

    /// <summary>Fails when fewer than <paramref name="minimumTranslated"/> Indonesian texts differ from the English.</summary>
    public static void Translated(ResourceManager manager, int minimumTranslated)
    {
        Dictionary<string, string> english = Entries(manager, CultureInfo.InvariantCulture);
        Dictionary<string, string> indonesian = Entries(manager, new CultureInfo("id"));
        Assert.True(english.Count(e => indonesian.TryGetValue(e.Key, out string? id) && id != e.Value) >= minimumTranslated);
    }

    private static Dictionary<string, string> Entries(ResourceManager manager, CultureInfo culture)
    {
        ResourceSet set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new Xunit.Sdk.XunitException("No resources for culture '" + culture.Name + "'.");
        var entries = new Dictionary<string, string>();
        foreach (DictionaryEntry entry in set)
        {
            entries.Add((string)entry.Key, (string)entry.Value!);
        }

        return entries;
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
