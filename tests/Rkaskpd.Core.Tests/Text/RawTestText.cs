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

    /// <summary>The words of a line (as read: tags removed) that <paramref name="read"/> holds neither as they are
    /// nor glued to their neighbours. The reader removes Markdown emphasis (<c>**</c>) from a line before it reads it,
    /// as a person reading the rendered text does, so <c>&lt;p**KERANGKA</c> reads as the one word
    /// <c>&lt;pKERANGKA</c>: a word glued that way is found when the glued word is read.</summary>
    public static IEnumerable<string> Unread(string line, IReadOnlySet<string> read)
    {
        string text = WithoutTags(line);
        string[] words = Words(text).Where(w => !read.Contains(w) && !IsLayoutWord(w)).ToArray();
        if (words.Length == 0 || !text.Contains("**", System.StringComparison.Ordinal))
        {
            return words;
        }

        string[] glued = Words(text.Replace("**", string.Empty, System.StringComparison.Ordinal))
            .Where(g => read.Contains(g) || IsLayoutWord(g))
            .ToArray();
        return words.Where(w => !glued.Any(g => g.Length > w.Length && g.Contains(w, System.StringComparison.Ordinal)));
    }

    private static IEnumerable<string> RincianTexts(RawRincianLine row) =>
    [
        row.KodeRekening ?? string.Empty, row.Uraian, row.VolumeText, row.Satuan, row.HargaSatuanText, row.JumlahText, row.PpnText,
        row.Perubahan?.VolumeText ?? string.Empty, row.Perubahan?.Satuan ?? string.Empty, row.Perubahan?.HargaSatuanText ?? string.Empty,
        row.Perubahan?.JumlahText ?? string.Empty, row.Perubahan?.SelisihText ?? string.Empty, row.Perubahan?.Penjelasan ?? string.Empty,
        row.Perubahan?.PpnText ?? string.Empty,
    ];

    /// <summary>All words held by the document's records (rincian rows and the signature block too), plus the layout words.</summary>
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
            texts.AddRange(form.Rincian.Append(form.RincianTotal).OfType<RawRincianLine>().SelectMany(RincianTexts));
            if (form.TandaTangan is { } ttd)
            {
                texts.AddRange(new[] { ttd.Tempat, ttd.Tanggal, ttd.Jabatan, ttd.Nama, ttd.Nip }.OfType<string>());
            }
        }

        return texts.SelectMany(Words).ToHashSet();
    }
}
