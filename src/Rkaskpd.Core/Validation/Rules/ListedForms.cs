using System;
using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>Lists the forms a document-wide finding names: the first <see cref="MaxListed"/> joined by commas, then how
/// many more (<c>form 1, form 12, ... and 290 more</c>), so a message stays short however many forms repeat a code.</summary>
internal static class ListedForms
{
    /// <summary>The most forms a message names one by one.</summary>
    public const int MaxListed = 10;

    /// <summary>Joins the first <see cref="MaxListed"/> of <paramref name="forms"/>, each written by
    /// <paramref name="write"/>, and says how many more there are.</summary>
    public static string Join<T>(IReadOnlyList<T> forms, Func<T, string> write)
    {
        string listed = string.Join(", ", forms.Take(MaxListed).Select(write));
        return forms.Count <= MaxListed ? listed : Message.Format(MessageResources.ListedFormsMore, listed, forms.Count - MaxListed);
    }
}
