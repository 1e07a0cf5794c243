using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA205</c> (info): an amount is written with a non-standard thousands separator (<c>32 500 000,00</c>, or English
/// <c>561,000,000.00</c>). The forms' standard is dots between thousands; <c>Rp. 73.246.000,-</c> is standard.
/// </summary>
/// <remarks>Checks the <c>Jumlah Tahun</c> amounts and the money targets of the indicators.</remarks>
public sealed class AmountNotationRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.AmountNotation;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Info;

    /// <inheritdoc/>
    public string Summary => "An amount is written with a non-standard thousands separator.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        foreach (AmountRow row in form.Amounts.Rows)
        {
            Check(form, context, ModelPaths.Amount(row.Position), row.AmountText);
        }

        for (int i = 0; i < form.Indicators.Count; i++)
        {
            if (form.Indicators[i].Target is MoneyTarget money)
            {
                Check(form, context, ModelPaths.IndicatorTarget(i), money.Text);
            }
        }
    }

    private static void Check(RkaForm form, RuleContext context, string path, string text)
    {
        RupiahParseResult result = Rupiah.ParseDetailed(text, RupiahStyles.Any);
        if (!result.TryGetValue(out Rupiah amount))
        {
            return;
        }

        string? separator = (result.Notation & RupiahNotation.SpaceGroupSeparator) != 0 ? MessageResources.Rka205Spaces
            : (result.Notation & RupiahNotation.EnglishSeparators) != 0 ? MessageResources.Rka205English
            : null;
        if (separator is not null)
        {
            context.Report(form, path,
                Message.Format(MessageResources.Rka205, text.Trim(), separator, amount));
        }
    }
}
