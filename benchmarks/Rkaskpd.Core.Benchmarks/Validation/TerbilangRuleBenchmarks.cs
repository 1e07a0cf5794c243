using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;

namespace Rkaskpd.Benchmarks.Validation;

/// <summary>
/// The terbilang rules (<c>RKA201</c> and <c>RKA202</c>) over forms whose terbilang are right, as on nearly every real
/// form, against one <see cref="Terbilang.TryParse(string?, out decimal)"/> of each written text. A second pair runs
/// them over texts with the seed's kinds of slips and wrong amounts, where the full check must run.
/// </summary>
[MemoryDiagnoser]
public class TerbilangRuleBenchmarks
{
    private const int FormCount = 256;

    private static readonly RuleSet TerbilangRules = RuleSet.Empty.With(new TerbilangAmountRule()).With(new TerbilangSpellingRule());

    private static readonly RkaDocument Correct = BuildDocument(slips: false);

    private static readonly RkaDocument WithSlips = BuildDocument(slips: true);

    private static readonly string[] CorrectTexts = TextsOf(Correct);

    /// <summary>The baseline: one strict parse of each written terbilang.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = FormCount * 3)]
    public int TryParseWritten()
    {
        int read = 0;
        foreach (string text in CorrectTexts)
        {
            if (Terbilang.TryParse(text, out _))
            {
                read++;
            }
        }

        return read;
    }

    /// <summary>Both rules over the correct texts (per amount row).</summary>
    [Benchmark(OperationsPerInvoke = FormCount * 3)]
    public IReadOnlyList<Diagnostic> RulesOnCorrectTexts() => TerbilangRules.Validate(Correct);

    /// <summary>Both rules over texts that have slips or spell another amount (per amount row).</summary>
    [Benchmark(OperationsPerInvoke = FormCount * 3)]
    public IReadOnlyList<Diagnostic> RulesOnTextsWithSlips() => TerbilangRules.Validate(WithSlips);

    private static RkaDocument BuildDocument(bool slips)
    {
        var random = new Random(2020);
        var forms = new RkaForm[FormCount];
        for (int i = 0; i < forms.Length; i++)
        {
            var previous = Rupiah.FromSen(random.NextInt64(1, 100_000_000_000) * 100);
            var current = Rupiah.FromSen(random.NextInt64(1, 100_000_000_000) * 100);
            var next = Rupiah.FromSen(random.NextInt64(1, 100_000_000_000) * 100);
            FormAmounts amounts = FormAmounts.Create(2020, previous, current, next);
            if (slips)
            {
                AmountRow row = amounts.CurrentYear!;
                string text = (i % 3) switch
                {
                    0 => "(" + row.Terbilang.Replace("RATUS", "RATTUS", StringComparison.Ordinal) + ")",
                    1 => row.Terbilang.Replace("SATU RIBU", "SATURIBU", StringComparison.Ordinal).Replace("SEMBILAN", "SERMBILAN", StringComparison.Ordinal),
                    _ => Rupiah.FromSen(current.Sen + 100).ToTerbilang(),
                };
                amounts = amounts with { CurrentYear = row with { Terbilang = text } };
            }
            else
            {
                AmountRow row = amounts.PreviousYear!;
                amounts = amounts with { PreviousYear = row with { Terbilang = "(" + row.Terbilang + ")" } };
            }

            forms[i] = new RkaForm { Amounts = amounts };
        }

        return new RkaDocument { Forms = forms };
    }

    private static string[] TextsOf(RkaDocument document)
    {
        var texts = new List<string>();
        foreach (RkaForm form in document.Forms)
        {
            foreach (AmountRow row in form.Amounts.Rows)
            {
                texts.Add(row.Terbilang);
            }
        }

        return [.. texts];
    }
}
