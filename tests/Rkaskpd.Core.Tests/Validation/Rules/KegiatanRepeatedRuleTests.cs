using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Recap;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

/// <summary>RKA104: a kegiatan with a second form in one document, named by the forms' places in it.</summary>
public class KegiatanRepeatedRuleTests
{
    private static readonly KegiatanRepeatedRule Rule = new();

    [Fact]
    public void Distinct_kegiatan_raise_nothing()
    {
        Assert.Empty(Rule.Run(SeedDocument.Document));
        Assert.Empty(Rule.Run(new RkaDocument()));
        Assert.Empty(Rule.Run(new RkaDocument { Forms = [new RkaForm(), new RkaForm()] }));
    }

    [Theory]
    [InlineData("en", "Kegiatan 3.05.3.05.09.01.021 has 3 forms in this document (forms 1, 3, 5); this is form ")]
    [InlineData("id", "Kegiatan 3.05.3.05.09.01.021 memiliki 3 formulir dalam dokumen ini (formulir 1, 3, 5); ini formulir ")]
    public void Each_later_form_of_a_kegiatan_is_reported_at_its_code_with_the_forms_places(string culture, string message)
    {
        var seed = SeedDocument.Document.Forms;
        var document = new RkaDocument { Forms = [seed[0], seed[1], seed[0], seed[2], seed[0] with { Header = seed[0].Header with { Kegiatan = seed[0].Header.Kegiatan with { Name = "Lain" } } }] };

        using (UiCulture.Use(culture))
        {
            Diagnostic[] found = [.. Rule.Run(document)];

            Assert.Equal(2, found.Length);
            Assert.All(found, d => Assert.Equal(("RKA104", DiagnosticSeverity.Warning, "header.kegiatan", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan)));
            Assert.StartsWith(message + "3.", found[0].Message, StringComparison.Ordinal);
            Assert.StartsWith(message + "5.", found[1].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Forms_of_one_kegiatan_with_other_sub_kegiatan_are_no_repeat()
    {
        var seed = SeedDocument.Document.Forms[0];
        var a = seed with { Header = seed.Header with { SubKegiatan = HeaderField.Of(Rkaskpd.Codes.SubKegiatanCode.Parse("1.02.02.2.02.0001"), "Satu") } };
        var b = seed with { Header = seed.Header with { SubKegiatan = HeaderField.Of(Rkaskpd.Codes.SubKegiatanCode.Parse("1.02.02.2.02.0002"), "Dua") } };

        Assert.Empty(Rule.Run(new RkaDocument { Forms = [a, b] }));
        Diagnostic repeated = Assert.Single(Rule.Run(new RkaDocument { Forms = [a, b, a] }));
        Assert.Equal("header.subKegiatan", repeated.Path);
        Assert.StartsWith("Sub kegiatan 1.02.02.2.02.0001 has 2 forms in this document (forms 1, 3); this is form 3.", repeated.Message, StringComparison.Ordinal);
    }

    /// <summary>However many forms repeat a code, a message names ten and says how many more.</summary>
    [Fact]
    public void A_message_names_ten_forms_and_counts_the_rest()
    {
        RkaForm form = SeedDocument.Document.Forms[0];
        var document = new RkaDocument { Forms = [.. Enumerable.Repeat(form, 13)] };

        Diagnostic[] found = [.. Rule.Run(document)];

        Assert.Equal(12, found.Length);
        Assert.StartsWith("Kegiatan 3.05.3.05.09.01.021 has 13 forms in this document (forms 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 3 more); this is form 13.", found[^1].Message, StringComparison.Ordinal);
    }
}
