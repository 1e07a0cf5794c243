using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace Rkaskpd.Tests.Reliability;

/// <summary>
/// Properties: random strings, random bytes decoded as UTF-8 or Latin-1 and the seed with random edits never make a
/// <c>Try*</c> method, a never-throwing parser, the text reader, validation or the JSON reader throw anything but the
/// exceptions they document.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReliabilityArbitraries) })]
public class HostileInputPropertyTests
{
    [Property(MaxTest = 80)]
    public void Try_methods_and_lenient_parsers_never_throw(HostileText hostile)
    {
        ArgumentNullException.ThrowIfNull(hostile);
        foreach (string piece in Pieces(hostile.Text))
        {
            TryEverything(piece);
        }
    }

    [Property(MaxTest = 100)]
    public Property Reading_and_validating_never_throw(HostileText hostile)
    {
        ArgumentNullException.ThrowIfNull(hostile);
        RkaReadResult fromString = RkaTextReader.Read(hostile.Text);
        RkaReadResult fromReader = RkaTextReader.Read(new StringReader(hostile.Text));
        IReadOnlyList<Diagnostic> diagnostics = fromString.Validate();
        IReadOnlyList<Diagnostic> everything = fromString.Validate(RuleSet.Default);
        bool placed = fromString.Document.Forms.Count == 0 || diagnostics.All(d => d.Line is not null);
        return (fromString.Document.Equals(fromReader.Document)).Label("string and reader agree")
            .And((fromString.Document.Forms.Count > 0 || fromString.Diagnostics.Any(d => d.Code == "RKA001")).Label("forms or RKA001"))
            .And(placed.Label("every finding has a line"))
            .And((diagnostics.Count == everything.Count).Label("Validate() uses the default rules"));
    }

    [Property(MaxTest = 100)]
    public void Json_reading_throws_only_JsonException(HostileText hostile)
    {
        ArgumentNullException.ThrowIfNull(hostile);
        DeserializeOrJsonException(hostile.Text);
    }

    [Property(MaxTest = 30)]
    public Property Read_documents_survive_a_json_round_trip(HostileText hostile)
    {
        ArgumentNullException.ThrowIfNull(hostile);
        // JSON is UTF-8: unpaired surrogates cannot survive it (System.Text.Json writes U+FFFD), anything else must.
        RkaDocument document = RkaTextReader.Read(HostileText.WithoutLoneSurrogates(hostile.Text)).Document;
        string json = RkaJson.Serialize(document);
        return RkaJson.Deserialize(json).Equals(document).Label("round trip equal");
    }

    /// <summary>Calls every never-throwing parser and every <c>Try*</c> method on <paramref name="text"/>.</summary>
    internal static void TryEverything(string text)
    {
        _ = Rupiah.TryParse(text, out _);
        _ = Rupiah.TryParse(text, RupiahStyles.Any, out _);
        _ = Rupiah.ParseDetailed(text, RupiahStyles.Any).ErrorMessage;
        if (Terbilang.TryParse(text, out decimal words) && decimal.Truncate(Math.Abs(words)) < 1_000_000_000_000_000_000_000_000_000m)
        {
            _ = TerbilangChecker.Check(text, words);
        }

        _ = TerbilangChecker.Check(text, 120_877_500m);
        _ = UrusanCode.TryParse(text, out _);
        _ = OrganisasiCode.TryParse(text, out _);
        _ = ProgramCode.TryParse(text, out _);
        _ = KegiatanCode.TryParse(text, out _);
        _ = CodeNormalizer.TryNormalize(text, out _);
        _ = CodeNormalizer.TryNormalizeKegiatan(text, out _, out _);
        _ = CodeNormalizer.TryNormalizeProgram(text, out _, out _);
        _ = IndicatorTarget.Parse(text);
        _ = WaktuPelaksanaan.Parse(text, 2020);
        _ = WaktuPelaksanaan.Parse(text, text, null);
        _ = LegalReference.ParseList(text);
        _ = LegalReference.Parse(text);
    }

    /// <summary>Reads JSON, accepting success or <see cref="JsonException"/> and nothing else.</summary>
    internal static RkaDocument? DeserializeOrJsonException(string json)
    {
        try
        {
            return RkaJson.Deserialize(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The whole text (when short; a whole mutated seed is fuzzed by the harness instead) and up to 120
    /// of its lines, so a seed mutation's amounts and codes are parsed alone.</summary>
    private static IEnumerable<string> Pieces(string text) =>
        (text.Length <= 2_000 ? new[] { text } : []).Concat(text.Split('\n').Take(120).Select(line => line.Trim()));
}
