namespace RkaConvert.Tests;

/// <summary>What the bundled Lumajang 2020 document holds, as read by a person from the file.</summary>
internal static class SeedFacts
{
    public static readonly string[] KegiatanCodes =
    [
        "3.05.3.05.09.01.021", "3.05.3.05.09.02.045", "3.05.3.05.09.02.046", "3.05.3.05.09.06.001",
        "3.05.3.05.09.06.003", "3.05.3.05.09.06.007", "3.05.3.05.09.39.003", "3.05.3.05.09.39.004",
        "3.05.3.05.09.39.005", "3.05.3.05.09.39.006", "3.05.3.05.09.39.007",
    ];

    public const string YearNTotal = "1.170.027.840,00";
}
