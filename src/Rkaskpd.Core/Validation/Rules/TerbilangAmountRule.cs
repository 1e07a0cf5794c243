using System;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA201</c> (error): a <c>terbilang</c> (amount in words) does not spell its amount.</summary>
/// <remarks>
/// Uses <see cref="TerbilangChecker"/>: text that spells the amount once spelling slips are mended is left to
/// <see cref="TerbilangSpellingRule"/>. A missing terbilang is reported too. The message gives the correct text.
/// </remarks>
public sealed class TerbilangAmountRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.TerbilangWrong;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "A terbilang does not spell its amount.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        foreach (AmountRow row in form.Amounts.Rows)
        {
            if (row.Amount is not { } amount)
            {
                continue;
            }

            string path = ModelPaths.Terbilang(row.Position);
            if (string.IsNullOrWhiteSpace(row.Terbilang))
            {
                if (!FormTemplates.HasTerbilang(form.Template))
                {
                    continue; // SIPD prints carry no terbilang: its absence is no error there
                }

                context.Report(form, path, Message.Format(MessageResources.Rka201Missing, amount, amount.ToTerbilang()));
                continue;
            }

            if (context.TerbilangIsExact(row.Terbilang, amount.Amount))
            {
                continue; // nearly every form: the text is the expected words
            }

            TerbilangCheckResult result;
            try
            {
                result = context.CheckTerbilang(row.Terbilang, amount.Amount);
            }
            catch (ArgumentOutOfRangeException)
            {
                continue;
            }

            if (!result.SpellsAmount)
            {
                context.Report(form, path, result.ReadAmount is { } read
                    ? Message.Format(MessageResources.Rka201Reads, row.Terbilang, amount, Rupiah.FromDecimal(read), result.ExpectedText)
                    : Message.Format(MessageResources.Rka201Malformed, row.Terbilang, amount, result.ExpectedText));
            }
        }
    }
}
