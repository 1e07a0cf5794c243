using System;
using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Properties of the Rich Text Format stage: any bytes after <c>{\rtf</c> are read without an exception, and a
/// form written as text and saved as RTF (paragraphs, or tab lines as table rows) reads to the same model and
/// diagnostics as the text, apart from the one note saying how it was read.</summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 30)]
public class RichTextPropertyTests
{
    /// <summary>Any string, and any string made of RTF's own characters, after <c>{\rtf</c>.</summary>
    [Property(MaxTest = 300)]
    public Property Any_text_after_the_signature_is_read_without_an_exception(string text, bool markup)
    {
        string body = text ?? string.Empty;
        if (markup)
        {
            var mixed = new StringBuilder();
            foreach (char c in body)
            {
                mixed.Append((c % 8) switch { 0 => "{", 1 => "}", 2 => "\\", 3 => "\\u", 4 => "\\'", 5 => "\\par ", 6 => "\\cell", _ => c.ToString() });
            }

            body = mixed.ToString();
        }

        byte[] bytes = [.. "{\\rtf1"u8, .. Encoding.UTF8.GetBytes(body)];
        RkaReadResult result = RkaTextReader.Read(bytes);
        using var stream = new MemoryStream(bytes);
        OfficeText read = RichTextDocument.Read(stream, 4096);
        return (result.Diagnostics.Count > 0 && (read.Text is null || read.Text.Length < 8192)).Label(read.Text ?? "(null)");
    }

    /// <summary>Generated documents as RTF files.</summary>
    [Property]
    public Property A_generated_document_as_rtf_reads_the_same(RkaDocument document, bool tables)
    {
        string text = RkaTextWriter.Write(document);
        string difference = OfficeDifference.First(text, RichTextFiles.Rtf(text, tables), "RKA021");
        return (difference.Length == 0).Label(difference);
    }
}
