using System;
using System.Collections.Generic;
using System.Globalization;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Recap;

/// <summary>
/// Computes form RKA-SKPD 2.2, the <c>rekapitulasi belanja langsung menurut program dan kegiatan</c> (recap of direct
/// expenditure by program and activity), from a document of 2.2.1 forms.
/// </summary>
/// <example>
/// <code>
/// RekapitulasiBelanja recap = Rekapitulasi.Compute(RkaTextReader.Read(text).Document);
/// Console.WriteLine(recap.Total.CurrentYear); // 1.170.027.840,00 for the Lumajang 2020 seed
/// RekapitulasiWriter.Write(recap, Console.Out, RekapitulasiFormat.Markdown);
/// </code>
/// </example>
public static class Rekapitulasi
{
    /// <summary>
    /// Computes the recap: one row per <c>kegiatan</c> under its <c>program</c>, both in code order
    /// (<see cref="ProgramCode"/> and <see cref="KegiatanCode"/> ordering), program subtotals and the SKPD total, and
    /// where forms have <c>rincian belanja</c> lines the year-n split by <c>jenis belanja</c>, in the scheme the
    /// document's kode rekening show (13/2006 <c>5.2.1</c>/<c>5.2.2</c>/<c>5.2.3</c>, or 90/2019 belanja operasi, modal,
    /// tidak terduga and transfer; see <see cref="JenisBelanjaSplit"/>).
    /// </summary>
    /// <param name="document">The 2.2.1 forms.</param>
    /// <returns>The recap. Never throws for bad data: what it cannot take as it stands is listed in
    /// <see cref="RekapitulasiBelanja.Issues"/> (a form without a readable kegiatan code is counted in
    /// <see cref="RekapitulasiBelanja.Unclassified"/>, a missing amount as zero, a duplicate kegiatan added into one row).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <remarks>A form is placed under the program of its kegiatan code (the header's program line is checked by <c>RKA102</c>, not here).
    /// An SIPD-era form, whose kegiatan has no 13/2006 code, is placed by its <c>sub kegiatan</c> code under its 90/2019
    /// program and kegiatan in <see cref="RekapitulasiBelanja.SipdPrograms"/> (sub kegiatan, kegiatan and program
    /// subtotals, with the 90/2019 jenis belanja split), and counts in the total.</remarks>
    public static RekapitulasiBelanja Compute(RkaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var issues = new List<RekapIssue>();
        var kegiatan = new SortedDictionary<KegiatanCode, KegiatanAccumulator>();
        var programNames = new Dictionary<ProgramCode, string>();
        RekapAmounts unclassified = RekapAmounts.Zero;
        string? pemerintah = null;
        int? tahun = null;
        string? organisasi = null;
        CodeScheme scheme = JenisBelanjaReader.Scheme(document.Forms);
        var sipd = new SipdRekapBuilder();

        for (int index = 0; index < document.Forms.Count; index++)
        {
            RkaForm form = document.Forms[index];
            FormHeader header = form.Header;
            pemerintah ??= NullIfBlank(header.PemerintahDaerah);
            tahun ??= header.TahunAnggaran;
            organisasi ??= header.Organisasi.IsPresent ? Join(header.Organisasi.CodeText, header.Organisasi.Name) : null;

            RekapAmounts amounts = ReadAmounts(form, index, issues);
            JenisBelanjaSplit? split = ReadSplit(form, scheme, index, issues);
            if (header.Kegiatan.Code is not { } code)
            {
                if (sipd.TryAdd(form, index, amounts, split, issues))
                {
                    continue; // an SIPD-era form: under its program, kegiatan and sub kegiatan
                }

                string written = header.Kegiatan.CodeText.Length == 0
                    ? MessageResources.RecapNoKegiatanCode
                    : Message.Format(MessageResources.RecapUnreadableKegiatanCode, header.Kegiatan.CodeText);
                issues.Add(new RekapIssue(RekapIssueKind.UnreadableCode, form.KegiatanCodeText, index,
                    Message.Format(MessageResources.RecapUnreadableCode, Ordinal(index), written, Describe(amounts))));
                unclassified = AddChecked(unclassified, amounts, form, index, issues);
                continue;
            }

            if (header.Program.Code == code.Program && header.Program.Name.Length > 0)
            {
                programNames.TryAdd(code.Program, header.Program.Name);
            }

            if (kegiatan.TryGetValue(code, out KegiatanAccumulator? existing))
            {
                issues.Add(new RekapIssue(RekapIssueKind.DuplicateKegiatan, form.KegiatanCodeText, index,
                    Message.Format(MessageResources.RecapDuplicateKegiatan, Ordinal(index), code, Ordinal(existing.FirstIndex), Describe(amounts))));
                existing.Amounts = AddChecked(existing.Amounts, amounts, form, index, issues);
                existing.Split = AddSplit(existing.Split, split, form, index, issues);
            }
            else
            {
                kegiatan.Add(code, new KegiatanAccumulator(index, header.Kegiatan.Name, NullIfBlank(header.Lokasi), amounts, split, header.Program.Name));
            }
        }

        var programs = new List<RekapProgram>();
        RekapAmounts total = RekapAmounts.Zero;
        JenisBelanjaSplit? totalSplit = null;
        int start = 0;
        var entries = new List<KeyValuePair<KegiatanCode, KegiatanAccumulator>>(kegiatan);
        while (start < entries.Count)
        {
            ProgramCode program = entries[start].Key.Program;
            int end = start;
            var rows = new List<RekapKegiatan>();
            RekapAmounts subtotal = RekapAmounts.Zero;
            JenisBelanjaSplit? programSplit = null;
            while (end < entries.Count && entries[end].Key.Program == program)
            {
                (KegiatanCode code, KegiatanAccumulator row) = (entries[end].Key, entries[end].Value);
                RkaForm form = document.Forms[row.FirstIndex];
                rows.Add(new RekapKegiatan
                {
                    Code = code,
                    Name = row.Name,
                    Lokasi = row.Lokasi,
                    PreviousYear = row.Amounts.PreviousYear,
                    CurrentYear = row.Amounts.CurrentYear,
                    NextYear = row.Amounts.NextYear,
                    JenisBelanja = row.Split,
                });
                subtotal = AddChecked(subtotal, row.Amounts, form, row.FirstIndex, issues);
                programSplit = AddSplit(programSplit, row.Split, form, row.FirstIndex, issues);
                end++;
            }

            string name = programNames.TryGetValue(program, out string? known) ? known : entries[start].Value.ProgramName;
            programs.Add(new RekapProgram
            {
                Code = program,
                Name = name,
                PreviousYear = subtotal.PreviousYear,
                CurrentYear = subtotal.CurrentYear,
                NextYear = subtotal.NextYear,
                JenisBelanja = programSplit,
                Kegiatan = rows,
            });
            total = AddChecked(total, subtotal, document.Forms[entries[start].Value.FirstIndex], entries[start].Value.FirstIndex, issues);
            totalSplit = AddSplit(totalSplit, programSplit, document.Forms[entries[start].Value.FirstIndex], entries[start].Value.FirstIndex, issues);
            start = end;
        }

        List<RekapSipdProgram>? sipdPrograms = sipd.Build(document.Forms, issues, ref total, ref totalSplit);
        total = AddChecked(total, unclassified, null, -1, issues);
        return new RekapitulasiBelanja
        {
            SipdPrograms = sipdPrograms,
            PemerintahDaerah = pemerintah,
            TahunAnggaran = tahun,
            Organisasi = organisasi,
            Programs = programs,
            Unclassified = unclassified,
            Total = total,
            JenisBelanja = totalSplit,
            Issues = issues,
        };
    }

