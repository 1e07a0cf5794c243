using System;
using System.Globalization;
using Rkaskpd.Forms;
using Rkaskpd.Resources;
using Rkaskpd.Utility;

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
            if (!line.IsRekening && line.Volume.HasValue && line.HargaSatuan.HasValue && line.Jumlah.HasValue)
            {
                Check(form, context, i, line.Uraian, line.Volume.Value, line.HargaSatuan.Value, line.Jumlah.Value, line.Ppn ?? 0m);
            }
        }
    }

    private static void Check(RkaForm form, RuleContext context, int index, string uraian, decimal volume, Rupiah price, Rupiah jumlah, decimal ppn)
    {
        string path = ModelPaths.RincianJumlah(index);
        Rupiah? expected = Multiply(price, volume, ppn);
        if (expected is null)
        {
            context.Report(form, path, Message.Format(MessageResources.Rka501OutOfRange, uraian, IndonesianNumber.Format(volume), price));
        }
        else if (expected.Value != jumlah)
        {
            context.Report(form, path, Message.Format(MessageResources.Rka501, uraian, jumlah, IndonesianNumber.Format(volume), price, expected.Value));
        }
    }

    /// <summary>Volume × harga satuan, with SIPD's PPN (percent) added when the line has one, rounded to the sen; null
    /// when the product is beyond <see cref="Rupiah"/>.</summary>
    private static Rupiah? Multiply(Rupiah price, decimal volume, decimal ppn)
    {
        try
        {
            decimal factor = ppn == 0m ? volume : volume * (1m + (ppn / 100m));
            return price.Multiply(factor, MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
