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
    public void A_form_without_a_KAK_is_reported_once()
    {
        Diagnostic d = Assert.Single(Rule.Run(new RkaForm()));
        Assert.Equal("kak", d.Path);
        Assert.Equal(string.Empty, d.Kegiatan);
    }
}
