using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace Rkaskpd.Tests.Text;

/// <summary>Properties: reading and validating never throw, and every finding about a form has a line in it.</summary>
[Properties(Arbitrary = new[] { typeof(TextArbitraries) })]
public class RkaTextReaderPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Read_and_validate_never_throw_on_random_strings(string? text)
    {
        RkaReadResult result = RkaTextReader.Read(text ?? string.Empty);
        return (result.Validate().Count >= result.Diagnostics.Count)
            .Label("Validate keeps the reader's findings")
            .And((result.Document.Forms.Count > 0 || result.Diagnostics.Any(d => d.Code == "RKA001")).Label("forms or RKA001"));
    }

    [Property(MaxTest = 100)]
    public Property Read_and_validate_never_throw_on_a_mangled_seed(MangledDocument mangled)
    {
        RkaReadResult result = RkaTextReader.Read(mangled.Text);
        var diagnostics = result.Validate();
        // Lines as the reader counts them: CR LF, a lone CR and LF each end one.
        int lines = mangled.Text.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split('\r', '\n').Length;
        return diagnostics.All(d => d.Kegiatan is null || d.Line is > 0 && d.Line <= lines)
            .Label("every form diagnostic has a line in the text")
            .And(diagnostics.Select(d => d.Line ?? 0).SequenceEqual(diagnostics.Select(d => d.Line ?? 0).Order()).Label("ordered by line"))
            .And(result.Document.Forms.All(f => result.LineOf(f, "header.kegiatan") is > 0).Label("LineOf every form"));
    }
}
