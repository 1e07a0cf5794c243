using System;
using System.IO;
using System.Linq;
using System.Text;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace RkaConvert;

/// <summary>
/// Reads an input file as strict UTF-8 and turns it into a <see cref="LoadedDocument"/>: JSON when its first
/// non-white-space character is <c>{</c>, form text otherwise. Every way the input can be unusable becomes a
/// <see cref="UsageException"/> whose one-line message says what to do.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>The reader's rule ID for a text that holds no RKA form at all.</summary>
    private const string NotAnRka = "RKA001";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The document.</returns>
    /// <exception cref="UsageException">The file is missing, unreadable, not UTF-8, binary, bad JSON or holds no RKA form.</exception>
    public static LoadedDocument Load(string path) => Parse(ReadText(path), path);

    /// <summary>Turns the text of an input into a document.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">The input's name for messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="UsageException">The text is binary, bad JSON or holds no RKA form.</exception>
    public static LoadedDocument Parse(string text, string source)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new UsageException($"'{source}' is a binary file, not form text or JSON: give the RKA-SKPD forms as UTF-8 text.");
        }

        if (LooksLikeJson(text))
        {
            return new LoadedDocument(JsonInput.Deserialize(text, source), null);
        }

        RkaReadResult result = RkaTextReader.Read(text);
        if (result.Document.Forms.Count == 0 || result.Diagnostics.Any(d => string.Equals(d.Code, NotAnRka, StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error))
        {
            throw new UsageException($"'{source}' holds no RKA-SKPD 2.2.1 form ({NotAnRka}): give a form text export or the JSON written by 'rkaconvert convert'.");
        }

        return new LoadedDocument(result.Document, result);
    }

    /// <summary>Reads a file as strict UTF-8 (a byte order mark is allowed).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The text.</returns>
    /// <exception cref="UsageException">The file is missing, unreadable or not UTF-8.</exception>
    public static string ReadText(string path)
    {
        try
        {
            // One read of the bytes and one decoding into a string of the right size: a StreamReader would grow a
            // builder chunk by chunk and copy it again (about twice the memory for an 11 MB document).
            return StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"file '{path}' not found: check the path.", ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new UsageException($"'{path}' is not UTF-8 text: save it as UTF-8 and try again.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read '{path}' ({RkaConvertApp.OneLine(ex.Message)}): check the path and its permissions.", ex);
        }
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (char c in text)
        {
            if (c == '\uFEFF' || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c == '{';
        }

        return false;
    }
}
