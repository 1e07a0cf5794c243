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

    /// <inheritdoc/>
    public override string ToString() => $"{Origin} ({Text.Length} chars): {Escape(Text, 200)}";

    /// <summary>Decodes random bytes as UTF-8 (invalid sequences become U+FFFD).</summary>
    public static HostileText FromUtf8(byte[] bytes) => new("utf-8 bytes", Encoding.UTF8.GetString(bytes));

    /// <summary>Decodes random bytes as Latin-1.</summary>
    public static HostileText FromLatin1(byte[] bytes) => new("latin-1 bytes", Encoding.Latin1.GetString(bytes));

    /// <summary>The seed with edits anywhere in it (<see cref="Tests.Text.MangledDocument"/>, the one mangled-document
    /// generator).</summary>
    public static HostileText MutatedSeed(int[] operations) =>
        new("mutated seed [" + string.Join(',', operations) + "]", Tests.Text.MangledDocument.From(operations).Text);

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
