using System.Collections.Generic;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Recap;

/// <summary>Collects the SIPD-era forms of a document by their sub kegiatan code and builds the recap's programs,
/// kegiatan and sub kegiatan rows (<see cref="RekapitulasiBelanja.SipdPrograms"/>).</summary>
internal sealed class SipdRekapBuilder
{
    private readonly SortedDictionary<SubKegiatanCode, Row> rows = [];
    private readonly Dictionary<SipdProgramCode, string> programNames = [];
    private readonly Dictionary<SipdKegiatanCode, string> kegiatanNames = [];

    /// <summary>Places a form under its sub kegiatan code; false when it has none (the caller places it otherwise).</summary>
    public bool TryAdd(RkaForm form, int index, RekapAmounts amounts, JenisBelanjaSplit? split, List<RekapIssue> issues)
    {
        FormHeader header = form.Header;
        if (header.SubKegiatan?.Code is not { } code)
        {
            return false;
        }

        SipdCodes sipd = header.Sipd;
        if (header.Program.Name.Length > 0 && (sipd.Program is null || sipd.Program == code.Program))
        {
            programNames.TryAdd(code.Program, header.Program.Name);
        }

        if (header.Kegiatan.Name.Length > 0 && (sipd.Kegiatan is null || sipd.Kegiatan == code.Kegiatan))
        {
            kegiatanNames.TryAdd(code.Kegiatan, header.Kegiatan.Name);
        }

        if (rows.TryGetValue(code, out Row? existing))
        {
            issues.Add(new RekapIssue(RekapIssueKind.DuplicateKegiatan, form.KegiatanCodeText, index,
                Message.Format(MessageResources.RecapDuplicateKegiatan, Rekapitulasi.Ordinal(index), code, Rekapitulasi.Ordinal(existing.FirstIndex), Rekapitulasi.Describe(amounts))));
            existing.Amounts = Rekapitulasi.AddChecked(existing.Amounts, amounts, form, index, issues);
            existing.Split = Rekapitulasi.AddSplit(existing.Split, split, form, index, issues);
        }
        else
        {
            string? lokasi = string.IsNullOrWhiteSpace(header.Lokasi) ? null : header.Lokasi.Trim();
            rows.Add(code, new Row(index, header.SubKegiatan.Name, lokasi) { Amounts = amounts, Split = split });
        }

        return true;
    }

    /// <summary>Builds the programs in code order, adding their subtotals into the document's total; null when no form
    /// was placed.</summary>
    public List<RekapSipdProgram>? Build(IReadOnlyList<RkaForm> forms, List<RekapIssue> issues, ref RekapAmounts total, ref JenisBelanjaSplit? totalSplit)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var programs = new List<RekapSipdProgram>();
        var entries = new List<KeyValuePair<SubKegiatanCode, Row>>(rows);
        int start = 0;
        while (start < entries.Count)
        {
            SipdProgramCode program = entries[start].Key.Program;
            int firstIndex = entries[start].Value.FirstIndex;
            RkaForm first = forms[firstIndex];
            var kegiatan = new List<RekapSipdKegiatan>();
            RekapAmounts programAmounts = RekapAmounts.Zero;
            JenisBelanjaSplit? programSplit = null;
            while (start < entries.Count && entries[start].Key.Program == program)
            {
                SipdKegiatanCode kegiatanCode = entries[start].Key.Kegiatan;
                var subKegiatan = new List<RekapSubKegiatan>();
                RekapAmounts kegiatanAmounts = RekapAmounts.Zero;
                JenisBelanjaSplit? kegiatanSplit = null;
                while (start < entries.Count && entries[start].Key.Kegiatan == kegiatanCode)
                {
                    (SubKegiatanCode code, Row row) = (entries[start].Key, entries[start].Value);
                    RkaForm form = forms[row.FirstIndex];
                    subKegiatan.Add(new RekapSubKegiatan
                    {
                        Code = code,
                        Name = row.Name,
                        Lokasi = row.Lokasi,
                        PreviousYear = row.Amounts.PreviousYear,
                        CurrentYear = row.Amounts.CurrentYear,
                        NextYear = row.Amounts.NextYear,
                        JenisBelanja = row.Split,
                    });
                    kegiatanAmounts = Rekapitulasi.AddChecked(kegiatanAmounts, row.Amounts, form, row.FirstIndex, issues);
                    kegiatanSplit = Rekapitulasi.AddSplit(kegiatanSplit, row.Split, form, row.FirstIndex, issues);
                    start++;
                }

                kegiatan.Add(new RekapSipdKegiatan
                {
                    Code = kegiatanCode,
                    Name = kegiatanNames.TryGetValue(kegiatanCode, out string? kegiatanName) ? kegiatanName : string.Empty,
                    PreviousYear = kegiatanAmounts.PreviousYear,
                    CurrentYear = kegiatanAmounts.CurrentYear,
                    NextYear = kegiatanAmounts.NextYear,
                    JenisBelanja = kegiatanSplit,
                    SubKegiatan = subKegiatan,
                });
                programAmounts = Rekapitulasi.AddChecked(programAmounts, kegiatanAmounts, first, firstIndex, issues);
                programSplit = Rekapitulasi.AddSplit(programSplit, kegiatanSplit, first, firstIndex, issues);
            }

            programs.Add(new RekapSipdProgram
            {
                Code = program,
                Name = programNames.TryGetValue(program, out string? programName) ? programName : string.Empty,
                PreviousYear = programAmounts.PreviousYear,
                CurrentYear = programAmounts.CurrentYear,
                NextYear = programAmounts.NextYear,
                JenisBelanja = programSplit,
                Kegiatan = kegiatan,
            });
            total = Rekapitulasi.AddChecked(total, programAmounts, first, firstIndex, issues);
            totalSplit = Rekapitulasi.AddSplit(totalSplit, programSplit, first, firstIndex, issues);
        }

        return programs;
    }

    /// <summary>One sub kegiatan while its forms are collected.</summary>
    private sealed class Row(int firstIndex, string name, string? lokasi)
    {
        public int FirstIndex { get; } = firstIndex;

        public string Name { get; } = name;

        public string? Lokasi { get; } = lokasi;

        public RekapAmounts Amounts { get; set; }

        public JenisBelanjaSplit? Split { get; set; }
    }
}
