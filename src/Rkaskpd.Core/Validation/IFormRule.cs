using Rkaskpd.Forms;

namespace Rkaskpd.Validation;

/// <summary>A validation rule that checks one form at a time.</summary>
public interface IFormRule : IValidationRule
{
    /// <summary>Checks a form and reports what it finds through <paramref name="context"/>.</summary>
    /// <param name="form">The form.</param>
    /// <param name="context">Where to report, and the settings of the validation (such as the projection rule).</param>
    void Validate(RkaForm form, RuleContext context);
}
