using System.Collections.Generic;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace RkaConvert;

/// <summary>A document read from a file: from form text (with the reader's result, for source lines) or from JSON.</summary>
/// <param name="Document">The document.</param>
/// <param name="TextResult">The reader's result when the input was form text; null for JSON input.</param>
internal sealed record LoadedDocument(RkaDocument Document, RkaReadResult? TextResult)
{
    /// <summary>Validates the document with the default rules: for text input the reader's findings and the rules'
    /// (placed on source lines), for JSON input the rules' alone.</summary>
    /// <returns>The diagnostics.</returns>
    public IReadOnlyList<Diagnostic> Validate() =>
        TextResult is not null ? TextResult.Validate() : RuleSet.Default.Validate(Document);
}
