using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA202</c> (warning): a <c>terbilang</c> spells its amount but with spelling slips; the message names each slip
/// and its correction (<c>SERMBILAN</c> → <c>SEMBILAN</c>, <c>SATURIBU</c> → <c>SATU RIBU</c>).
/// </summary>
public sealed class TerbilangSpellingRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.TerbilangSlips;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "A terbilang spells its amount but with spelling slips.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        // The rows one by one, as FormAmounts.Rows gives them, without an enumerator to allocate.
        FormAmounts amounts = form.Amounts;
        Check(form, context, amounts.PreviousYear);
        Check(form, context, amounts.CurrentYear);
        Check(form, context, amounts.NextYear);
    }

    private static void Check(RkaForm form, RuleContext context, AmountRow? row)
    {
        if (row is null || !row.Amount.HasValue || string.IsNullOrWhiteSpace(row.Terbilang))
        {
            return;
        }

        Rupiah amount = row.Amount.Value;
        if (context.TerbilangIsExact(row.Terbilang, amount))
        {
            return; // nearly every form: the text is the expected words
        }

        TerbilangCheckResult result = context.CheckTerbilang(row.Terbilang, amount.Amount);
        if (result.Verdict == TerbilangVerdict.CorrectWithSlips)
        {
            string slips = string.Join(", ", result.Slips.Select(Describe));
            context.Report(form, ModelPaths.Terbilang(row.Position),
                Message.Format(MessageResources.Rka202, amount, slips, result.ExpectedText));
        }
    }

    private static string Describe(TerbilangSlip slip) => slip.Kind == TerbilangSlipKind.MissingCurrencyWord
        ? Message.Format(MessageResources.Rka202SlipMissing, slip.Correction)
        : Message.Format(MessageResources.Rka202SlipReplace, slip.Found, slip.Correction);
}
