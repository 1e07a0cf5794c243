using System;
using System.IO;

namespace Rkaskpd.Tests;

/// <summary>
/// The documents the tests read, copied next to the test assembly: the bundled Lumajang 2020 seed
/// (<c>samples/data</c>) and the corpus of real excerpts from other regions (<c>tests/data/corpus</c>, see its
/// SOURCES.md).
/// </summary>
internal static class TestData
{
    /// <summary>The path of the seed: eleven RKA-SKPD 2.2.1 forms of Kecamatan Lumajang, TA 2020.</summary>
    public static string SeedPath { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt");

    /// <summary>The seed's text, as its file holds it.</summary>
    public static string SeedText => File.ReadAllText(SeedPath);

    /// <summary>The path of a corpus excerpt.</summary>
    /// <param name="fileName">The excerpt's file name, e.g. <c>kab-demak-2019-rka-skpd-221-dinpertan-jasa-surat-menyurat.txt</c>.</param>
    public static string CorpusPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Data", "corpus", fileName);

    /// <summary>The bytes of a corpus excerpt, unchanged (the excerpts are UTF-8 without a BOM).</summary>
    public static byte[] CorpusBytes(string fileName) => File.ReadAllBytes(CorpusPath(fileName));

    /// <summary>The text of a corpus excerpt.</summary>
    public static string CorpusText(string fileName) => File.ReadAllText(CorpusPath(fileName));
}
