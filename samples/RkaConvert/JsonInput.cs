using System;
using System.IO;
using System.Text.Json;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;

namespace RkaConvert;

/// <summary>Reads the JSON that <c>convert</c> writes back into a document.</summary>
internal static class JsonInput
{
    /// <summary>Deserializes a document from text.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="source">The input's name for messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="UsageException">The JSON is malformed or not an RKA document.</exception>
    public static RkaDocument Deserialize(string text, string source) => Guard(() => RkaJson.Deserialize(text), source);

    /// <summary>Deserializes a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON bytes (a UTF-8 byte order mark is allowed).</param>
    /// <param name="source">The input's name for messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="UsageException">The JSON is malformed or not an RKA document.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static RkaDocument Deserialize(Stream utf8Json, string source) => Guard(() => RkaJson.Deserialize(utf8Json), source);

    private static RkaDocument Guard(Func<RkaDocument> read, string source)
    {
        try
        {
            return read();
        }
        catch (JsonException ex)
        {
            throw new UsageException(CliMessages.BadJson(source, ex.LineNumber, RkaConvertApp.OneLine(ex.Message)), ex);
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new UsageException(CliMessages.BadJson(source, null, RkaConvertApp.OneLine(ex.Message)), ex);
        }
    }
}
