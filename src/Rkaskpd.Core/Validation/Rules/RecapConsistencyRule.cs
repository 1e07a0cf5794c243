using System;
using System.Collections.Generic;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Recap;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA601</c> (error): a supplied RKA-SKPD 2.2 recap differs from the one computed from the 2.2.1 forms. Each
/// difference is one diagnostic naming the row (program or kegiatan code, or the total), the column, the amount
/// computed from the forms and the amount found in the supplied recap; rows missing from it or extra in it are named
/// too.
/// </summary>
/// <remarks>
/// The rule needs the recap to check, so it is not part of <see cref="RuleSet.Default"/>: construct it with the recap
/// and add it, <c>RuleSet.Default.With(new RecapConsistencyRule(supplied))</c>. Amounts are compared exactly; names,
/// locations and <see cref="RekapitulasiBelanja.Issues"/> are not compared. A <c>jenis belanja</c> split is compared
/// only where the supplied recap gives one. The rule is immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// RekapitulasiBelanja supplied = JsonSerializer.Deserialize(json, RkaskpdJsonContext.Default.RekapitulasiBelanja)!;
/// IReadOnlyList&lt;Diagnostic&gt; findings = RuleSet.Default.With(new RecapConsistencyRule(supplied)).Validate(document);
/// </code>
/// </example>
public sealed class RecapConsistencyRule : IDocumentRule
{
    /// <summary>Initializes a rule that checks <paramref name="supplied"/> against the recap computed from the document.</summary>
    /// <param name="supplied">The recap to check, as a caller received it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="supplied"/> is null.</exception>
    public RecapConsistencyRule(RekapitulasiBelanja supplied)
    {
        ArgumentNullException.ThrowIfNull(supplied);
        Supplied = supplied;
    }

    /// <summary>Gets the recap being checked.</summary>
    public RekapitulasiBelanja Supplied { get; }

    /// <inheritdoc/>
    public string Id => RuleIds.RecapMismatch;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "A supplied RKA-SKPD 2.2 recap differs from the one computed from the 2.2.1 forms.";

    /// <inheritdoc/>
    public void Validate(RkaDocument document, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        RekapitulasiBelanja expected = Rekapitulasi.Compute(document);
        var forms = new Dictionary<KegiatanCode, RkaForm>();
        foreach (RkaForm form in document.Forms)
        {
            if (form.Header.Kegiatan.Code is { } code)
            {
                forms.TryAdd(code, form);
            }
        }

        var suppliedPrograms = new Dictionary<ProgramCode, (RekapProgram Program, int Index)>();
        for (int i = 0; i < Supplied.Programs.Count; i++)
        {
            RekapProgram program = Supplied.Programs[i];
            if (!suppliedPrograms.TryAdd(program.Code, (program, i)))
            {
                context.Report(null, ProgramPath(i), Message.Format(MessageResources.RecapProgramTwice, program.Code));
            }
        }

        var matched = new HashSet<ProgramCode>();
        foreach (RekapProgram program in expected.Programs)
        {
            if (!suppliedPrograms.TryGetValue(program.Code, out var found))
            {
                context.Report(null, "programs",
                    Message.Format(MessageResources.RecapProgramMissing, program.Code, program.Name, program.CurrentYear));
                continue;
            }

            matched.Add(program.Code);
            string path = ProgramPath(found.Index);
            CompareAmounts(context, null, path, Message.Format(MessageResources.RecapRowProgram, program.Code), program.Amounts, found.Program.Amounts);
            CompareSplit(context, null, path, Message.Format(MessageResources.RecapRowProgram, program.Code), program.JenisBelanja, found.Program.JenisBelanja);
            CompareKegiatan(context, path, program, found.Program, forms);
        }

        for (int i = 0; i < Supplied.Programs.Count; i++)
        {
            RekapProgram program = Supplied.Programs[i];
            if (!matched.Contains(program.Code) && suppliedPrograms[program.Code].Index == i)
            {
                context.Report(null, ProgramPath(i),
                    Message.Format(MessageResources.RecapProgramNoForm, program.Code, program.Name, program.CurrentYear));
            }
        }

        CompareAmounts(context, null, "total", "The total", expected.Total, Supplied.Total);
        CompareSplit(context, null, "total", "The total", expected.JenisBelanja, Supplied.JenisBelanja);
    }

