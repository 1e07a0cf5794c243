using System.Collections.Generic;
using System.IO;
using System.Text;
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

    /// <summary>Writes a document as JSON and a line break. A <see cref="StreamWriter"/> (a file or standard output)
    /// gets the UTF-8 bytes straight on its stream, without building the whole text first: an 11 MB form export
    /// makes about 25 MB of JSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where the JSON goes.</param>
    public static void Write(RkaDocument document, TextWriter writer)
    {
        if (writer is StreamWriter { BaseStream: { CanWrite: true } stream } streamWriter
            && streamWriter.Encoding.CodePage == Encoding.UTF8.CodePage)
        {
            streamWriter.Flush();
            RkaJson.Serialize(stream, document, indented: true);
            streamWriter.WriteLine();
            return;
        }

        writer.WriteLine(Document(document));
    }

    /// <summary>Serializes diagnostics: an array of <c>{code, severity, kegiatan, path, line, message}</c>.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The JSON text.</returns>
    public static string Diagnostics(IReadOnlyList<Diagnostic> diagnostics) => RkaJson.SerializeDiagnostics(diagnostics, indented: true);
}
