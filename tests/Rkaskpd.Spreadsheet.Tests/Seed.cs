using System;
using System.IO;
using Rkaskpd.Forms;
using Rkaskpd.Tests;
using Rkaskpd.Text;

namespace Rkaskpd.Spreadsheet.Tests;

/// <summary>The bundled Lumajang 2020 document, read once.</summary>
internal static class Seed
{
    private static readonly Lazy<RkaDocument> Lazy = new(() =>
        RkaTextReader.Read(File.ReadAllText(TestData.SeedPath)).Document);

    public static RkaDocument Document => Lazy.Value;
}
