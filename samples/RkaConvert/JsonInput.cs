using System;
using System.Text.Json;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;

namespace RkaConvert;

/// <summary>Reads the JSON that <c>convert</c> writes back into a document.</summary>
internal static class JsonInput
{
    /// <summary>Deserializes a document.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="source">The input's name for messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="UsageException">The JSON is malformed or not an RKA document.</exception>
    public static RkaDocument Deserialize(string text, string source)
    {
        try
        {
            return RkaJson.Deserialize(text);
        }
        catch (JsonException ex)
        {
            string where = ex.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            throw new UsageException($"'{source}' is not valid RKA JSON{where} ({RkaConvertApp.OneLine(ex.Message)}): give the JSON written by 'rkaconvert convert'.", ex);
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new UsageException($"'{source}' is not valid RKA JSON ({RkaConvertApp.OneLine(ex.Message)}): give the JSON written by 'rkaconvert convert'.", ex);
        }
    }
}
