using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Reliability;

/// <summary>The reader's and the JSON reader's limits: just under each, nothing is reported; just over, one clear
/// finding (or <see cref="JsonException"/>) naming the limit, and never an out-of-memory, stack overflow or hang.</summary>
public class ReaderLimitsTests
{
    private const string MiniForm = "Urusan Pemerintahan : 1.01 Pendidikan\nKegiatan : 1.01.1.01.01.01 Contoh kegiatan\n";

    [Fact]
    public void The_limits_have_their_documented_values()
    {
        Assert.Equal(1 << 20, RkaTextReader.MaxLineLength);
        Assert.Equal(64L << 20, RkaTextReader.MaxDocumentLength);
        Assert.Equal(10_000, RkaTextReader.MaxForms);
        Assert.Equal(64, RkaJson.MaxDepth);
    }

    [Fact]
    public void A_line_at_the_limit_is_kept_and_one_past_it_is_truncated_with_RKA005()
    {
        string at = MiniForm + new string('x', RkaTextReader.MaxLineLength) + "\n";
        string over = MiniForm + new string('x', RkaTextReader.MaxLineLength + 1) + "\n";
        Assert.DoesNotContain(RkaTextReader.Read(at).Diagnostics, d => d.Code == "RKA005");
        Diagnostic truncated = Assert.Single(RkaTextReader.Read(over).Diagnostics, d => d.Code == "RKA005");
        Assert.Contains(RkaTextReader.MaxLineLength.ToString(System.Globalization.CultureInfo.InvariantCulture), truncated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_at_the_length_limit_is_read_whole_and_one_char_more_stops_with_RKA011()
    {
        // The real limit (64 Mi) is exercised through the same code path with a small one, to keep the suite fast.
        string text = string.Concat(Enumerable.Repeat(MiniForm, 4));
        RawDocument at = RawFormScanner.Scan(new StringReader(text), maxDocumentLength: text.Length, maxForms: 100);
        Assert.Equal(4, at.Forms.Count);
        Assert.DoesNotContain(at.Notes, n => n.Code == "RKA011");

        RawDocument over = RawFormScanner.Scan(new StringReader(text + "x"), maxDocumentLength: text.Length, maxForms: 100);
        Assert.Equal(4, over.Forms.Count);
        RawNote stopped = Assert.Single(over.Notes, n => n.Code == "RKA011");
        Assert.Equal(9, stopped.Line);
        Assert.Contains(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), stopped.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, TextReaderMessages.SeverityOf(stopped.Code));
    }

    [Fact]
    public void Past_the_document_limit_the_forms_read_so_far_are_kept()
    {
        string text = string.Concat(Enumerable.Repeat(MiniForm, 10));
        RawDocument raw = RawFormScanner.Scan(new StringReader(text), maxDocumentLength: (MiniForm.Length * 2) + 10, maxForms: 100);
        Assert.Equal(2, raw.Forms.Count); // the third form's first line crosses the limit
        RawNote note = Assert.Single(raw.Notes, n => n.Code == "RKA011");
        Assert.Equal(5, note.Line);
    }

    [Fact]
    public void Exactly_MaxForms_forms_are_read_and_one_more_stops_with_RKA012()
    {
        // The same code path as the real limit (10 000), with a small one to keep the suite fast.
        const int limit = 3;
        string at = string.Concat(Enumerable.Repeat(MiniForm, limit));
        RawDocument atLimit = RawFormScanner.Scan(new StringReader(at), RkaTextReader.MaxDocumentLength, limit);
        Assert.Equal(limit, atLimit.Forms.Count);
        Assert.DoesNotContain(atLimit.Notes, n => n.Code == "RKA012");

        RawDocument over = RawFormScanner.Scan(new StringReader(at + MiniForm + "Program : 1.01.01 ignored\n"), RkaTextReader.MaxDocumentLength, limit);
        Assert.Equal(limit, over.Forms.Count);
        RawNote stopped = Assert.Single(over.Notes, n => n.Code == "RKA012");
        Assert.Equal((2 * limit) + 1, stopped.Line);
        Assert.Contains("limit of 3 forms", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, TextReaderMessages.SeverityOf(stopped.Code));
    }

    [Fact]
    public void The_public_reader_reports_the_form_limit_as_an_error_diagnostic()
    {
        Assert.Equal(DiagnosticSeverity.Error, TextReaderMessages.SeverityOf(TextReaderMessages.TooManyForms));
        Assert.Equal(DiagnosticSeverity.Error, TextReaderMessages.SeverityOf(TextReaderMessages.DocumentTooLong));
    }

    [Fact]
    public void The_form_limit_drops_the_line_that_would_start_the_next_form()
    {
        string text = "RENCANA KERJA DAN ANGGARAN\n" + MiniForm + "RENCANA KERJA DAN ANGGARAN\n" + MiniForm;
        RawDocument raw = RawFormScanner.Scan(new StringReader(text), RkaTextReader.MaxDocumentLength, maxForms: 1);
        RawForm only = Assert.Single(raw.Forms);
        Assert.Equal(3, only.EndLine);
        Assert.Equal(4, Assert.Single(raw.Notes, n => n.Code == "RKA012").Line);
    }

    [Fact]
    public void Json_nested_to_the_depth_limit_reads_and_one_deeper_is_a_JsonException_naming_the_depth()
    {
        // A document whose deepest value sits at depth 64: unknown members are skipped, so nesting is legal JSON.
        static string Nested(int depth) => "{\"forms\":[],\"extra\":" + new string('[', depth - 1) + new string(']', depth - 1) + "}";
        try
        {
            _ = RkaJson.Deserialize(Nested(RkaJson.MaxDepth));
        }
        catch (JsonException unknownMember)
        {
            // A reader that rejects unknown members may refuse "extra", but never for its depth.
            Assert.DoesNotContain("depth", unknownMember.Message, StringComparison.OrdinalIgnoreCase);
        }

        JsonException over = Assert.ThrowsAny<JsonException>(() => RkaJson.Deserialize(Nested(RkaJson.MaxDepth + 1)));
        Assert.Contains("depth", over.Message, StringComparison.OrdinalIgnoreCase);
        JsonException deep = Assert.ThrowsAny<JsonException>(() => RkaJson.Deserialize("{\"forms\":[],\"extra\":" + new string('[', 100_000)));
        Assert.Contains("depth", deep.Message, StringComparison.OrdinalIgnoreCase);
    }
}