    private static RekapAmounts ReadAmounts(RkaForm form, int index, List<RekapIssue> issues)
    {
        Span<long> sen = stackalloc long[3];
        foreach (AmountPosition position in (ReadOnlySpan<AmountPosition>)[AmountPosition.PreviousYear, AmountPosition.CurrentYear, AmountPosition.NextYear])
        {
            AmountRow? row = form.Amounts[position];
            if (row?.Amount is { } amount)
            {
                sen[(int)position] = amount.Sen;
            }
            else
            {
                issues.Add(new RekapIssue(RekapIssueKind.MissingAmount, form.KegiatanCodeText, index, row is null
                    ? Message.Format(MessageResources.RecapAmountMissing, Ordinal(index), Name(form), YearName(position))
                    : Message.Format(MessageResources.RecapAmountUnreadable, Ordinal(index), Name(form), YearName(position), row.AmountText)));
            }
        }

        return new RekapAmounts(Rupiah.FromSen(sen[0]), Rupiah.FromSen(sen[1]), Rupiah.FromSen(sen[2]));
    }

    private static JenisBelanjaSplit? ReadSplit(RkaForm form, CodeScheme scheme, int index, List<RekapIssue> issues)
    {
        try
        {
            return JenisBelanjaReader.Split(form.Rincian, scheme);
        }
        catch (OverflowException)
        {
            issues.Add(new RekapIssue(RekapIssueKind.Overflow, form.KegiatanCodeText, index,
                Message.Format(MessageResources.RecapSplitOverflow, Ordinal(index), Name(form))));
            return null;
        }
    }

