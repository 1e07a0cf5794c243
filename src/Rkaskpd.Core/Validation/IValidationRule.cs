namespace Rkaskpd.Validation;

/// <summary>
/// A validation rule with a stable ID. Implement <see cref="IFormRule"/> for a rule that looks at one form at a time,
/// or <see cref="IDocumentRule"/> for one that compares forms; add it to a <see cref="RuleSet"/> with
/// <see cref="RuleSet.With(IValidationRule)"/>.
/// </summary>
/// <remarks>A rule never throws for bad data: every data problem is a diagnostic. Rules must be stateless and thread-safe.</remarks>
public interface IValidationRule
{
    /// <summary>Gets the stable rule ID, e.g. <c>RKA201</c>. A caller's own rules should use their own prefix.</summary>
    string Id { get; }

    /// <summary>Gets the severity of the rule's diagnostics unless a rule set overrides it.</summary>
    DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Gets a one-line summary of when the rule fires.</summary>
    string Summary { get; }
}
