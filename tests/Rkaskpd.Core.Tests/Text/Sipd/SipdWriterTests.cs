using System;
using Rkaskpd.Forms;
using Rkaskpd.Html;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sipd;

/// <summary>The writers show every SIPD header field of a hand-written SIPD-era form, in the order of SIPD's
/// <c>RKA - Rincian Belanja SKPD</c> print; the text writer's output reads back equal.</summary>
public class SipdWriterTests
{
    public static TheoryData<string> Writers => new() { "text", "markdown", "html" };

    [Theory]
    [MemberData(nameof(Writers))]
    public void Each_writer_shows_each_SIPD_field_in_the_official_order(string writer)
    {
        string output = Write(writer, new RkaDocument { Forms = [SipdTestForm.Create()] });

        int previous = -1;
        string previousLabel = "(start)";
        foreach ((string label, string value) in SipdTestForm.OfficialOrder)
        {
            int at = output.IndexOf(label, previous + 1, StringComparison.Ordinal);
            Assert.True(at > previous, $"{writer}: '{label}' not found after '{previousLabel}'");
            int valueAt = output.IndexOf(value, at, StringComparison.Ordinal);
            Assert.True(valueAt > at, $"{writer}: the value of '{label}' ('{value}') not found after it");
            previous = at;
            previousLabel = label;
        }
    }

    [Fact]
    public void The_text_writer_reads_back_equal()
    {
        var document = new RkaDocument { Forms = [SipdTestForm.Create()] };

        RkaReadResult read = RkaTextReader.Read(RkaTextWriter.Write(document));

        Assert.Equal(document.Forms[0].Header, Assert.Single(read.Document.Forms).Header);
        Assert.Equal(document.Forms[0].Indicators, read.Document.Forms[0].Indicators);
        Assert.Equal(document, read.Document);
    }

    [Fact]
    public void The_text_writer_reads_back_a_form_read_from_an_SIPD_print()
    {
        RkaDocument document = RkaTextReader.Read(SipdFormReadingTests.Aligned).Document;

        string text = RkaTextWriter.Write(document);

        Assert.Equal(document, RkaTextReader.Read(text).Document);
        Assert.True(
            text.IndexOf("Capaian Program", StringComparison.Ordinal) < text.IndexOf("Kegiatan\t", StringComparison.Ordinal),
            "the Capaian Program rows stand in the header, above the kegiatan");
    }

    private static string Write(string writer, RkaDocument document) => writer switch
    {
        "text" => RkaTextWriter.Write(document),
        "markdown" => RkaMarkdownWriter.Write(document),
        _ => RkaHtmlWriter.Write(document),
    };
}
