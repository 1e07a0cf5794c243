using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Recap;

namespace Rkaskpd.Tests.Recap;

[Properties(Arbitrary = new[] { typeof(RecapArbitraries) })]
public sealed partial class RekapitulasiTests
{
    [Property]
    public Property Total_is_the_sum_of_every_form_and_nothing_is_dropped(RkaDocument document)
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(document);
        long expected = document.Forms.Sum(f => f.Amounts.CurrentYear?.Amount?.Sen ?? 0);
        int unreadable = document.Forms.Count(f => f.Header.Kegiatan.Code is null);
        int missing = document.Forms.Count(f => f.Amounts.CurrentYear?.Amount is null);
        int distinct = document.Forms.Where(f => f.Header.Kegiatan.Code is not null).Select(f => f.Header.Kegiatan.Code).Distinct().Count();
        return (recap.Total.CurrentYear.Sen == expected).Label("total")
            .And(recap.Issues.Count(i => i.Kind == RekapIssueKind.UnreadableCode) == unreadable).Label("unreadable named")
            .And(recap.Issues.Count(i => i.Kind == RekapIssueKind.MissingAmount) >= missing).Label("missing named")
            .And(recap.Programs.Sum(p => p.Kegiatan.Count) == distinct).Label("one row per kegiatan")
            .And(recap.Programs.Select(p => p.Code).SequenceEqual(recap.Programs.Select(p => p.Code).Order())).Label("program order")
            .And(recap.Programs.All(p => p.Kegiatan.Select(k => k.Code).SequenceEqual(p.Kegiatan.Select(k => k.Code).Order()))).Label("kegiatan order");
    }

    [Property]
    public bool Recap_of_a_document_matches_itself_under_RKA601(RkaDocument document)
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(document);
        return Rkaskpd.Validation.RuleSet.Empty.With(new Rkaskpd.Validation.Rules.RecapConsistencyRule(recap)).Validate(document).Count == 0;
    }
}
