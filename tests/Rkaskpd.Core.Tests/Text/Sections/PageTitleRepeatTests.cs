using System;
using System.Collections.Generic;
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

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A form printed over several pages repeats its title atop each page (SIPD's DPA-SUB KEGIATAN: the header on
/// page 1, the sub kegiatan block and the rincian on page 2, ...), after the page's footer (a print stamp, <c>Halaman N
/// dari M</c>) and a form feed. The seed and generated forms, written by the text writer, with such a page break and
/// the form's title put before a part of the form that goes on over a page (the indicator table, the kelompok sasaran,
/// the KAK, the sub kegiatan block, the rincian table), read as without it: the title is no new form. Put before each
/// form's own title (a new form on a new page), the page break changes nothing either.</summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 40)]
public class PageTitleRepeatTests
{
    private const string Footer = "Dicetak melalui SIPD-RI pada 05-01-2024 08:47:12\nHalaman 1 dari 2\n\n";

    private static readonly string[] PartStarts =
        ["Indikator & To", "Kelompok Sasaran", "KERANGKA ACUAN", "Sub Kegiatan\t", "RINCIAN ANGGARAN"];

    private static readonly Lazy<string> Canonical = new(() => RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document));

    [Theory]
    [InlineData("Indikator & To")]
    [InlineData("Kelompok Sasaran")]
    [InlineData("KERANGKA ACUAN")]
    public void The_seed_with_its_title_repeated_atop_a_page_reads_the_same(string before)
    {
        string paged = WithPageBreaks(Canonical.Value, [before]);
        Assert.True(CountOccurrences(paged, "Halaman 1 dari 2") >= 11);

        RkaReadResult expected = RkaTextReader.Read(Canonical.Value);
        RkaReadResult read = RkaTextReader.Read(paged);

        Assert.Equal(expected.Document, read.Document);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    [Fact]
    public void Each_form_on_a_new_page_after_a_footer_reads_the_same()
    {
        string paged = WithPageBreaks(Canonical.Value, ["RENCANA KERJA"]);

        RkaReadResult expected = RkaTextReader.Read(Canonical.Value);
        RkaReadResult read = RkaTextReader.Read(paged);

        Assert.Equal(expected.Document, read.Document);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    /// <summary>As <c>pdftotext -layout</c> gives a print whose title is centred (LibreOffice Writer's tables): the
    /// seed in fixed-width columns, a right-aligned <c>Halaman N</c> footer and no form feed, the title lines indented,
    /// before each form's own title or before a part of the form. Before, an indented title after a footer was no title:
    /// the next form lost its pemerintah daerah and tahun anggaran (RKA006 on each title line, RKA008).</summary>
    [Theory]
    [InlineData("RENCANA KERJA")]
    [InlineData("Indikator & To")]
    [InlineData("KERANGKA ACUAN")]
    public void The_seed_in_fixed_width_with_centred_titles_after_a_footer_reads_the_same(string before)
    {
        string fixedWidth = LayoutTransforms.ToFixedWidth(Canonical.Value, int.MaxValue);
        string paged = WithCentredPageBreaks(fixedWidth, before);
        Assert.True(CountOccurrences(paged, "Halaman 1") >= 10, paged);

        RkaReadResult expected = RkaTextReader.Read(fixedWidth);
        RkaReadResult read = RkaTextReader.Read(paged);

        string difference = FormDifference.First(expected.Document, read.Document, kakLineBreaks: true);
        Assert.True(difference.Length == 0, difference);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    /// <summary>Generated forms, 2.2.1 and SIPD, with a page break and their title before each part that can start a
    /// page.</summary>
    [Property]
    public Property Generated_forms_with_their_title_repeated_atop_pages_read_the_same(RkaDocument document)
    {
        string canonical = RkaTextWriter.Write(document);
        RkaDocument expected = RkaTextReader.Read(canonical).Document;
        string paged = WithPageBreaks(canonical, PartStarts);
        RkaDocument read = RkaTextReader.Read(paged).Document;
        string difference = FormDifference.First(expected, read, kakLineBreaks: true);
        return (difference.Length == 0).Label(difference + "\n--- text ---\n" + paged);
    }

    /// <summary>Puts a page footer, a form feed and the form's title (its first two lines, as the writer writes them)
    /// before each line of a form that starts with one of <paramref name="starts"/>; before a title line itself, the
    /// footer and the form feed only.</summary>
    private static string WithPageBreaks(string canonical, IReadOnlyList<string> starts)
    {
        var output = new StringBuilder();
        string[] lines = canonical.Split('\n');
        string? title = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            bool formStart = line.StartsWith("RENCANA KERJA", StringComparison.Ordinal) || line.StartsWith("DOKUMEN PELAKSANAAN", StringComparison.Ordinal);
            if (formStart)
            {
                if (starts.Contains("RENCANA KERJA") && i > 0)
                {
                    output.Append(Footer).Append('\f');
                }

                title = line + "\n" + (i + 1 < lines.Length ? lines[i + 1] : string.Empty) + "\n";
            }
            else if (title is not null && starts.Any(s => line.StartsWith(s, StringComparison.Ordinal)))
            {
                output.Append(Footer).Append('\f').Append(title).Append('\n');
            }

            output.Append(line).Append('\n');
        }

        return output.ToString(0, output.Length - 1);
    }

    /// <summary>Puts a right-aligned <c>Halaman 1</c> footer and the form's title lines indented before each line of a
    /// fixed-width form that starts with <paramref name="start"/>; before a title line itself, the footer only (and
    /// the title lines are indented where they stand).</summary>
    private static string WithCentredPageBreaks(string fixedWidth, string start)
    {
        const string Indent = "                    ";
        var output = new StringBuilder();
        string[] lines = fixedWidth.Split('\n');
        string? title = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("RENCANA KERJA", StringComparison.Ordinal))
            {
                title = Indent + line + "\n" + Indent + lines[i + 1] + "\n";
                if (start == "RENCANA KERJA" && i > 0)
                {
                    output.Append(Indent).Append(Indent).Append(Indent).Append("Halaman 1\n").Append(title);
                    i++;
                    continue;
                }
            }
            else if (title is not null && line.StartsWith(start, StringComparison.Ordinal))
            {
                output.Append(Indent).Append(Indent).Append(Indent).Append("Halaman 1\n").Append(title);
            }

            output.Append(line).Append('\n');
        }

        return output.ToString(0, output.Length - 1);
    }

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    [Theory]
    [InlineData("1.02\t1.02.01\t32\t05\t5\t2", true)]
    [InlineData("1.02 1.02.01 32 05 5 2", true)]
    [InlineData("DPPA - SKPD", true)]
    [InlineData("NOMOR DPA SKPD", true)]
    [InlineData("1 2 3 4 5 6", false)]
    [InlineData("5.2.2.01.01 Belanja Alat Tulis Kantor 1.260.000,00", false)]
    [InlineData("12 OB 300.000,00 3.600.000,00", false)]
    public void The_boxes_of_a_dpa_number_and_its_form_name_are_lines_of_the_title_box(string line, bool box) =>
        Assert.Equal(box, Rkaskpd.Text.Sections.RepeatedPageTitle.IsTitleBox(line));
}
