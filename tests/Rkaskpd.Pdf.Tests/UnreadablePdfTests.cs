using System;
using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Rkaskpd.Pdf.Tests;

/// <summary>What cannot be read is said by one <see cref="RkaPdfException"/> naming the problem: never another
/// exception, a crash or a hang. Truncated and byte-flipped PDFs either still read or fail so.</summary>
public class UnreadablePdfTests
{
    private static readonly byte[] Form = BuiltForm.Build();

    [Fact]
    public void Bytes_that_are_not_a_pdf_are_broken()
    {
        RkaPdfException ex = Assert.Throws<RkaPdfException>(() => RkaPdfReader.Read(Encoding.UTF8.GetBytes("Urusan Pemerintahan : 1.01")));
        Assert.Equal(RkaPdfProblem.Broken, ex.Problem);
        Assert.Contains("%PDF-", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_text_has_no_text_layer_and_says_there_is_no_ocr()
    {
        var builder = new PdfDocumentBuilder();
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 200, 300, 1, fill: true);

        RkaPdfException ex = Assert.Throws<RkaPdfException>(() => RkaPdfReader.Read(builder.Build()));

        Assert.Equal(RkaPdfProblem.NoTextLayer, ex.Problem);
        Assert.Contains("no OCR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pdf_is_said_to_be_encrypted()
    {
        // The trailer names an encryption dictionary (the standard security handler, RC4 40-bit) that PdfPig cannot
        // open without its password.
        string pdf = Encoding.Latin1.GetString(Form);
        int trailer = pdf.LastIndexOf("trailer", StringComparison.Ordinal);
        int dictionary = pdf.IndexOf("<<", trailer, StringComparison.Ordinal);
        string encrypted = pdf[..(dictionary + 2)]
            + " /Encrypt << /Filter /Standard /V 1 /R 2 /O <0000000000000000000000000000000000000000000000000000000000000000> /U <0000000000000000000000000000000000000000000000000000000000000000> /P -4 >> /ID [<00000000000000000000000000000000> <00000000000000000000000000000000>] "
            + pdf[(dictionary + 2)..];

        RkaPdfException ex = Assert.Throws<RkaPdfException>(() => RkaPdfReader.Read(Encoding.Latin1.GetBytes(encrypted)));

        Assert.True(ex.Problem == RkaPdfProblem.Encrypted, ex.Message);
    }

    [Fact]
    public void Every_truncation_reads_or_fails_with_one_clear_exception()
    {
        for (int length = 0; length < Form.Length; length += Math.Max(1, Form.Length / 200))
        {
            ReadsOrFailsClearly(Form.AsMemory(0, length));
        }
    }

    [Property(MaxTest = 200)]
    public Property Byte_flips_read_or_fail_with_one_clear_exception() =>
        Prop.ForAll(
            Gen.Choose(0, Form.Length - 1).Zip(Gen.Choose(0, 255)).ArrayOf().Resize(6).ToArbitrary(),
            flips =>
            {
                byte[] copy = (byte[])Form.Clone();
                foreach ((int at, int value) in flips)
                {
                    copy[at] = (byte)value;
                }

                ReadsOrFailsClearly(copy);
            });

    private static void ReadsOrFailsClearly(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            RkaPdfReader.Read(new MemoryStream(bytes.ToArray()));
        }
        catch (RkaPdfException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            Assert.DoesNotContain('\n', ex.Message);
        }
    }
}
