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
        // The rows one by one, as FormAmounts.Rows gives them, without an enumerator to allocate.
        FormAmounts amounts = form.Amounts;
        Check(form, context, amounts.PreviousYear);
        Check(form, context, amounts.CurrentYear);
        Check(form, context, amounts.NextYear);
        if (amounts.CurrentYear?.Perubahan is { Sebelum: { } sebelum } perubahan && !string.IsNullOrWhiteSpace(perubahan.SebelumTerbilang))
        {
            // A DPPA's Jumlah Tahun n Sebelum Perubahan with its own terbilang (a missing one is no error: many prints
            // give the amount before the amendment in digits only).
            Check(form, context, perubahan.SebelumTerbilang, sebelum, ModelPaths.PerubahanSebelumTerbilang);
        }
    }

    private static void Check(RkaForm form, RuleContext context, AmountRow? row)
    {
        if (row is null || !row.Amount.HasValue)
        {
            return;
        }

        Rupiah amount = row.Amount.Value;
        if (string.IsNullOrWhiteSpace(row.Terbilang))
        {
            // SIPD prints carry no terbilang: its absence is no error there
            if (FormTemplates.HasTerbilang(form.Template))
            {
                context.Report(form, ModelPaths.Terbilang(row.Position), Message.Format(MessageResources.Rka201Missing, amount, amount.ToTerbilang()));
            }

            return;
        }

        Check(form, context, row.Terbilang, amount, ModelPaths.Terbilang(row.Position));
    }

    private static void Check(RkaForm form, RuleContext context, string terbilang, Rupiah amount, string path)
    {
        if (context.TerbilangIsExact(terbilang, amount))
        {
            return; // nearly every form: the text is the expected words
        }

        TerbilangCheckResult result = context.CheckTerbilang(terbilang, amount.Amount);
        if (result.SpellsAmount)
        {
            return;
        }

        decimal? read = result.ReadAmount;
        context.Report(form, path, read.HasValue
            ? Message.Format(MessageResources.Rka201Reads, terbilang, amount, Rupiah.FromDecimal(read.Value), result.ExpectedText)
            : Message.Format(MessageResources.Rka201Malformed, terbilang, amount, result.ExpectedText));
    }
}
