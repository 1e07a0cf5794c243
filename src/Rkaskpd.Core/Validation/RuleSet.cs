using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Projection;
using Rkaskpd.Validation.Rules;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation;

/// <summary>
/// An immutable set of validation rules with their severities and the projection rule they check against. Start from
/// <see cref="Default"/> (every built-in rule, the +10 % projection) and adjust it: turn a rule off, change a severity,
/// add a rule of your own, choose the projection rule. Every method returns a new set; a set is safe to share between
/// threads.
/// </summary>
/// <example>
/// <code>
/// RuleSet rules = RuleSet.Default
///     .Without(RuleIds.AmountNotation)
///     .WithSeverity(RuleIds.ProjectionDeparture, DiagnosticSeverity.Error)
///     .WithProjection(ProjectionRule.Create(0.05m));
/// foreach (Diagnostic d in rules.Validate(document))
/// {
///     Console.WriteLine(d);
/// }
/// </code>
/// </example>
public sealed class RuleSet
{
    private readonly ImmutableArray<IValidationRule> rules;
    private readonly ImmutableDictionary<string, DiagnosticSeverity> severities;

    private RuleSet(ImmutableArray<IValidationRule> rules, ImmutableDictionary<string, DiagnosticSeverity> severities, ProjectionRule projection)
    {
        this.rules = rules;
        this.severities = severities;
        Projection = projection;
    }

    /// <summary>Gets the set of every built-in rule (RKA101 – RKA505) at its default severity, with the +10 % projection.</summary>
    public static RuleSet Default { get; } = new(
        [
            new CodeParseRule(),
            new CodeConsistencyRule(),
            new CodeNameConsistencyRule(),
            new KegiatanRepeatedRule(),
            new TerbilangAmountRule(),
            new TerbilangSpellingRule(),
            new ProjectionDepartureRule(),
            new AmountLabelRule(),
            new AmountNotationRule(),
            new SumberPendanaanTotalRule(),
            new PerubahanAmountRule(),
            new RencanaPenarikanTotalRule(),
            new IndicatorPresenceRule(),
            new MasukanTargetRule(),
            new PercentageRangeRule(),
            new MeasurableUnitRule(),
            new PerubahanMasukanRule(),
            new KakSectionPresenceRule(),
            new LabelSpellingRule(),
            new ScheduleConsistencyRule(),
            new RincianLineRule(),
            new RincianTotalRule(),
            new RincianTotalRowRule(),
            new PerubahanRincianRule(),
        ],
        ImmutableDictionary<string, DiagnosticSeverity>.Empty.WithComparers(StringComparer.Ordinal),
        ProjectionRule.TenPercent);

    /// <summary>Gets the empty set, with the +10 % projection: a start for a caller who picks rules one by one.</summary>
    public static RuleSet Empty { get; } = new([], Default.severities, ProjectionRule.TenPercent);

    /// <summary>Gets the rules, in the order they run.</summary>
    public IReadOnlyList<IValidationRule> Rules => rules;

    /// <summary>Gets the projection rule that year n+1 is checked against.</summary>
    public ProjectionRule Projection { get; }

