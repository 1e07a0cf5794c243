using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class IndicatorPresenceRuleTests
{
    private static readonly IndicatorPresenceRule Rule = new();

    [Fact]
    public void Four_kinds_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void A_missing_kind_is_named()
    {
        RkaForm form = TestForms.Consistent();
        form = form with { Indicators = [.. form.Indicators.Where(i => i.Kind != IndicatorKind.Hasil)] };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("RKA301", DiagnosticSeverity.Error, "indicators", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.StartsWith("The indicator table has no 'Hasil' row", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_form_misses_all_four_kinds() => Assert.Equal(4, Rule.Run(new RkaForm()).Count);
}
