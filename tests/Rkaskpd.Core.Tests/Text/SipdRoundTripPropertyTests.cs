using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace Rkaskpd.Tests.Text;

/// <summary>Round trips of generated SIPD-era forms through the text writer, the Markdown-free JSON and the rules.</summary>
[Properties(Arbitrary = new[] { typeof(SipdFormArbitraries) }, MaxTest = 60)]
public class SipdRoundTripPropertyTests
{
    /// <summary>read(write(form)) = form for SIPD-era forms of every document kind.</summary>
    [Property]
    public Property Sipd_documents_read_back_equal(RkaDocument document)
    {
        RkaDocument read = RkaTextReader.Read(RkaTextWriter.Write(document)).Document;
        RkaForm e = document.Forms[0];
        RkaForm a = read.Forms.Count == 1 ? read.Forms[0] : new RkaForm();
        string difference =
            e.Kind != a.Kind || e.Template != a.Template ? $"kind/template {e.Kind}/{e.Template} vs {a.Kind}/{a.Template}"
            : e.Header != a.Header ? "header: " + e.Header + " vs " + a.Header
            : e.Amounts != a.Amounts ? "amounts: " + e.Amounts + " vs " + a.Amounts
            : !e.Indicators.SequenceEqual(a.Indicators) ? "indicators: " + string.Join("; ", a.Indicators)
            : "rest";
        return (read == document).Label(difference);
    }

    /// <summary>JSON carries every SIPD part.</summary>
    [Property]
    public Property Sipd_documents_survive_json(RkaDocument document) =>
        (RkaJson.Deserialize(RkaJson.Serialize(document)) == document).ToProperty();

    /// <summary>A consistent SIPD-era form raises no finding of the default rules (no false RKA101, no KAK or
    /// terbilang missing) and its text reads without reader findings beyond info.</summary>
    [Property]
    public Property Sipd_documents_validate_clean(RkaDocument document)
    {
        RkaReadResult result = RkaTextReader.Read(RkaTextWriter.Write(document));
        Diagnostic[] findings = [.. result.Validate().Where(d => d.Severity != DiagnosticSeverity.Info)];
        return (findings.Length == 0).Label(string.Join(" | ", findings.Select(d => d.ToString())));
    }
}
