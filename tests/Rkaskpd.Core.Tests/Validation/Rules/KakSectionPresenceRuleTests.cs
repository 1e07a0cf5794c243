using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class KakSectionPresenceRuleTests
{
    private static readonly KakSectionPresenceRule Rule = new();

    [Fact]
    public void Eight_sections_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void A_missing_section_is_named()
    {
        Diagnostic d = Assert.Single(Rule.Run(TestForms.Consistent().WithKakSection(KakSectionKind.Alur, null, null)));
        Assert.Equal(("RKA401", DiagnosticSeverity.Error, "kak.alur", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal("The KAK has no 'Alur' section.", d.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" - ")]
    [InlineData("<p>&nbsp;</p>")]
    public void An_empty_section_is_named(string text)
    {
        Diagnostic d = Assert.Single(Rule.Run(TestForms.Consistent().WithKakSection(KakSectionKind.DasarHukum, "Dasar Hukum", text)));
        Assert.Equal("kak.dasarHukum", d.Path);
        Assert.Equal("The KAK's 'Dasar Hukum' section is empty.", d.Message);
    }

    [Fact]
    public void A_form_without_any_KAK_heading_is_of_a_template_without_KAK_and_raises_nothing()
    {
        // Issue 11 item 6 / issue 12: the KAK is not part of the official 2.2.1 form nor of SIPD prints.
        Assert.Empty(Rule.Run(new RkaForm()));
        Assert.Empty(Rule.Run(TestForms.Consistent() with { Kak = null }));
        Assert.Empty(Rule.Run(TestForms.Consistent() with { Kak = null, Template = FormTemplate.SipdRincianBelanja }));
    }
}
