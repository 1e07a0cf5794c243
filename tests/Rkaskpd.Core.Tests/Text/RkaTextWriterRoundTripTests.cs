using System;
using System.IO;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>read → write → read gives the same document.</summary>
public class RkaTextWriterRoundTripTests
{
    private static readonly string SeedPath = TestData.SeedPath;

    [Fact]
    public void The_seed_reads_back_to_the_same_document()
    {
        RkaDocument first = RkaTextReader.Read(File.ReadAllText(SeedPath)).Document;
        Assert.Equal(11, first.Forms.Count);

        string written = RkaTextWriter.Write(first);
        RkaDocument second = RkaTextReader.Read(written).Document;

        Assert.Equal(first.Forms.Count, second.Forms.Count);
        for (int i = 0; i < first.Forms.Count; i++)
        {
            AssertFormEqual(first.Forms[i], second.Forms[i], i);
        }

        Assert.Equal(first, second);
    }

    [Fact]
    public void Writing_the_reread_seed_gives_the_same_text()
    {
        RkaDocument first = RkaTextReader.Read(File.ReadAllText(SeedPath)).Document;
        string written = RkaTextWriter.Write(first);

        Assert.Equal(written, RkaTextWriter.Write(RkaTextReader.Read(written).Document));
    }

    [Fact]
    public void A_small_form_reads_back_to_itself()
    {
        RkaForm form = WriterTestForms.Small();
        var document = new RkaDocument { Forms = [form, form with { KelompokSasaran = "Lain" }] };

        RkaDocument read = RkaTextReader.Read(RkaTextWriter.Write(document)).Document;

        AssertFormEqual(document.Forms[0], read.Forms[0], 0);
        Assert.Equal(document, read);
    }

    internal static void AssertFormEqual(RkaForm expected, RkaForm actual, int index)
    {
        string where = "form " + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expected.Header == actual.Header, where + " header: " + expected.Header + " vs " + actual.Header);
        Assert.True(expected.Amounts == actual.Amounts, where + " amounts: " + expected.Amounts + " vs " + actual.Amounts);
        Assert.Equal(expected.Indicators, actual.Indicators);
        Assert.Equal(expected.KelompokSasaran, actual.KelompokSasaran);
        Assert.Equal(expected.Kak is null, actual.Kak is null);
        if (expected.Kak is not null && actual.Kak is not null)
        {
            Assert.Equal(expected.Kak.Sections.Count, actual.Kak.Sections.Count);
            for (int s = 0; s < expected.Kak.Sections.Count; s++)
            {
                KakSection e = expected.Kak.Sections[s];
                KakSection a = actual.Kak.Sections[s];
                Assert.True(e == a, where + " KAK " + s + ": [" + e.Kind + "|" + e.Heading + "|" + e.Text + "] vs [" + a.Kind + "|" + a.Heading + "|" + a.Text + "]");
            }

            Assert.Equal(expected.Kak.Unrecognized, actual.Kak.Unrecognized);
        }

        Assert.Equal(expected.Rincian, actual.Rincian);
        Assert.Equal(expected, actual);
    }
}
