using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Rkaskpd.Tests.Reliability;

/// <summary>A hostile input text and how it was made (shown when a property fails).</summary>
/// <param name="Origin">How the text was made: random string, bytes decoded as UTF-8 or Latin-1, mutated seed.</param>
/// <param name="Text">The text.</param>
public sealed record HostileText(string Origin, string Text)
{
    /// <summary>The seed document's text.</summary>
    public static readonly string Seed = File.ReadAllText(
        TestData.SeedPath);

    private static readonly string[] SeedLines = Seed.Split('\n');

    /// <summary>Characters that break naive scanners: controls, separators, surrogate halves, bidi marks, digits of
    /// other scripts, the replacement character, ligatures that change under case mapping.</summary>
    private static readonly char[] Nasty =
    [
        '\0', '\t', '\r', '\n', '\f', '\v', '\u0085', '\u00A0', '\u2028', '\u2029', '\u200B', '\u200E', '\u202E', '\uFEFF',
        '\uFFFD', '\uD800', '\uDC00', '\u0130', '\u0131', '\u0660', '\u06F5', '\u0966', '\uFF10', '\uFB01', ':', '|', '.', ',',
        '-', '(', ')', '%', '<', '>', '&', ';', '/', '*', '0', '9', 'I', 'i',
    ];

    /// <inheritdoc/>
    public override string ToString() => $"{Origin} ({Text.Length} chars): {Escape(Text, 200)}";

    /// <summary>Decodes random bytes as UTF-8 (invalid sequences become U+FFFD).</summary>
    public static HostileText FromUtf8(byte[] bytes) => new("utf-8 bytes", Encoding.UTF8.GetString(bytes));

    /// <summary>Decodes random bytes as Latin-1.</summary>
    public static HostileText FromLatin1(byte[] bytes) => new("latin-1 bytes", Encoding.Latin1.GetString(bytes));

    /// <summary>Applies edits to the seed: each integer deletes, duplicates, swaps or inserts a line, flips a
    /// character to a nasty one, or truncates the text.</summary>
    public static HostileText MutatedSeed(int[] operations)
    {
        var lines = new List<string>(SeedLines);
        bool truncate = false;
        int truncateAt = 0;
        foreach (int op in operations)
        {
            int k = op == int.MinValue ? 0 : Math.Abs(op);
            if (lines.Count == 0)
            {
                lines.Add(Nasty[k % Nasty.Length].ToString());
                continue;
            }

            int i = k % lines.Count;
            int j = (k / 7) % lines.Count;
            switch (k % 7)
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
                    lines.Insert(i, new string(Nasty[(k / 7) % Nasty.Length], 1 + ((k / 11) % 5)));
                    break;
                case 4:
                case 5:
                    string line = lines[i];
                    if (line.Length > 0)
                    {
                        int at = (k / 7) % line.Length;
                        lines[i] = string.Concat(line.AsSpan(0, at), Nasty[(k / 13) % Nasty.Length].ToString(), line.AsSpan(at + 1));
                    }

                    break;
                default:
                    truncate = true;
                    truncateAt = k;
                    break;
            }
        }

        string text = string.Join('\n', lines);
        if (truncate && text.Length > 0)
        {
            text = text[..(truncateAt % text.Length)];
        }

        return new HostileText("mutated seed [" + string.Join(',', operations) + "]", text);
    }

    /// <summary>The text with unpaired surrogates replaced by U+FFFD, as any UTF-8 writer (JSON included) must.</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    private static string Escape(string text, int max)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Length > max ? text[..max] : text)
        {
            builder.Append(c is < ' ' or (>= '\u007F' and < '\u00A0') or (>= '\uD800' and <= '\uDFFF') ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.Length > max ? builder.Append("...").ToString() : builder.ToString();
    }
}