    /// <summary>Gets the severity this set gives a rule's diagnostics.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The overriding severity set with <see cref="WithSeverity"/>, or the rule's default.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public DiagnosticSeverity GetSeverity(IValidationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return severities.TryGetValue(rule.Id, out DiagnosticSeverity severity) ? severity : rule.DefaultSeverity;
    }

    /// <summary>Gets whether the set has a rule with an ID.</summary>
    /// <param name="id">The rule ID, e.g. <c>RKA201</c>.</param>
    /// <returns>Whether the set has it.</returns>
    public bool Contains(string id) => rules.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>Returns a set with a rule added, or replacing the rule of the same ID.</summary>
    /// <param name="rule">The rule: an <see cref="IFormRule"/> or an <see cref="IDocumentRule"/>.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is neither a form rule nor a document rule, or has no ID.</exception>
    public RuleSet With(IValidationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule is not (IFormRule or IDocumentRule))
        {
            throw new ArgumentException($"Rule {rule.Id} must implement {nameof(IFormRule)} or {nameof(IDocumentRule)}.", nameof(rule));
        }

        if (string.IsNullOrWhiteSpace(rule.Id))
        {
            throw new ArgumentException("A rule needs an ID.", nameof(rule));
        }

        int index = IndexOf(rule.Id);
        return new RuleSet(index < 0 ? rules.Add(rule) : rules.SetItem(index, rule), severities, Projection);
    }

    /// <summary>Returns a set without the rule of an ID (turns the rule off).</summary>
    /// <param name="id">The rule ID, e.g. <c>RKA205</c>.</param>
    /// <returns>The new set; this set when it has no such rule.</returns>
    public RuleSet Without(string id)
    {
        int index = IndexOf(id);
        return index < 0 ? this : new RuleSet(rules.RemoveAt(index), severities, Projection);
    }

    /// <summary>Returns a set in which a rule's diagnostics get another severity.</summary>
    /// <param name="id">The rule ID.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public RuleSet WithSeverity(string id, DiagnosticSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a diagnostic severity.");
        }

        return new RuleSet(rules, severities.SetItem(id, severity), Projection);
    }

    /// <summary>Returns a set that checks year n+1 against another projection rule.</summary>
    /// <param name="projection">The projection rule.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> is null.</exception>
    public RuleSet WithProjection(ProjectionRule projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return new RuleSet(rules, severities, projection);
    }

    /// <summary>Validates a document: every form rule on every form, then every document rule.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The diagnostics, form by form in document order, then the document's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public IReadOnlyList<Diagnostic> Validate(RkaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new List<Diagnostic>();
        var context = new RuleContext(this, diagnostics);
        foreach (RkaForm form in document.Forms)
        {
            RunFormRules(form, context);
        }

        foreach (IValidationRule rule in rules)
        {
            if (rule is IDocumentRule documentRule)
            {
                Run(documentRule, document, null, context, static (r, d, c) => r.Validate(d, c));
            }
        }

        return diagnostics;
    }

    /// <summary>Validates one form with the form rules (document rules need a document).</summary>
    /// <param name="form">The form.</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    public IReadOnlyList<Diagnostic> Validate(RkaForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var diagnostics = new List<Diagnostic>();
        RunFormRules(form, new RuleContext(this, diagnostics));
        return diagnostics;
    }

    /// <summary>Runs the form rules on <paramref name="form"/>, adding their findings to <paramref name="diagnostics"/>;
    /// <paramref name="context"/> (made by the first call) is kept for the next form, as <see cref="Validate(RkaDocument)"/>
    /// keeps one for all its forms (the terbilang checks it remembers are pure).</summary>
    internal void Validate(RkaForm form, List<Diagnostic> diagnostics, ref RuleContext? context)
    {
        context ??= new RuleContext(this, diagnostics);
        RunFormRules(form, context);
    }

    private void RunFormRules(RkaForm form, RuleContext context)
    {
        foreach (IValidationRule rule in rules)
        {
            if (rule is IFormRule formRule)
            {
                Run(formRule, form, form, context, static (r, f, c) => r.Validate(f, c));
            }
        }
    }

    /// <summary>Runs one rule on its target; a rule that throws becomes one <c>RKA000</c> diagnostic.</summary>
    /// <remarks>The static <paramref name="validate"/> lambdas are cached delegates: no allocation per rule and form.</remarks>
    private static void Run<TRule, TTarget>(TRule rule, TTarget target, RkaForm? form, RuleContext context, Action<TRule, TTarget, RuleContext> validate)
        where TRule : IValidationRule
    {
        context.Enter(rule);
        try
        {
            validate(rule, target, context);
        }
#pragma warning disable CA1031 // A caller's rule that throws must not hide the other rules' findings.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            context.Enter(RuleFailure.Instance);
            context.Report(form, string.Empty, Message.Format(MessageResources.RuleFailed, rule.Id, exception.GetType().Name, exception.Message));
        }
    }

    private int IndexOf(string id)
    {
        for (int i = 0; i < rules.Length; i++)
        {
            if (string.Equals(rules[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class RuleFailure : IValidationRule
    {
        public static readonly RuleFailure Instance = new();

        public string Id => RuleIds.RuleFailed;

        public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

        public string Summary => "A rule threw an exception instead of reporting.";
    }
}
