using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA403</c> (warning): a schedule (<c>waktu pelaksanaan</c>) disagrees with itself or with the fiscal year: it
/// states a number of months but names another number (<c>4 bulan</c> with five months listed), or it names months
/// outside the <c>tahun anggaran</c>.
/// </summary>
public sealed class ScheduleConsistencyRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.ScheduleInconsistent;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "The schedule disagrees with itself or with the fiscal year.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        Mekanisme? mekanisme = form.Kak?.Mekanisme;
        if (mekanisme is null)
        {
            return;
        }

        for (int i = 0; i < mekanisme.Jadwal.Count; i++)
        {
            WaktuPelaksanaan jadwal = mekanisme.Jadwal[i];
            string path = ModelPaths.Jadwal(i);
            if (jadwal.MonthCountMatchesStatedMonths == false)
            {
                context.Report(form, path,
                    Message.Format(MessageResources.Rka403Count, jadwal.Text.Trim(), jadwal.StatedMonths!.Value, jadwal.Months.Count, Months(jadwal)));
            }

            if (form.Header.TahunAnggaran.HasValue)
            {
                CheckYear(form, context, path, jadwal, form.Header.TahunAnggaran.Value);
            }
        }
    }

    private static void CheckYear(RkaForm form, RuleContext context, string path, WaktuPelaksanaan jadwal, int ta)
    {
        IReadOnlyList<YearMonth> outside = jadwal.MonthsOutside(ta);
        if (outside.Count > 0)
        {
            context.Report(form, path,
                Message.Format(MessageResources.Rka403Outside, jadwal.Text.Trim(), ta, string.Join(", ", outside.Select(Format))));
        }
    }

    private static string Months(WaktuPelaksanaan jadwal) => string.Join(", ", jadwal.Months.Select(Format));

    private static string Format(YearMonth month) =>
        month.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + month.Month.ToString("00", CultureInfo.InvariantCulture);
}
