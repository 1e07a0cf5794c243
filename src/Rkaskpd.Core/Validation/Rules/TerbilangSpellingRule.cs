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
        if (amounts.CurrentYear?.Perubahan is { Sebelum: { } sebelum } perubahan)
        {
            Check(form, context, perubahan.SebelumTerbilang, sebelum, ModelPaths.PerubahanSebelumTerbilang);
        }
    }

    private static void Check(RkaForm form, RuleContext context, AmountRow? row)
    {
        if (row is not null && row.Amount.HasValue)
        {
            Check(form, context, row.Terbilang, row.Amount.Value, ModelPaths.Terbilang(row.Position));
        }
    }

    private static void Check(RkaForm form, RuleContext context, string? terbilang, Rupiah amount, string path)
    {
        if (string.IsNullOrWhiteSpace(terbilang) || context.TerbilangIsExact(terbilang, amount))
        {
            return; // nearly every form: the text is the expected words
        }

        TerbilangCheckResult result = context.CheckTerbilang(terbilang, amount.Amount);
        if (result.Verdict == TerbilangVerdict.CorrectWithSlips)
        {
            string slips = string.Join(", ", result.Slips.Select(Describe));
            context.Report(form, path, Message.Format(MessageResources.Rka202, amount, slips, result.ExpectedText));
        }
    }

    private static string Describe(TerbilangSlip slip) => slip.Kind == TerbilangSlipKind.MissingCurrencyWord
        ? Message.Format(MessageResources.Rka202SlipMissing, slip.Correction)
        : Message.Format(MessageResources.Rka202SlipReplace, slip.Found, slip.Correction);
}
