using System;
using System.IO;
using Rkaskpd.Forms;
using Rkaskpd.Text;

namespace Rkaskpd.Tests.Recap;

/// <summary>The Lumajang 2020 seed, read once.</summary>
internal static class SeedDocument
{
    public static readonly string FilePath = TestData.SeedPath;

    private static readonly Lazy<RkaDocument> Seed = new(() => RkaTextReader.Read(File.ReadAllText(FilePath)).Document);

    public static RkaDocument Document => Seed.Value;
}
