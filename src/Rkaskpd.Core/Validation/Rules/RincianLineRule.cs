using System;
using System.Globalization;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA501</c> (error): a rincian line's <c>jumlah</c> (amount) is not <c>volume</c> × <c>harga satuan</c> (unit
/// price), rounded to the sen.
/// </summary>
/// <remarks>Only detail lines that carry all three numbers are checked; forms without rincian lines pass.</remarks>
public sealed class RincianLineRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.RincianLineAmount;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "A rincian line's jumlah is not volume × harga satuan.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        for (int i = 0; i < form.Rincian.Count; i++)
        {
            RincianLine line = form.Rincian[i];
            if (line.IsRekening || line.Volume is not { } volume || line.HargaSatuan is not { } price || line.Jumlah is not { } jumlah)
            {
                continue;
            }

            string path = "rincian[" + i.ToString(CultureInfo.InvariantCulture) + "].jumlah";
            Rupiah expected;
            try
            {
                // SIPD's PPN column: the jumlah includes the tax on volume × harga.
                decimal factor = line.Ppn is { } ppn and not 0m ? volume * (1m + (ppn / 100m)) : volume;
                expected = price.Multiply(factor, MidpointRounding.AwayFromZero);
            }
            catch (OverflowException)
            {
                context.Report(form, path, Message.Format(MessageResources.Rka501OutOfRange, line.Uraian, volume, price));
                continue;
            }

            if (expected != jumlah)
            {
                context.Report(form, path,
                    Message.Format(MessageResources.Rka501, line.Uraian, jumlah, volume, price, expected));
            }
        }
    }
}
