using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class ScheduleConsistencyRuleTests
{
    private static readonly ScheduleConsistencyRule Rule = new();

    private static RkaForm WithSchedule(string waktu, string pelaksanaan) => TestForms.Consistent().WithKakSection(
        KakSectionKind.Mekanisme,
        "Mekanisme",
        $"Prosedur : kegiatan ketatausahaan - Waktu Pelaksanaan : {waktu} - Tempat : Kantor Kecamatan Lumajang - Pelaksanaan : {pelaksanaan}");

    [Fact]
    public void A_consistent_schedule_raises_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void A_whole_year_schedule_raises_nothing() =>
        Assert.Empty(Rule.Run(WithSchedule("12 Bulan dalam tahun 2020", "Bulan Januari s/d Desember 2020")));

    [Fact]
    public void Four_months_stated_and_five_named_are_reported()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithSchedule("4 Bulan dalam tahun 2020", "Bulan Pebruari s/d Juni 2020")));
        Assert.Equal(("RKA403", DiagnosticSeverity.Warning, "kak.mekanisme.jadwal[0]", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Contains("states 4 months but names 5: 2020-02, 2020-03, 2020-04, 2020-05, 2020-06.", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Months_outside_the_fiscal_year_are_reported()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithSchedule("2 Bulan", "Bulan Januari s/d Pebruari 2021")));
        Assert.Contains("names months outside tahun anggaran 2020: 2021-01, 2021-02.", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Forms_without_a_schedule_raise_nothing()
    {
        Assert.Empty(Rule.Run(new RkaForm()));
        Assert.Empty(Rule.Run(TestForms.Consistent().WithKakSection(KakSectionKind.Mekanisme, null, null)));
    }
}
