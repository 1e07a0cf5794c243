using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace RkaConvert.Tests;

public class RecapCommandTests
{
    [Fact]
    public void Seed_recap_as_json_has_the_programs_in_code_order_and_the_total()
    {
        AppResult result = AppRun.Of("recap", TempFiles.SeedPath, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        string[] programs = json.RootElement.GetProperty("programs").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(["3.05.3.05.09.01", "3.05.3.05.09.02", "3.05.3.05.09.06", "3.05.3.05.09.39"], programs);
        Assert.Equal(11, json.RootElement.GetProperty("programs").EnumerateArray().Sum(p => p.GetProperty("kegiatan").GetArrayLength()));
        Assert.Equal(1_170_027_840m, json.RootElement.GetProperty("total").GetProperty("currentYear").GetDecimal());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public void Seed_recap_as_a_table_names_every_kegiatan(string format)
    {
        AppResult result = AppRun.Of("recap", TempFiles.SeedPath, "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.All(SeedFacts.KegiatanCodes, code => Assert.Contains(code, result.Stdout, System.StringComparison.Ordinal));
        Assert.Contains("1.170.027.840,00", result.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_of_an_unreadable_file_exits_2()
    {
        AppResult result = AppRun.Of("recap", "/no/such/file.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
    }
}