    private static void CompareKegiatan(
        RuleContext context, string programPath, RekapProgram expected, RekapProgram supplied, Dictionary<KegiatanCode, RkaForm> forms)
    {
        var byCode = new Dictionary<KegiatanCode, (RekapKegiatan Row, int Index)>();
        for (int i = 0; i < supplied.Kegiatan.Count; i++)
        {
            RekapKegiatan row = supplied.Kegiatan[i];
            if (!byCode.TryAdd(row.Code, (row, i)))
            {
                context.Report(null, KegiatanPath(programPath, i), Message.Format(MessageResources.RecapKegiatanTwice, row.Code));
            }
        }

        var matched = new HashSet<KegiatanCode>();
        foreach (RekapKegiatan row in expected.Kegiatan)
        {
            if (!byCode.TryGetValue(row.Code, out var found))
            {
                context.Report(forms.GetValueOrDefault(row.Code), programPath + ".kegiatan",
                    Message.Format(MessageResources.RecapKegiatanMissing, row.Code, row.Name, row.CurrentYear));
                continue;
            }

            matched.Add(row.Code);
            string path = KegiatanPath(programPath, found.Index);
            RkaForm? form = forms.GetValueOrDefault(row.Code);
            CompareAmounts(context, form, path, Message.Format(MessageResources.RecapRowKegiatan, row.Code), row.Amounts, found.Row.Amounts);
            CompareSplit(context, form, path, Message.Format(MessageResources.RecapRowKegiatan, row.Code), row.JenisBelanja, found.Row.JenisBelanja);
        }

        for (int i = 0; i < supplied.Kegiatan.Count; i++)
        {
            RekapKegiatan row = supplied.Kegiatan[i];
            if (!matched.Contains(row.Code) && byCode[row.Code].Index == i)
            {
                context.Report(null, KegiatanPath(programPath, i),
                    Message.Format(MessageResources.RecapKegiatanNoForm, row.Code, row.Name, expected.Code, row.CurrentYear));
            }
        }
    }

    private static void CompareAmounts(RuleContext context, RkaForm? form, string path, string row, RekapAmounts expected, RekapAmounts found)
    {
        Compare(context, form, path, row, "previousYear", MessageResources.RecapYearPrevious, expected.PreviousYear, found.PreviousYear);
        Compare(context, form, path, row, "currentYear", MessageResources.RecapYearCurrent, expected.CurrentYear, found.CurrentYear);
        Compare(context, form, path, row, "nextYear", MessageResources.RecapYearNext, expected.NextYear, found.NextYear);
    }

    private static void CompareSplit(RuleContext context, RkaForm? form, string path, string row, JenisBelanjaSplit? expected, JenisBelanjaSplit? found)
    {
        if (found is not { } split)
        {
            return;
        }

        JenisBelanjaSplit computed = expected ?? JenisBelanjaSplit.Zero;
        string splitPath = path + ".jenisBelanja";
        bool is90 = computed.Scheme == CodeScheme.Permendagri90;
        Compare(context, form, splitPath, row, "pegawai", is90 ? "Belanja Pegawai (5.1.01)" : "Belanja Pegawai (5.2.1)", computed.Pegawai, split.Pegawai);
        Compare(context, form, splitPath, row, "barangDanJasa", is90 ? "Belanja Barang dan Jasa (5.1.02)" : "Belanja Barang dan Jasa (5.2.2)", computed.BarangDanJasa, split.BarangDanJasa);
        Compare(context, form, splitPath, row, "bunga", "Belanja Bunga (5.1.03)", computed.Bunga, split.Bunga);
        Compare(context, form, splitPath, row, "subsidi", "Belanja Subsidi (5.1.04)", computed.Subsidi, split.Subsidi);
        Compare(context, form, splitPath, row, "hibah", "Belanja Hibah (5.1.05)", computed.Hibah, split.Hibah);
        Compare(context, form, splitPath, row, "bantuanSosial", "Belanja Bantuan Sosial (5.1.06)", computed.BantuanSosial, split.BantuanSosial);
        Compare(context, form, splitPath, row, "modal", is90 ? "Belanja Modal (5.2)" : "Belanja Modal (5.2.3)", computed.Modal, split.Modal);
        Compare(context, form, splitPath, row, "tidakTerduga", "Belanja Tidak Terduga (5.3)", computed.TidakTerduga, split.TidakTerduga);
        Compare(context, form, splitPath, row, "transfer", "Belanja Transfer (5.4)", computed.Transfer, split.Transfer);
        Compare(context, form, splitPath, row, "lainnya", MessageResources.RecapOtherBelanja, computed.Lainnya, split.Lainnya);
    }

    private static void Compare(RuleContext context, RkaForm? form, string path, string row, string member, string column, Rupiah expected, Rupiah found)
    {
        if (expected != found)
        {
            context.Report(form, path + "." + member, Message.Format(MessageResources.RecapCell, row, column, expected, found));
        }
    }

    private static string ProgramPath(int index) => "programs[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static string KegiatanPath(string programPath, int index) =>
        programPath + ".kegiatan[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
