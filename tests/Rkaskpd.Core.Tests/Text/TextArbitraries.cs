using System;
using System.Collections.Generic;
using System.IO;
using FsCheck;
using FsCheck.Fluent;

namespace Rkaskpd.Tests.Text;

/// <summary>The seed document with lines deleted, duplicated, swapped or replaced by layout fragments.</summary>
/// <param name="Operations">The edits, one integer each (shrinks with the array).</param>
/// <param name="Text">The edited document.</param>
public sealed record MangledDocument(int[] Operations, string Text)
{
    private static readonly string[] SeedLines = File.ReadAllText(
        TestData.SeedPath).Split('\n');

    private static readonly string[] Fragments =
    [
        "\t\t: ", ":", "\t", "(", "Jumlah Tahun n + 1 : (", "<p>Manfaat : <p>Alur :", "| Masukan |", "|---|",
        "KERANGKA ACUAN KERJA (KAK)\t", "Urusan Pemerintahan : ", "Kegiatan\t:\t", "**", "RENCANA KERJA DAN ANGGARAN",
        "Lokasi Kegiatan : Kecamatan Lumajang Penyusunan", "Latr Belakang :", "<p", "\r", "Indikator",
    ];

    /// <inheritdoc/>
    public override string ToString() => "MangledDocument ops [" + string.Join(',', Operations) + "]";

    /// <summary>Applies <paramref name="operations"/> to the seed.</summary>
    public static MangledDocument From(int[] operations)
    {
        var lines = new List<string>(SeedLines);
        foreach (int op in operations)
        {
            int k = op == int.MinValue ? 0 : Math.Abs(op);
            if (lines.Count == 0)
            {
                lines.Add(Fragments[k % Fragments.Length]);
                continue;
            }

            int i = k % lines.Count;
            switch (k % 5)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[i]);
                    break;
                case 2:
                    int j = (k / 5) % lines.Count;
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3:
                    lines[i] = Fragments[(k / 5) % Fragments.Length];
                    break;
                default:
                    lines[i] = string.Concat(Fragments[(k / 5) % Fragments.Length], lines[i]);
                    break;
            }
        }

        return new MangledDocument(operations, string.Join('\n', lines));
    }
}

/// <summary>FsCheck arbitraries for the text reader's tests.</summary>
public static class TextArbitraries
{
    /// <summary>Seed documents with random edits.</summary>
    public static Arbitrary<MangledDocument> MangledDocuments() =>
        ArbMap.Default.ArbFor<int[]>().Convert(MangledDocument.From, d => d.Operations);
}
