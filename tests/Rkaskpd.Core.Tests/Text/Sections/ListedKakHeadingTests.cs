using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A region's KAK template numbers its sections and prints each heading on a line of its own, the text on the
/// lines below (<c>A. LATAR BELAKANG</c>, <c>B. Dasar Hukum</c>, ... as a word processor's list gives them): the seed's
/// KAK rows, written by the text writer, laid out that way with each kind of list marker, must read as the same
/// sections.</summary>
public class ListedKakHeadingTests
{
    private static readonly Lazy<string> Canonical = new(() => RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document));

    [Theory]
    [InlineData("A.", false, false)]
    [InlineData("A.", true, true)]
    [InlineData("1.", false, true)]
    [InlineData("I.", true, false)]
    [InlineData("a)", false, false)]
    public void Headings_on_lines_of_their_own_after_a_list_marker_read_as_the_seed_s_rows(string marker, bool upperCase, bool blankBefore)
    {
        string listed = Relayout(Canonical.Value, marker, upperCase, blankBefore);
        Assert.Contains((blankBefore ? "\n\n" : "\n") + Marker(marker, 1) + " " + (upperCase ? "DASAR HUKUM" : "Dasar Hukum") + "\n", listed, StringComparison.Ordinal);

        RkaReadResult expected = RkaTextReader.Read(Canonical.Value);
        RkaReadResult read = RkaTextReader.Read(listed);

        Assert.Equal(88, read.Document.Forms.Sum(f => f.Kak?.Sections.Count ?? 0));
        for (int f = 0; f < expected.Document.Forms.Count; f++)
        {
            Kak want = expected.Document.Forms[f].Kak!, got = read.Document.Forms[f].Kak!;
            Assert.Equal(want.Sections.Select(s => (s.Kind, s.Body)), got.Sections.Select(s => (s.Kind, s.Body)));
            Assert.Equal(
                want.Sections.Select(s => upperCase ? s.Heading?.ToUpperInvariant() : s.Heading),
                got.Sections.Select(s => s.Heading));
        }

        Assert.Equal(
            expected.Validate().Where(d => d.Code.StartsWith("RKA4", StringComparison.Ordinal)).Select(d => (d.Code, d.Path)),
            read.Validate().Where(d => d.Code.StartsWith("RKA4", StringComparison.Ordinal)).Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void A_misspelled_listed_heading_is_recognised_and_reported()
    {
        string listed = System.Text.RegularExpressions.Regex.Replace(
            Relayout(Canonical.Value, "A.", upperCase: false), "\n([A-H])\\. Alur\n", "\n$1. Alur Kegiatn\n");

        RkaReadResult read = RkaTextReader.Read(listed);

        IReadOnlyList<RkaForm> seed = RkaTextReader.Read(Canonical.Value).Document.Forms;
        RkaForm[] withAlur = [.. read.Document.Forms.Where((f, i) => seed[i].Kak?.Alur?.Heading == "Alur")];
        Assert.True(withAlur.Length >= 10);
        Assert.All(withAlur, f => Assert.Equal("Alur Kegiatn", f.Kak!.Alur!.Heading));
        Assert.Equal(withAlur.Length, read.Validate().Count(d => d.Code == "RKA402" && d.Path == "kak.alur"));
    }

    [Theory]
    [InlineData("1) Penetapan Tim Pelaksana dengan Keputusan Camat;")]
    [InlineData("2. Manfaat yang diharapkan dari pelatihan ini sangat besar bagi 40 peserta")]
    [InlineData("a. Latar belakang pendidikan peserta 2019")]
    public void A_numbered_line_that_is_no_heading_alone_stays_text_of_its_section(string line)
    {
        string listed = Relayout(Canonical.Value, "A.", upperCase: false);
        int konsep = listed.IndexOf("\nE. Konsep Kegiatan\n", StringComparison.Ordinal);
        int textEnd = listed.IndexOf('\n', konsep + "\nE. Konsep Kegiatan\n".Length);
        listed = listed.Insert(textEnd + 1, line + "\n");

        RkaForm form = RkaTextReader.Read(listed).Document.Forms[0];

        Assert.EndsWith(line, form.Kak!.KonsepKegiatan!.Body, StringComparison.Ordinal);
        Assert.Equal(8, form.Kak.Sections.Count);
    }

    /// <summary>Headings on lines of their own without a list marker, as a word processor's heading style or pandoc's
    /// plain text leaves them: in capitals, a misspelled one among them (recognised and reported), or spelled right in
    /// any case; a line of text near a heading but neither stays text.</summary>
    [Fact]
    public void Headings_alone_without_a_marker_read_in_capitals_or_spelled_right()
    {
        string listed = Relayout(Canonical.Value, "I.", upperCase: true, blankBefore: true);
        string bare = System.Text.RegularExpressions.Regex.Replace(listed, "\n[IVX]+\\. ([A-Z ]+)\n", "\n$1\n");
        bare = bare.Replace("\nALUR\n", "\nAlur Kegiatan\n", StringComparison.Ordinal);
        RkaReadResult expected = RkaTextReader.Read(listed);

        RkaReadResult read = RkaTextReader.Read(bare);
        RkaReadResult misspelled = RkaTextReader.Read(bare.Replace("\nKONSEP KEGIATAN\n", "\nKONSEP KEGAITAN\n", StringComparison.Ordinal));
        RkaReadResult lower = RkaTextReader.Read(bare.Replace("\nKONSEP KEGIATAN\n", "\nKonsep kegaitan\n", StringComparison.Ordinal));

        Assert.Equal(expected.Document.Forms.Select(f => f.Kak!.Sections.Select(s => (s.Kind, s.Body)).ToArray()),
            read.Document.Forms.Select(f => f.Kak!.Sections.Select(s => (s.Kind, s.Body)).ToArray()));
        Assert.Contains(read.Document.Forms, f => f.Kak!.Alur?.Heading == "Alur Kegiatan");
        int withKonsep = expected.Document.Forms.Count(f => f.Kak!.KonsepKegiatan is not null);
        Assert.Equal(withKonsep, misspelled.Validate().Count(d => d.Code == "RKA402" && d.Path == "kak.konsepKegiatan"));
        Assert.Equal(withKonsep, misspelled.Document.Forms.Count(f => f.Kak!.KonsepKegiatan?.Heading == "KONSEP KEGAITAN"));
        Assert.Equal(0, lower.Document.Forms.Count(f => f.Kak!.KonsepKegiatan is not null));
    }

    /// <summary>A list whose items a converter set apart by blank lines (pandoc's plain text) is the section's text,
    /// also at the document's end, where held lines would be outside the form.</summary>
    [Fact]
    public void A_list_with_blank_lines_between_its_items_at_the_document_s_end_is_the_section_s_text()
    {
        string listed = Relayout(Canonical.Value, "I.", upperCase: true, blankBefore: true);
        int manfaat = listed.IndexOf("\n\nVIII. MANFAAT\n", StringComparison.Ordinal);
        string form = listed[..manfaat] + "\n\nVIII. MANFAAT\n\n1.  Kantor melayani masyarakat;\n\n2.  Administrasi tertib;\n\n3.  Laporan tepat waktu.\n";

        RkaReadResult read = RkaTextReader.Read(form);

        Assert.Equal(["Kantor melayani masyarakat", "Administrasi tertib", "Laporan tepat waktu"], read.Document.Forms[0].Kak!.Manfaat!.Points);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == "RKA003");
    }

    /// <summary>A TOR outline's parts that are none of the eight sections (Gambaran Umum, Sasaran, Biaya, as a marked
    /// heading, a heading alone in capitals and a heading with its colon) end the section before them instead of running
    /// into it, and each is reported with its whole text (RKA016); the KAK's title block naming the form's own
    /// kegiatan and year is its title, not a section of no heading (RKA406).</summary>
    [Fact]
    public void Parts_outside_the_eight_sections_end_the_section_before_and_are_reported_with_their_text()
    {
        string listed = Relayout(Canonical.Value, "I.", upperCase: true, blankBefore: true);
        RkaReadResult expected = RkaTextReader.Read(listed);
        int form = 0;
        string tor = System.Text.RegularExpressions.Regex.Replace(listed, "\nKERANGKA ACUAN KERJA \\(KAK\\)\n", _ =>
            "\nKERANGKA ACUAN KERJA (KAK)\nKEGIATAN : " + expected.Document.Forms[form++].Header.Kegiatan.Name!.ToUpperInvariant()
            + "\nTAHUN ANGGARAN " + expected.Document.Forms[0].Header.TahunAnggaran + "\n");
        tor = tor.Replace("\n\nIII. MAKSUD DAN TUJUAN\n", "\n\nC. Gambaran Umum\nKegiatan dilaksanakan di tujuh kelurahan.\nPesertanya empat puluh orang.\n\nIII. MAKSUD DAN TUJUAN\n", StringComparison.Ordinal)
            .Replace("\n\nIV. BENTUK KEGIATAN\n", "\n\nSASARAN\nSasaran kegiatan adalah aparatur kelurahan.\n\nIV. BENTUK KEGIATAN\n", StringComparison.Ordinal);
        tor = System.Text.RegularExpressions.Regex.Replace(tor, "\n\n([IVX]+\\. MANFAAT)\n", "\nBiaya : dibebankan pada APBD.\n\n$1\n");
        Assert.True(form >= 10);

        RkaReadResult read = RkaTextReader.Read(tor);

        for (int f = 0; f < expected.Document.Forms.Count; f++)
        {
            Kak want = expected.Document.Forms[f].Kak!, got = read.Document.Forms[f].Kak!;
            Assert.Equal(want.Sections.Select(s => (s.Kind, s.Body)), got.Sections.Select(s => (s.Kind, s.Body)));
        }

        Diagnostic[] notHeld = [.. read.Diagnostics.Where(d => d.Code == "RKA016" && d.Message.Contains("KAK", StringComparison.Ordinal))];
        int forms = expected.Document.Forms.Count;
        Assert.Equal(forms, notHeld.Count(d => d.Message.Contains("'Gambaran Umum'", StringComparison.Ordinal)
            && d.Message.Contains("'Kegiatan dilaksanakan di tujuh kelurahan. Pesertanya empat puluh orang.'", StringComparison.Ordinal)));
        Assert.Equal(forms, notHeld.Count(d => d.Message.Contains("'SASARAN'", StringComparison.Ordinal)
            && d.Message.Contains("'Sasaran kegiatan adalah aparatur kelurahan.'", StringComparison.Ordinal)));
        Assert.Equal(forms, notHeld.Count(d => d.Message.Contains("'Biaya'", StringComparison.Ordinal)
            && d.Message.Contains("'dibebankan pada APBD.'", StringComparison.Ordinal)));
        Assert.Equal(
            expected.Diagnostics.Where(d => d.Code != "RKA016").Select(d => d.Code).Order(),
            read.Diagnostics.Where(d => d.Code != "RKA016").Select(d => d.Code).Order());
    }

    /// <summary>A TOR outline's Latar Belakang made of sub-points (<c>1. Dasar Hukum</c>, <c>2. Gambaran Umum</c>), with
    /// no text of its own: the general picture is its text, not a part reported apart.</summary>
    [Fact]
    public void A_general_picture_under_an_empty_latar_belakang_is_its_text()
    {
        string listed = Relayout(Canonical.Value, "I.", upperCase: true, blankBefore: true);
        string tor = System.Text.RegularExpressions.Regex.Replace(listed, "\n\n([IVX]+\\. LATAR BELAKANG)\n(.|\n)*?\n\n([IVX]+\\. DASAR HUKUM)\n", "\n\n$1\n\n$3\n");
        tor = System.Text.RegularExpressions.Regex.Replace(tor, "\n\n([IVX]+\\. MAKSUD DAN TUJUAN)\n", "\n\n2. Gambaran Umum\nKegiatan dilaksanakan di tujuh kelurahan.\n\n$1\n");

        RkaReadResult read = RkaTextReader.Read(tor);

        // (The seed's first form spells its heading "Layat Belakang", which the pattern above leaves as it is.)
        RkaForm second = read.Document.Forms[1];
        Assert.Equal("Kegiatan dilaksanakan di tujuh kelurahan.", second.Kak!.LatarBelakang?.Body);
        Assert.DoesNotContain(read.Validate(), d => d.Code == "RKA401" && d.Path == "kak.latarBelakang" && d.Kegiatan == second.KegiatanCodeText);
        Assert.Equal(1, read.Diagnostics.Count(d => d.Code == "RKA016" && d.Message.Contains("'Gambaran Umum'", StringComparison.Ordinal)));
    }

    /// <summary>A line under the KAK's title naming another kegiatan than the form's is no title line: it stays KAK text
    /// (a section of no heading), not left out.</summary>
    [Fact]
    public void A_title_line_naming_another_kegiatan_stays_kak_text()
    {
        string listed = Relayout(Canonical.Value, "I.", upperCase: true, blankBefore: true);
        int at = listed.IndexOf("\nKERANGKA ACUAN KERJA (KAK)\n", StringComparison.Ordinal) + "\nKERANGKA ACUAN KERJA (KAK)\n".Length;
        string other = listed.Insert(at, "KEGIATAN : PEMBANGUNAN JEMBATAN GANTUNG\n");

        RkaForm form = RkaTextReader.Read(other).Document.Forms[0];

        Assert.Equal("KEGIATAN : PEMBANGUNAN JEMBATAN GANTUNG", Assert.Single(form.Kak!.Unrecognized).Text);
    }

    [Theory]
    [InlineData("en", "(between the start of the KAK and 'Dasar Hukum')")]
    [InlineData("id", "(di antara awal KAK dan 'Dasar Hukum')")]
    public void A_headless_first_section_is_placed_before_the_next_heading_in_words_of_the_reader_s_language(string culture, string expected)
    {
        string text = Canonical.Value.Replace("KERANGKA ACUAN KERJA (KAK)\tLayat Belakang : ", "KERANGKA ACUAN KERJA (KAK)\t: ", StringComparison.Ordinal);
        using (UiCulture.Use(culture))
        {
            Diagnostic placed = RkaTextReader.Read(text).Diagnostics.First(d => d.Code == "RKA404");
            Assert.Contains(expected, placed.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("'start'", placed.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Lays each KAK row (<c>[title]\tHeading : text</c>) out as a list: the title alone, then
    /// <c>marker Heading</c> on a line of its own (after a blank line when <paramref name="blankBefore"/>) and the text
    /// on the next.</summary>
    private static string Relayout(string canonical, string marker, bool upperCase, bool blankBefore = false)
    {
        var output = new StringBuilder();
        int n = 0;
        foreach (string line in canonical.Split('\n'))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            bool kakRow = tab >= 0 && (tab == 0 || line.StartsWith("KERANGKA ACUAN KERJA (KAK)\t", StringComparison.Ordinal));
            int colon = kakRow ? line.IndexOf(" : ", tab, StringComparison.Ordinal) : -1;
            if (colon < 0)
            {
                output.Append(line).Append('\n');
                n = 0;
                continue;
            }

            if (tab > 0)
            {
                output.Append(line, 0, tab).Append('\n');
            }

            string heading = line[(tab + 1)..colon];
            output.Append(blankBefore ? "\n" : string.Empty).Append(Marker(marker, n++)).Append(' ').Append(upperCase ? heading.ToUpperInvariant() : heading).Append('\n')
                .Append(line, colon + 3, line.Length - colon - 3).Append('\n');
        }

        return output.ToString(0, output.Length - 1);
    }

    private static string Marker(string style, int index) => style switch
    {
        "A." => (char)('A' + index) + ".",
        "a)" => (char)('a' + index) + ")",
        "1." => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
        _ => new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII" }[index] + ".",
    };
}
