using System;
using System.Collections.Generic;
using System.IO;
using FsCheck;
using FsCheck.Fluent;

namespace Rkaskpd.Tests.Text;

/// <summary>
/// The seed document with edits spread over all of it: lines deleted, duplicated, swapped, replaced or prefixed by
/// layout fragments, runs of hostile characters inserted, characters flipped to hostile ones, and now and then the
/// end cut off (keeping at least half). The one mangled-document generator of the tests: the reader properties and
/// the reliability properties (<see cref="Reliability.HostileText.MutatedSeed"/>) both use it.
/// </summary>
/// <param name="Operations">The edits, one non-negative integer each (shrinks with the array); an edit's line is the
/// integer modulo the line count, so edits reach every form of the document.</param>
/// <param name="Text">The edited document.</param>
public sealed record MangledDocument(int[] Operations, string Text)
{
    private static readonly string[] SeedLines = File.ReadAllText(TestData.SeedPath).Split('\n');

    private static readonly string[] Fragments =
    [
        "\t\t: ", ":", "\t", "(", "Jumlah Tahun n + 1 : (", "<p>Manfaat : <p>Alur :", "| Masukan |", "|---|",
        "KERANGKA ACUAN KERJA (KAK)\t", "Urusan Pemerintahan : ", "Kegiatan\t:\t", "**", "RENCANA KERJA DAN ANGGARAN",
        "Lokasi Kegiatan : Kecamatan Lumajang Penyusunan", "Latr Belakang :", "<p", "\r", "Indikator",
    ];

    /// <summary>Characters that break naive scanners: controls, separators, surrogate halves, bidi marks, digits of
    /// other scripts, the replacement character, ligatures that change under case mapping.</summary>
    private static readonly char[] Nasty =
    [
        '\0', '\t', '\r', '\n', '\f', '\v', '\u0085', '\u00A0', '\u2028', '\u2029', '\u200B', '\u200E', '\u202E', '\uFEFF',
        '\uFFFD', '\uD800', '\uDC00', '\u0130', '\u0131', '\u0660', '\u06F5', '\u0966', '\uFF10', '\uFB01', ':', '|', '.', ',',
        '-', '(', ')', '%', '<', '>', '&', ';', '/', '*', '0', '9', 'I', 'i',
    ];

    /// <summary>The number of seed lines (edits are spread over all of them).</summary>
    public static int SeedLineCount => SeedLines.Length;

    /// <inheritdoc/>
    public override string ToString() => "MangledDocument ops [" + string.Join(',', Operations) + "]";

    /// <summary>Edits the seed: 1–12 edits of any kind, anywhere in the document.</summary>
    public static Gen<int[]> Edits =>
        from count in Gen.Choose(1, 12)
        from operations in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
        select operations;

    /// <summary>Applies <paramref name="operations"/> to the seed.</summary>
    public static MangledDocument From(int[] operations)
    {
        var lines = new List<string>(SeedLines);
        int? keep = null;
        foreach (int op in operations)
        {
            int k = op == int.MinValue ? 0 : Math.Abs(op);
            if (lines.Count == 0)
            {
                lines.Add(Fragments[k % Fragments.Length]);
                continue;
            }

            int i = (k / 8) % lines.Count;
            int j = (k / 8 / lines.Count) % lines.Count;
            switch (k % 8)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[j]);
                    break;
                case 2:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3:
                    lines[i] = Fragments[j % Fragments.Length];
                    break;
                case 4:
                    lines[i] = string.Concat(Fragments[j % Fragments.Length], lines[i]);
                    break;
                case 5:
                    lines.Insert(i, new string(Nasty[j % Nasty.Length], 1 + (j % 5)));
                    break;
                case 6:
                    string line = lines[i];
                    if (line.Length > 0)
                    {
                        int at = j % line.Length;
                        lines[i] = string.Concat(line.AsSpan(0, at), Nasty[(k / 13) % Nasty.Length].ToString(), line.AsSpan(at + 1));
                    }

                    break;
                default:
                    keep = k;
                    break;
            }
        }

        string text = string.Join('\n', lines);
        if (keep is int cut && text.Length > 1)
        {
            // Cut off the end, keeping at least half of the text: truncated documents still hold most of their forms.
            text = text[..((text.Length / 2) + (cut % (text.Length - (text.Length / 2))))];
        }

        return new MangledDocument(operations, text);
    }
}

/// <summary>FsCheck arbitraries for the text reader's tests.</summary>
public static class TextArbitraries
{
    /// <summary>Seed documents with random edits.</summary>
    public static Arbitrary<MangledDocument> MangledDocuments() =>
        Arb.From(MangledDocument.Edits, ArbMap.Default.ArbFor<int[]>().Shrinker)
            .Convert(MangledDocument.From, d => d.Operations);
}
