using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>
/// Web copies, Word and PDF-to-text tools write no-break and other fixed-width spaces where a person sees a space, and
/// zero-width spaces, joiners and soft hyphens where a person sees nothing. A document with them reads as the same
/// document without them: the same model (names with ordinary spaces) and the same findings at the same lines.
/// </summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 40)]
public class InvisibleCharactersTests
{
    private const string LookAlikeSpaces = "\u00A0\u2002\u2003\u2007\u2009\u202F\u3000";

    private const string Invisible = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";

    [Fact]
    public void Look_alike_spaces_and_invisible_characters_leave_other_lines_as_the_same_string()
    {
        string line = "Urusan Pemerintahan\t: 3.05 PEMERINTAHAN UMUM";

        Assert.Same(line, InvisibleCharacters.Normalise(line));
        Assert.Equal("Urusan Pemerintahan\t: 3.05 PEMERINTAHAN UMUM", InvisibleCharacters.Normalise("Urusan\u00A0Pemerintahan\t:\u202F3.05 PEMERIN\u00ADTAHAN\u200B UMUM\uFEFF"));
        Assert.Equal(string.Empty, InvisibleCharacters.Normalise("\u200B\u00AD"));
    }

    [Fact]
    public void Ligatures_become_their_letters()
    {
        Assert.Equal(
            "Koefisien Satuan Harga PPN | Office staff affluent effigy | first fly | ffi ffl st st",
            InvisibleCharacters.Normalise("Koe\uFB01sien Satuan Harga PPN | O\uFB03ce sta\uFB00 a\uFB04uent e\uFB00igy | \uFB01rst \uFB02y | \uFB03 \uFB04 \uFB05 \uFB06"));
        Assert.Equal("Koefisien \tSatuan", InvisibleCharacters.Normalise("Koe\uFB01sien\u00A0\u200B\tSatuan"));
    }

    [Fact]
    public void Words_symbol_and_wingdings_bullets_become_bullets()
    {
        // Word's Symbol bullet and Wingdings' square, arrow and tick, as a PDF's text layer or a text export gives them.
        Assert.Equal("• Meningkatnya cakupan	• a • b • c • d", InvisibleCharacters.Normalise("\uF0B7 Meningkatnya cakupan\t\uF0A7 a \uF0D8 b \uF0FC c \uF076 d"));
        Assert.Equal("\uF0B6 stays", InvisibleCharacters.Normalise("\uF0B6 stays"));
    }

    [Fact]
    public void A_manfaat_list_with_symbol_bullets_reads_as_with_bullets()
    {
        string bullets = TestData.SeedText.Replace(
            "Manfaat : Kantor dapat melaksanakan kegiatan Pelayanan Administrasi dengan baik",
            "Manfaat : \u2022 Kantor dapat melaksanakan kegiatan Pelayanan Administrasi dengan baik \u2022 Surat menyurat tertib",
            StringComparison.Ordinal);
        string symbol = bullets.Replace("\u2022", "\uF0B7", StringComparison.Ordinal);
        Assert.NotEqual(bullets, TestData.SeedText);

        string difference = FormDifference.First(RkaTextReader.Read(bullets).Document, RkaTextReader.Read(symbol).Document, kakLineBreaks: true);
        Assert.True(difference.Length == 0, difference);
    }

    [Fact]
    public void A_form_whose_text_has_ligatures_reads_as_with_letters()
    {
        // Every "fi" as a PDF's text layer may give it, in the rincian header ("Koeﬁsien") and in a name ("proﬁl").
        string letters = Rkaskpd.Tests.Text.Sipd.SipdFormReadingTests.Tabbed.Replace("derajat kesehatan", "profil kesehatan", StringComparison.Ordinal);
        string text = letters.Replace("fi", "\uFB01", StringComparison.Ordinal);
        Assert.Contains("Koe\uFB01sien", text, StringComparison.Ordinal);
        Assert.Contains("pro\uFB01l", text, StringComparison.Ordinal);

        RkaReadResult expected = RkaTextReader.Read(letters);
        RkaReadResult read = RkaTextReader.Read(text);

        string difference = FormDifference.First(expected.Document, read.Document, kakLineBreaks: true);
        Assert.True(difference.Length == 0, difference);
        Assert.Equal(Findings(expected), Findings(read));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_seed_with_them_reads_to_the_same_model_and_findings(int every)
    {
        string seed = TestData.SeedText;
        string mangled = Mangle(seed, every, new Random(every));
        Assert.NotEqual(seed, mangled);

        RkaReadResult expected = RkaTextReader.Read(seed);
        RkaReadResult read = RkaTextReader.Read(mangled);

        string difference = FormDifference.First(expected.Document, read.Document, kakLineBreaks: true);
        Assert.True(difference.Length == 0, difference);
        Assert.Equal(Findings(expected), Findings(read));
        Assert.Equal(
            expected.Document.Forms.Select(f => f.Header.Program.Name + "|" + f.Header.Kegiatan.Name + "|" + f.Header.Lokasi),
            read.Document.Forms.Select(f => f.Header.Program.Name + "|" + f.Header.Kegiatan.Name + "|" + f.Header.Lokasi));
    }

    [Property]
    public Property A_generated_document_with_them_reads_back_the_same(RkaDocument document, PositiveInt every, int seed)
    {
        string canonical = RkaTextWriter.Write(document);
        RkaReadResult expected = RkaTextReader.Read(canonical);
        string mangled = Mangle(canonical, 1 + (every.Get % 4), new Random(seed));
        RkaReadResult read = RkaTextReader.Read(mangled);

        string difference = FormDifference.First(expected.Document, read.Document, kakLineBreaks: true);
        bool sameFindings = Findings(expected).SequenceEqual(Findings(read));
        return (difference.Length == 0 && sameFindings).Label(difference + (sameFindings ? string.Empty : " (findings differ)"));
    }

    private static string[] Findings(RkaReadResult result) =>
        [.. result.Validate().Select(d => $"{d.Code} {d.Line} {d.Path}")];

    /// <summary>Replaces every <paramref name="every"/>-th space by a look-alike space and puts an invisible character
    /// before every <paramref name="every"/>-th letter or digit.</summary>
    private static string Mangle(string text, int every, Random random)
    {
        var builder = new StringBuilder(text.Length + (text.Length / every));
        int spaces = 0;
        int letters = 0;
        foreach (char c in text)
        {
            if (c == ' ' && ++spaces % every == 0)
            {
                builder.Append(LookAlikeSpaces[random.Next(LookAlikeSpaces.Length)]);
                continue;
            }

            if (char.IsLetterOrDigit(c) && ++letters % every == 0)
            {
                builder.Append(Invisible[random.Next(Invisible.Length)]);
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
