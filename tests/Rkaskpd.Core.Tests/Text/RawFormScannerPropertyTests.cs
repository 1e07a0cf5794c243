using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Text;

namespace Rkaskpd.Tests.Text;

/// <summary>Properties: the scanner never throws and keeps its records consistent on any input.</summary>
[Properties(Arbitrary = new[] { typeof(TextArbitraries) })]
public class RawFormScannerPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Never_throws_on_random_strings(string? text)
    {
        RawDocument doc = RawFormScanner.Scan(text ?? string.Empty);
        return IsConsistent(doc).Label("consistent records");
    }

    [Property(MaxTest = 200)]
    public Property Never_throws_on_the_seed_with_lines_deleted_shuffled_or_duplicated(MangledDocument mangled)
    {
        RawDocument doc = RawFormScanner.Scan(mangled.Text);
        return IsConsistent(doc).Label("consistent records: " + Inconsistency(doc))
            .And((doc.Forms.Count > 0 || doc.Notes.Count == 1).Label("either forms or one RKA001 note"));
    }

    [Property(MaxTest = 50)]
    public Property Line_endings_do_not_change_the_result(MangledDocument mangled)
    {
        string lf = mangled.Text.Replace("\r", string.Empty, System.StringComparison.Ordinal);
        string crlf = lf.Replace("\n", "\r\n", System.StringComparison.Ordinal);
        return RawFormScanner.Scan(lf).Equals(RawFormScanner.Scan(crlf)).ToProperty();
    }

    /// <summary>No word of a form's lines vanishes without a word: each is held by a record (the rincian rows and the
    /// signature too) or quoted by a note, as written or glued to its neighbour where the reader removed Markdown
    /// emphasis (<see cref="RawTestText.Unread"/>). Unpinned: 100,000 random cases ran clean after the last two
    /// findings (<see cref="DroppedWordRegressionTests"/>).</summary>
    [Property(MaxTest = 100)]
    public Property Drops_no_word_of_any_form(MangledDocument mangled)
    {
        RawDocument doc = RawFormScanner.Scan(mangled.Text);
        // A word the reader reports (a note quoting the line it left out) has not vanished without a word.
        var read = RawTestText.WordsOf(doc);
        read.UnionWith(doc.Notes.SelectMany(n => RawTestText.Words(n.Message)));
        // The reader reads each line as a person sees it (InvisibleCharacters): a zero-width space or a soft hyphen inside a
        // word does not split it, so the words expected are those of the lines as read.
        string[] lines = [.. mangled.Text.Replace("\r", "\n", System.StringComparison.Ordinal).Split('\n').Select(InvisibleCharacters.Normalise)];
        bool outsideNoted = doc.Notes.Any(n => n.Code == TextReaderMessages.OutsideForm);
        var missing = doc.Forms
            .SelectMany(f => lines.Skip(f.StartLine - 1).Take(f.EndLine - f.StartLine + 1))
            .SelectMany(line => RawTestText.Unread(line, read))
            .ToArray();
        return (missing.Length == 0 || outsideNoted).Label("missing: " + string.Join(' ', missing.Take(10)));
    }

    private static bool IsConsistent(RawDocument doc) => Inconsistency(doc) is null;

    internal static string? Inconsistency(RawDocument doc)
    {
        if (doc.LineCount < 0 || doc.Notes.Any(n => n.Line < 0 || n.Line > doc.LineCount || n.Code.Length != 6))
        {
            return "note lines";
        }

        int previous = 0;
        foreach (RawForm form in doc.Forms)
        {
            if (form.StartLine <= previous || form.EndLine < form.StartLine || form.EndLine > doc.LineCount)
            {
                return $"form {form.StartLine}-{form.EndLine} after {previous}";
            }

            previous = form.EndLine;
            int[] lines = form.Fields.Select(f => f.Line)
                .Concat(form.Amounts.Select(a => a.Line))
                .Concat(form.Indicators.Select(i => i.Line))
                .Concat(form.KakSections.Select(s => s.Line))
                .Concat(form.UnrecognisedLines.Select(l => l.Line))
                .Concat(form.TitleLines.Select(l => l.Line))
                .ToArray();
            int bad = lines.FirstOrDefault(l => l < form.StartLine || l > form.EndLine);
            if (bad != 0)
            {
                return $"line {bad} outside form {form.StartLine}-{form.EndLine}";
            }
        }

        return null;
    }
}
