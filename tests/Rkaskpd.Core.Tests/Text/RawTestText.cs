using System.Collections.Generic;
using System.Linq;
using System.Text;
using Rkaskpd.Text;

namespace Rkaskpd.Tests.Text;

/// <summary>Helpers to check that the scanner drops no text.</summary>
internal static class RawTestText
{
    /// <summary>Words of the form layout itself (table headers, section titles): the reader consumes them.</summary>
    private static readonly string[] LayoutWords =
    [
        "Indikator", "Tolak", "Tolok", "Ukur", "Kinerja", "Target", "Belanja", "Langsung", "Keterangan", "Uraian",
        "KERANGKA", "ACUAN", "KERJA", "KAK", "PERKIRAAN", "REKENING", "BELANJA",
    ];

    /// <summary>Whether a word is one of the layout words in any casing (<c>IndIkator</c> still heads the indicator
    /// table, and the reader consumes it as such), or ends with one that a fragment glued to the start of a layout
    /// line has made longer (<c>&lt;pKERANGKA</c> is still the KAK's label cell).</summary>
    public static bool IsLayoutWord(string word) =>
        LayoutWords.Any(layout => word.EndsWith(layout, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>Splits text into words of letters and digits.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>The text with HTML tags (<c>&lt;p&gt;</c>, <c>&lt;li class="x"&gt;</c>) removed: their names are markup,
    /// not words of the form, and the reader drops them.</summary>
    public static string WithoutTags(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "<[^<>]*>", " ", System.Text.RegularExpressions.RegexOptions.None, System.TimeSpan.FromSeconds(1));

    /// <summary>All words held by the document's records, plus the layout words.</summary>
    public static HashSet<string> WordsOf(RawDocument doc)
    {
        var texts = new List<string>(LayoutWords);
        foreach (RawForm form in doc.Forms)
        {
            texts.AddRange(form.TitleLines.Select(t => t.Text));
            texts.AddRange(form.Fields.SelectMany(f => new[] { f.Label, f.Code ?? string.Empty, f.Name }));
            texts.AddRange(form.Amounts.SelectMany(a => new[] { a.Label, a.YearText, a.AmountText, a.Terbilang }));
            texts.AddRange(form.Indicators.SelectMany(i => new[] { i.Kind, i.TolokUkur, i.Target }));
            texts.AddRange(form.KakSections.SelectMany(s => new[] { s.Heading ?? string.Empty, s.Text }));
            texts.AddRange(form.UnrecognisedLines.Select(l => l.Text));
        }

        return texts.SelectMany(Words).ToHashSet();
    }
}
