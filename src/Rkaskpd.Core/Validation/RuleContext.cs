using System;
using System.Collections.Generic;
using Rkaskpd.Forms;
using Rkaskpd.Projection;

namespace Rkaskpd.Validation;

/// <summary>
/// What a rule sees besides the form: the settings of the validation and the place to report findings. One context
/// serves one validation run on one thread; rules must not keep it.
/// </summary>
public sealed class RuleContext
{
    private readonly RuleSet ruleSet;
    private readonly List<Diagnostic> diagnostics;
    private IValidationRule? current;
    private Dictionary<(string Text, decimal Amount), TerbilangCheckResult>? terbilangChecks;

    /// <summary>How many exact terbilang texts <see cref="TerbilangIsExact"/> remembers: more than a form's amount rows.</summary>
    private const int ExactTerbilangRemembered = 4;

    private (string? Text, Rupiah Amount)[]? exactTerbilang;
    private int nextExactTerbilang;

    internal RuleContext(RuleSet ruleSet, List<Diagnostic> diagnostics)
    {
        this.ruleSet = ruleSet;
        this.diagnostics = diagnostics;
    }

    /// <summary>Gets the projection rule the document is checked against (<see cref="ProjectionRule.TenPercent"/> by default).</summary>
    public ProjectionRule Projection => ruleSet.Projection;

    /// <summary>Reports a finding of the rule being run, with the severity the rule set gives that rule.</summary>
    /// <param name="form">The form the finding is about, or null for the whole document.</param>
    /// <param name="path">Where in the form, e.g. <c>amounts.currentYear.terbilang</c>.</param>
    /// <param name="message">What was expected and what was found.</param>
    /// <exception cref="InvalidOperationException">Called outside a rule's <c>Validate</c>.</exception>
    public void Report(RkaForm? form, string path, string message)
    {
        IValidationRule rule = current ?? throw new InvalidOperationException("Report is for rules, while they validate.");
        diagnostics.Add(new Diagnostic(rule.Id, ruleSet.GetSeverity(rule), message, form?.KegiatanCodeText, path ?? string.Empty));
    }

    internal void Enter(IValidationRule rule) => current = rule;

    /// <summary>
    /// Checks a written <c>terbilang</c> against its amount with <see cref="TerbilangOptions.Rupiah"/> in the text's own
    /// casing (the words expected are written as the document writes its), once per validation: rules <c>RKA201</c> and <c>RKA202</c> both look at every amount row and share the result.
    /// </summary>
    /// <remarks>Every <see cref="Rupiah"/> amount can be spelled (a terbilang reaches 27 digits), so the rules call this
    /// without guarding against <see cref="ArgumentOutOfRangeException"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The amount cannot be spelled (not cached; thrown each time).</exception>
    internal TerbilangCheckResult CheckTerbilang(string text, decimal amount)
    {
        terbilangChecks ??= new Dictionary<(string Text, decimal Amount), TerbilangCheckResult>(SameTextComparer.Instance);
        if (!terbilangChecks.TryGetValue((text, amount), out TerbilangCheckResult? result))
        {
            result = TerbilangChecker.Check(text, amount, TerbilangChecker.RupiahStyleOf(text));
            terbilangChecks.Add((text, amount), result);
        }

        return result;
    }

    /// <summary>
    /// The fast path of <c>RKA201</c> and <c>RKA202</c>: whether a written <c>terbilang</c> is exactly the expected words
    /// of <see cref="TerbilangOptions.Rupiah"/> (see <see cref="TerbilangFormWords.IsExactly"/>); only when it is not do
    /// the rules ask <see cref="CheckTerbilang"/> for a diagnosis. The last few exact texts are remembered by
    /// reference, so that the second rule over the same form's rows does not compare them again.
    /// </summary>
    internal bool TerbilangIsExact(string text, Rupiah amount)
    {
        exactTerbilang ??= new (string?, Rupiah)[ExactTerbilangRemembered];
        foreach ((string? known, Rupiah knownAmount) in exactTerbilang)
        {
            if (ReferenceEquals(known, text) && knownAmount == amount)
            {
                return true;
            }
        }

        if (!TerbilangFormWords.IsExactly(text, amount))
        {
            return false;
        }

        exactTerbilang[nextExactTerbilang] = (text, amount);
        nextExactTerbilang = (nextExactTerbilang + 1) % ExactTerbilangRemembered;
        return true;
    }

    /// <summary>Finds a text by reference (the rules pass the same row's string), not by hashing its characters;
    /// equal texts in different strings are merely checked twice.</summary>
    private sealed class SameTextComparer : IEqualityComparer<(string Text, decimal Amount)>
    {
        internal static readonly SameTextComparer Instance = new();

        public bool Equals((string Text, decimal Amount) x, (string Text, decimal Amount) y) =>
            ReferenceEquals(x.Text, y.Text) && x.Amount == y.Amount;

        public int GetHashCode((string Text, decimal Amount) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Text), obj.Amount);
    }
}
