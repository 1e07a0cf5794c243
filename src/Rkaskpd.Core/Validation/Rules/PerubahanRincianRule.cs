using System;
using System.Globalization;
using Rkaskpd.Forms;
using Rkaskpd.Resources;
using Rkaskpd.Utility;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA505</c> (error): a perubahan (amended budget) rincian line does not add up: its jumlah <c>setelah</c> (after)
/// minus <c>sebelum</c> (before) the amendment is not the printed <c>bertambah/(berkurang)</c> (difference), or its
/// before jumlah is not the before volume × harga satuan (with SIPD's PPN sebelum added when the line has one).
/// </summary>
/// <remarks>Lines without perubahan values pass; each check needs all its values. The after values are checked by
/// <c>RKA501</c> and <c>RKA502</c>, the table's before total by <c>RKA209</c>.</remarks>
public sealed class PerubahanRincianRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.PerubahanRincian;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "A perubahan rincian line's after − before is not its bertambah/(berkurang), or its before jumlah is not volume × harga satuan.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        for (int i = 0; i < form.Rincian.Count; i++)
        {
            RincianLine line = form.Rincian[i];
            RincianPerubahan? perubahan = line.Perubahan;
            if (perubahan is null)
            {
                continue;
            }

            string path = "rincian[" + i.ToString(CultureInfo.InvariantCulture) + "].perubahan";
            try
            {
                if (perubahan.JumlahSebelum.HasValue && line.Jumlah.HasValue && perubahan.Selisih.HasValue)
                {
                    CheckSelisih(form, context, path, line.Uraian, perubahan.JumlahSebelum.Value, line.Jumlah.Value, perubahan.Selisih.Value);
                }

                if (!line.IsRekening && perubahan.VolumeSebelum.HasValue && perubahan.HargaSatuanSebelum.HasValue
                    && perubahan.JumlahSebelum.HasValue)
                {
                    CheckSebelum(form, context, path, line.Uraian, perubahan.VolumeSebelum.Value, perubahan.HargaSatuanSebelum.Value,
                        perubahan.JumlahSebelum.Value, perubahan.PpnSebelum ?? 0m);
                }
            }
            catch (OverflowException)
            {
                context.Report(form, path, Message.Format(MessageResources.Rka505OutOfRange, line.Uraian));
            }
        }
    }

    private static void CheckSelisih(RkaForm form, RuleContext context, string path, string uraian, Rupiah before, Rupiah after, Rupiah written)
    {
        Rupiah expected = after - before;
        if (expected != written)
        {
            context.Report(form, path + ".selisih",
                Message.Format(MessageResources.Rka505Selisih, uraian, before, after, expected, written));
        }
    }

    private static void CheckSebelum(RkaForm form, RuleContext context, string path, string uraian, decimal volume, Rupiah price, Rupiah jumlah, decimal ppn)
    {
        // SIPD's PPN (percent) is added to the product, as RKA501 adds the line's own.
        Rupiah product = price.Multiply(ppn == 0m ? volume : volume * (1m + (ppn / 100m)), MidpointRounding.AwayFromZero);
        if (product != jumlah)
        {
            context.Report(form, path + ".jumlahSebelum",
                Message.Format(MessageResources.Rka505Sebelum, uraian, jumlah, IndonesianNumber.Format(volume), price, product));
        }
    }
}
