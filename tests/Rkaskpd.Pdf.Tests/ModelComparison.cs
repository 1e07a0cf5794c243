using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Xunit;

namespace Rkaskpd.Pdf.Tests;

/// <summary>Compares two documents through their JSON, up to what a printed form cannot carry: the amount as written
/// (<c>amountText</c>: the print adds <c>Rp</c> and normalises thousands), HTML fragments inside cells (printed as their
/// text) and a KAK heading the source lacks (the print shows the heading the reader assigned by position).</summary>
internal static partial class ModelComparison
{
    public static void AssertSameAsPrinted(RkaDocument source, RkaDocument read)
    {
        JsonNode expected = JsonNode.Parse(RkaJson.Serialize(source))!;
        JsonNode actual = JsonNode.Parse(RkaJson.Serialize(read))!;
        Compare(expected, actual, "$");
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(path.EndsWith(".heading", System.StringComparison.Ordinal) || actual is null, $"{path}: expected null, read {actual?.ToJsonString()}");
                return;
            case JsonObject obj:
                JsonObject other = Assert.IsType<JsonObject>(actual);
                foreach ((string key, JsonNode? value) in obj)
                {
                    if (key != "amountText")
                    {
                        Compare(value, other[key], path + "." + key);
                    }
                }

                return;
            case JsonArray array:
                JsonArray otherArray = Assert.IsType<JsonArray>(actual);
                Assert.True(array.Count == otherArray.Count, $"{path}: {array.Count} elements expected, {otherArray.Count} read");
                for (int i = 0; i < array.Count; i++)
                {
                    Compare(array[i], otherArray[i], $"{path}[{i}]");
                }

                return;
            default:
                string want = expected.ToJsonString();
                string got = actual?.ToJsonString() ?? "null";
                if (expected.GetValueKind() == System.Text.Json.JsonValueKind.String)
                {
                    want = Printed(expected.GetValue<string>());
                    got = actual is null ? "null" : Printed(actual.GetValue<string>());
                }

                Assert.True(want == got, $"{path}: expected {want}, read {got}");
                return;
        }
    }

    private static string Printed(string text) =>
        string.Join(' ', Tags().Replace(text, " ").Split((char[])[' ', '\t', '\n'], System.StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
