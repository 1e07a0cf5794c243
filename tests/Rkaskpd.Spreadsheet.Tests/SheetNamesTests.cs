using System;
using System.Linq;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests;

public class SheetNamesTests
{
    [Theory]
    [InlineData("3.05.3.05.09.01.021", "3.05.3.05.09.01.021")]
    [InlineData("a/b\\c:d?e*f[g]h", "a_b_c_d_e_f_g_h")]
    [InlineData("  'kutip'  ", "kutip")]
    [InlineData("", "Kegiatan")]
    [InlineData(null, "Kegiatan")]
    [InlineData("'''", "Kegiatan")]
    [InlineData("tab\there", "tab_here")]
    [InlineData("1234567890123456789012345678901234567890", "1234567890123456789012345678901")]
    public void Sanitize_makes_a_legal_name(string? wish, string expected)
    {
        Assert.Equal(expected, SheetNames.Sanitize(wish, "Kegiatan"));
    }

    [Fact]
    public void Assign_suffixes_repeats_case_insensitively_and_avoids_History()
    {
        Assert.Equal(
            ["A", "a (2)", "A (3)", "history (2)", "Kegiatan", "Kegiatan (2)"],
            SheetNames.Assign(["A", "a", "A", "history", "", null], "Kegiatan"));
    }

    [Property(Arbitrary = new[] { typeof(SheetNameArbitraries) })]
    public Property Assigned_names_are_legal_and_unique(string?[] wishes)
    {
        var names = SheetNames.Assign(wishes, "Kegiatan");
        bool legal = names.All(n => n.Length is >= 1 and <= SheetNames.MaximumLength
            && n.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) < 0
            && n[0] != '\'' && n[^1] != '\''
            && !n.Any(char.IsControl)
            && !n.Equals("History", StringComparison.OrdinalIgnoreCase));
        bool unique = names.Select(n => n.ToUpperInvariant()).Distinct().Count() == names.Count;
        return (legal && unique && names.Count == wishes.Length).Label(string.Join(" | ", names));
    }

    [Property(Arbitrary = new[] { typeof(SheetNameArbitraries) }, MaxTest = 25)]
    public Property Any_codes_and_names_give_a_valid_workbook(string?[] wishes)
    {
        RkaForm[] forms = [.. wishes.Select(w => new RkaForm
        {
            Header = new FormHeader { Kegiatan = new HeaderField<KegiatanCode>("Kegiatan", w ?? string.Empty, null, w ?? string.Empty), Lokasi = w },
            KelompokSasaran = w,
        })];
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = forms });
        return (workbook.ValidationErrors.Count == 0 && workbook.Sheets.Count == (forms.Length == 0 ? 1 : forms.Length + 1)) // the forms and the recap
            .Label(string.Join("\n", workbook.ValidationErrors));
    }
}

/// <summary>Sheet-name wishes full of the characters and lengths Excel refuses.</summary>
public static class SheetNameArbitraries
{
    public static Arbitrary<string?[]> Wishes()
    {
        Gen<char> odd = Gen.Elements(':', '\\', '/', '?', '*', '[', ']', '\'', ' ', '\t', '\u0001', 'a', 'A', '9', '.', '<', '&', '\uD800');
        Gen<string?> wish = Gen.OneOf(
            Gen.Constant<string?>(null),
            odd.ArrayOf().Select(cs => (string?)new string(cs)),
            Gen.Elements("History", "history", "3.05.3.05.09.01.021", new string('9', 40), new string('9', 31)).Select(s => (string?)s));
        return wish.ArrayOf().ToArbitrary();
    }
}
