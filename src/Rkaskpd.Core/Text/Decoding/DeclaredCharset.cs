using System;
using System.IO;
using System.Text;

namespace Rkaskpd.Text.Decoding;

/// <summary>
/// The encoding a web page declares for itself (<c>&lt;meta http-equiv=Content-Type content="text/html;
/// charset=windows-1252"&gt;</c>, <c>&lt;meta charset="iso-8859-1"&gt;</c>, as Word's "Save as Web Page" and older web
/// applications write it) in its first bytes: when the bytes are no valid UTF-8 and the page says it is Windows-1252 or
/// Latin-1 (which browsers read as Windows-1252), reading it so is no guess, and the note says the page declared it.
/// </summary>
internal static class DeclaredCharset
{
    /// <summary>How many bytes from the start are searched: the head of a page, where its meta tags stand.</summary>
    private const int SearchedBytes = 4096;

    private static readonly string[] Windows1252Names = ["windows-1252", "iso-8859-1", "latin1", "cp1252", "latin-1"];

    /// <summary>Returns the Windows-1252 name the text declares as its charset in its first bytes, or null; the
    /// stream's position is kept.</summary>
    /// <param name="stream">The bytes, seekable.</param>
    public static string? Windows1252Name(Stream stream)
    {
        long start = stream.Position;
        byte[] head = new byte[SearchedBytes];
        int length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return Windows1252Name(Encoding.Latin1.GetString(head, 0, length));
    }

    /// <summary>Returns the Windows-1252 name <paramref name="head"/> declares after a <c>charset=</c>, or null.</summary>
    /// <param name="head">The text's first characters.</param>
    public static string? Windows1252Name(string head)
    {
        int at = head.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            ReadOnlySpan<char> rest = head.AsSpan(at + "charset".Length).TrimStart();
            if (rest.StartsWith('='))
            {
                rest = rest[1..].TrimStart().TrimStart("\"'").TrimStart();
                foreach (string name in Windows1252Names)
                {
                    if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                        && (rest.Length == name.Length || !char.IsAsciiLetterOrDigit(rest[name.Length]) && rest[name.Length] != '-'))
                    {
                        return name;
                    }
                }

                return null; // another charset declared: the bytes decide
            }

            at = head.IndexOf("charset", at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }
}
