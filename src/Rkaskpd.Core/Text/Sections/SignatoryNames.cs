using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Sections;

/// <summary>A signatory's name as a signature block prints it: the titles before it (<c>Drs.</c>, <c>H.</c>), the
/// degrees after it (<c>SE</c>, <c>M.Si</c>), and two names a flattened text merged into one line split apart again
/// (see <see cref="SignatureBlockReader"/>).</summary>
internal static class SignatoryNames
{
    private static readonly string[] NameTitles = ["H.", "Hj.", "Drs.", "Dra.", "Dr.", "dr.", "drg.", "Ir.", "Prof.", "Ns."];

    /// <summary>Splits merged names (<c>Drs. Harun Al Rasyid, M.Si H. Zulkifli Amran, SE</c>) where a name starts after
    /// the previous one's degrees: a title (<c>H.</c>, <c>Drs.</c>, <c>Ir.</c>) or, after the degrees, a word that is
    /// none. Empty when the text does not split into <paramref name="count"/> names.</summary>
    public static string[] Split(string text, int count)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        int start = 0;
        bool inDegrees = false;
        for (int i = 0; i < words.Length; i++)
        {
            bool title = Array.IndexOf(NameTitles, words[i]) >= 0;
            if (i > start && ((inDegrees && (title || !IsDegree(words[i]))) || (title && !IsTitleRun(words, start, i))))
            {
                names.Add(string.Join(' ', words, start, i - start).TrimEnd(','));
                start = i;
                inDegrees = false;
            }

            inDegrees |= i > start && words[i - 1].EndsWith(',') && IsDegree(words[i]);
        }

        names.Add(string.Join(' ', words, start, words.Length - start).TrimEnd(','));
        return names.Count == count ? [.. names] : [];
    }

    /// <summary>Whether the words from <paramref name="start"/> up to <paramref name="end"/> are all titles (a name's
    /// leading titles, <c>Ir. H.</c>).</summary>
    private static bool IsTitleRun(string[] words, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (Array.IndexOf(NameTitles, words[i]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word is an academic degree as written after a name (<c>SE</c>, <c>M.Si</c>, <c>S.Sos</c>,
    /// <c>MM,</c>): upper-case letters with dots, each part at most four letters.</summary>
    private static bool IsDegree(string word)
    {
        ReadOnlySpan<char> w = word.AsSpan().TrimEnd(',');
        if (w.IsEmpty || w.Length > 10 || !char.IsUpper(w[0]))
        {
            return false;
        }

        int run = 0;
        foreach (char c in w)
        {
            run = c == '.' ? 0 : run + 1;
            if ((c != '.' && !char.IsAsciiLetter(c)) || run > 4)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name without the parentheses, underscores and trailing commas some prints put around it.</summary>
    public static string? Clean(string cell)
    {
        string name = cell.Trim().Trim('(', ')', '_').Trim().TrimEnd(',').Trim();
        return name.Length > 0 ? name : null;
    }
}
