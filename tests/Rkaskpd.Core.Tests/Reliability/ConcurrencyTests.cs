using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Reliability;

/// <summary>Reading, validating and JSON (de)serialization share no mutable state: run in parallel over many
/// documents they give exactly the sequential results. (Whether the JSON round trip is lossless is a question for the
/// JSON tests; here it only has to be the same in parallel.)</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Parallel_read_validate_and_json_match_the_sequential_results()
    {
        string[] texts = [HostileText.Seed, .. Enumerable.Range(1, 47).Select(i => HostileText.MutatedSeed([i * 7919, i * 104_729, -i * 31, i]).Text)];
        Outcome[] sequential = [.. texts.Select(Run)];
        var parallel = new Outcome[texts.Length * 2];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Run(texts[i % texts.Length]));
        for (int i = 0; i < parallel.Length; i++)
        {
            Outcome expected = sequential[i % texts.Length];
            Assert.Equal(expected.Document, parallel[i].Document);
            Assert.Equal(expected.Diagnostics, parallel[i].Diagnostics);
            Assert.Equal(expected.Json, parallel[i].Json);
            Assert.Equal(expected.RoundTrip, parallel[i].RoundTrip);
        }
    }

    private static Outcome Run(string text)
    {
        RkaReadResult result = RkaTextReader.Read(text);
        IReadOnlyList<Diagnostic> diagnostics = result.Validate(RuleSet.Default);
        string json = RkaJson.Serialize(result.Document);
        return new Outcome(result.Document, [.. diagnostics.Select(d => d.ToString())], json, RkaJson.Deserialize(json));
    }

    private sealed record Outcome(RkaDocument Document, string[] DiagnosticsArray, string Json, RkaDocument RoundTrip)
    {
        public IReadOnlyList<string> Diagnostics => DiagnosticsArray;
    }
}
