using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Text;

namespace Rkaskpd.Tests.Text;

/// <summary>Round trips of generated documents through <see cref="RkaTextWriter"/> and <see cref="RkaTextReader"/>.</summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 60)]
public class RkaTextWriterPropertyTests
{
    /// <summary>A generated document, rincian lines included, reads back equal to itself.</summary>
    [Property]
    public Property Generated_documents_read_back_equal(RkaDocument document)
    {
        RkaDocument read = RkaTextReader.Read(RkaTextWriter.Write(document)).Document;
        return (read == document).Label(FirstDifference(document, read));
    }

    /// <summary>Reading a generated document's text gives no rincian finding (RKA503, RKA504) and no RKA006.</summary>
    [Property]
    public Property Generated_rincian_tables_read_without_findings(RkaDocument document)
    {
        RkaReadResult read = RkaTextReader.Read(RkaTextWriter.Write(document));
        string[] codes = [.. read.Validate().Select(d => d.Code).Where(c => c is "RKA503" or "RKA504" or "RKA006")];
        return (codes.Length == 0).Label(string.Join(", ", codes));
    }

    /// <summary>Writing what was read and reading it again is a fixed point.</summary>
    [Property]
    public Property Read_write_read_is_a_fixed_point(RkaDocument document)
    {
        RkaDocument first = RkaTextReader.Read(RkaTextWriter.Write(document)).Document;
        string written = RkaTextWriter.Write(first);
        RkaDocument second = RkaTextReader.Read(written).Document;
        return (first == second && written == RkaTextWriter.Write(second)).Label(FirstDifference(first, second));
    }

    private static string FirstDifference(RkaDocument expected, RkaDocument actual)
    {
        if (expected.Forms.Count != actual.Forms.Count)
        {
            return "form count " + expected.Forms.Count + " vs " + actual.Forms.Count;
        }

        for (int i = 0; i < expected.Forms.Count; i++)
        {
            RkaForm e = expected.Forms[i];
            RkaForm a = actual.Forms[i];
            string? part =
                e.Header != a.Header ? "header: " + e.Header + " vs " + a.Header
                : e.Amounts != a.Amounts ? "amounts: " + e.Amounts.CurrentYear + " vs " + a.Amounts.CurrentYear
                : !e.Indicators.SequenceEqual(a.Indicators) ? "indicators: " + string.Join("; ", e.Indicators) + " vs " + string.Join("; ", a.Indicators)
                : e.KelompokSasaran != a.KelompokSasaran ? "kelompok sasaran: " + e.KelompokSasaran + " vs " + a.KelompokSasaran
                : e.Kak != a.Kak ? "kak: " + string.Join("; ", e.Kak?.Sections.Select(s => s.Heading + "|" + s.Text) ?? []) + " vs " + string.Join("; ", a.Kak?.Sections.Select(s => s.Heading + "|" + s.Text) ?? [])
                : !e.Rincian.SequenceEqual(a.Rincian) ? "rincian: " + string.Join("; ", e.Rincian) + " vs " + string.Join("; ", a.Rincian) : null;
            if (part is not null)
            {
                return "form " + i + " " + part;
            }
        }

        return "same";
    }
}
