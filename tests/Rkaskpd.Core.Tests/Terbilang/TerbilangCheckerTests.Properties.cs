using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Rkaskpd.Tests;

/// <summary>Properties of <see cref="TerbilangChecker"/>.</summary>
[Properties(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 300)]
public partial class TerbilangCheckerTests
{
    [Property]
    public Property Own_words_are_correct(FormAmount amount)
    {
        string words = Terbilang.ToWords(amount.Value, TerbilangOptions.Rupiah);
        TerbilangCheckResult result = TerbilangChecker.Check($"({words})", amount.Value);
        return (result.Verdict == TerbilangVerdict.Correct && result.Slips.Count == 0
            && result.ReadAmount == amount.Value && result.ExpectedText == words).Label(words);
    }

    [Property]
    public Property One_typo_is_a_slip_naming_that_word(TypoCase typo)
    {
        string words = Terbilang.ToWords(typo.Amount, TerbilangOptions.Rupiah);
        string[] parts = words.Split(' ');
        int index = typo.Word % parts.Length;
        string original = parts[index];
        int letter = typo.Letter % original.Length;
        string mistyped = typo.Delete && original.Length >= 6
            ? original.Remove(letter, 1)
            : original.Insert(letter, original[letter].ToString());
        parts[index] = mistyped;
        string written = string.Join(' ', parts);
        int position = string.Join(' ', parts, 0, index).Length + (index == 0 ? 0 : 1);

        TerbilangCheckResult result = TerbilangChecker.Check(written, typo.Amount);
        bool ok = result.Verdict == TerbilangVerdict.CorrectWithSlips
            && result.ReadAmount == typo.Amount
            && result.ExpectedText == words
            && result.Slips.Count == 1
            && result.Slips[0] == new TerbilangSlip(TerbilangSlipKind.Misspelling, mistyped, original, position);
        return ok.Label($"{written}: {result.Verdict} {string.Join("; ", result.Slips)}");
    }
}
