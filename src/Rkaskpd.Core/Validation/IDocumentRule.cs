using Rkaskpd.Forms;

namespace Rkaskpd.Validation;

/// <summary>A validation rule that checks a whole document, e.g. to compare its forms with each other.</summary>
public interface IDocumentRule : IValidationRule
{
    /// <summary>Checks a document and reports what it finds through <paramref name="context"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="context">Where to report, and the settings of the validation.</param>
    void Validate(RkaDocument document, RuleContext context);
}