    internal static RekapAmounts AddChecked(RekapAmounts sum, RekapAmounts amounts, RkaForm? form, int index, List<RekapIssue> issues)
    {
        try
        {
            return sum + amounts;
        }
        catch (OverflowException)
        {
            issues.Add(new RekapIssue(RekapIssueKind.Overflow, form?.KegiatanCodeText ?? string.Empty, index,
                form is null
                    ? Message.Format(MessageResources.RecapAddUnclassifiedOverflow, Describe(amounts))
                    : Message.Format(MessageResources.RecapAddOverflow, Describe(amounts), Ordinal(index))));
            return sum;
        }
    }

    internal static JenisBelanjaSplit? AddSplit(JenisBelanjaSplit? sum, JenisBelanjaSplit? split, RkaForm form, int index, List<RekapIssue> issues)
    {
        if (split is not { } value)
        {
            return sum;
        }

        try
        {
            return (sum ?? JenisBelanjaSplit.Zero) + value;
        }
        catch (OverflowException)
        {
            issues.Add(new RekapIssue(RekapIssueKind.Overflow, form.KegiatanCodeText, index,
                Message.Format(MessageResources.RecapAddSplitOverflow, Ordinal(index))));
            return sum;
        }
    }

    internal static string Describe(RekapAmounts amounts) =>
        $"n-1 {amounts.PreviousYear}, n {amounts.CurrentYear}, n+1 {amounts.NextYear}";

    private static string YearName(AmountPosition position) => position switch
    {
        AmountPosition.PreviousYear => MessageResources.RecapYearPrevious,
        AmountPosition.CurrentYear => MessageResources.RecapYearCurrent,
        _ => MessageResources.RecapYearNext,
    };

    internal static string Ordinal(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Name(RkaForm form) => form.KegiatanCodeText.Length > 0
        ? Message.Format(MessageResources.RecapFormKegiatan, form.KegiatanCodeText)
        : MessageResources.RecapNoKegiatanCode;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Join(string code, string name) =>
        code.Length == 0 ? name.Trim() : name.Length == 0 ? code.Trim() : code.Trim() + " " + name.Trim();

    private sealed class KegiatanAccumulator(int firstIndex, string name, string? lokasi, RekapAmounts amounts, JenisBelanjaSplit? split, string programName)
    {
        public int FirstIndex { get; } = firstIndex;

        public string Name { get; } = name;

        public string? Lokasi { get; } = lokasi;

        public string ProgramName { get; } = programName;

        public RekapAmounts Amounts { get; set; } = amounts;

        public JenisBelanjaSplit? Split { get; set; } = split;
    }
}
