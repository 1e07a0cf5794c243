using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Serialization;

/// <summary>JSON round trips of documents read from text: the Lumajang 2020 seed and generated consistent documents.</summary>
public class RkaJsonSeedTests
{
    private static readonly Lazy<RkaDocument> Seed = new(() =>
        RkaTextReader.Read(File.ReadAllText(TestData.SeedPath)).Document);

    [Fact]
    public void The_seed_round_trips()
    {
        RkaDocument seed = Seed.Value;
        Assert.Equal(11, seed.Forms.Count);
        string json = RkaJson.Serialize(seed);
        Assert.Equal(seed, RkaJson.Deserialize(json));
        Assert.Equal(seed, RkaJson.Deserialize(RkaJson.Serialize(seed, indented: true)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void The_seed_round_trips_through_a_stream_read_in_small_chunks(int chunk)
    {
        using var written = new MemoryStream();
        RkaJson.Serialize(written, Seed.Value);
        using var stream = new ChunkedStream(written.ToArray(), chunk);
        Assert.Equal(Seed.Value, RkaJson.Deserialize(stream));

        byte[] bytes = written.ToArray();
        foreach (int length in new[] { 0, 1, bytes.Length / 3, bytes.Length / 2, bytes.Length - 1 })
        {
            using var truncated = new ChunkedStream(bytes[..length], chunk);
            Assert.Throws<JsonException>(() => RkaJson.Deserialize(truncated));
        }
    }

    [Fact]
    public void Every_seed_form_carries_its_kegiatan_code_and_numeric_amounts()
    {
        using JsonDocument json = JsonDocument.Parse(RkaJson.Serialize(Seed.Value));
        JsonElement[] forms = [.. json.RootElement.GetProperty("forms").EnumerateArray()];
        Assert.Equal(11, forms.Length);
        Assert.Equal("3.05.3.05.09.01.021", forms[0].GetProperty("kegiatan").GetString());
        Assert.All(forms, form =>
        {
            Assert.StartsWith("3.05.3.05.09.", form.GetProperty("kegiatan").GetString(), StringComparison.Ordinal);
            JsonElement amount = form.GetProperty("amounts").GetProperty("currentYear").GetProperty("amount");
            Assert.Equal(JsonValueKind.Number, amount.ValueKind);
            Assert.Matches(@"^\d+\.\d\d$", amount.GetRawText());
        });
        Assert.Equal(11, forms.Select(f => f.GetProperty("kegiatan").GetString()).Distinct().Count());
    }

    [Property(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 100)]
    public bool Consistent_documents_round_trip(RkaDocument document) =>
        RkaJson.Deserialize(RkaJson.Serialize(document)) == document;

    /// <summary>A read-only stream that returns at most <c>chunk</c> bytes a read, as a network stream may.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override System.Threading.Tasks.ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
