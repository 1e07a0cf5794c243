using System.Collections.Generic;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Validation;

namespace RkaConvert;

/// <summary>Writes documents and diagnostics as JSON through the library's serializer.</summary>
internal static class JsonOutput
{
    /// <summary>Serializes a document: an object with a <c>forms</c> array.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    public static string Document(RkaDocument document) => RkaJson.Serialize(document, indented: true);

    /// <summary>Serializes diagnostics: an array of <c>{code, severity, kegiatan, path, line, message}</c>.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The JSON text.</returns>
    public static string Diagnostics(IReadOnlyList<Diagnostic> diagnostics) => RkaJson.SerializeDiagnostics(diagnostics, indented: true);
}
