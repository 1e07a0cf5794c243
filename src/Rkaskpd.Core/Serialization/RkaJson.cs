using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rkaskpd.Forms;
using Rkaskpd.Validation;

namespace Rkaskpd.Serialization;

/// <summary>
/// Shortcuts for the JSON form of an <see cref="RkaDocument"/> and of a list of <see cref="Diagnostic"/>s, built on
/// <see cref="RkaskpdJsonContext"/> (source-generated: trimming- and AOT-safe).
/// </summary>
/// <remarks>
/// <para>
/// <b>Document.</b> An object <c>{ "forms": [ form, ... ] }</c>. Each form starts with <c>"kegiatan"</c>, its kegiatan code
/// as a string (<c>"3.05.3.05.09.01.021"</c>; the text as written when it does not parse; output only), then
/// <c>header</c> (<c>pemerintahDaerah</c>, <c>tahunAnggaran</c>, and <c>urusan</c>/<c>organisasi</c>/<c>program</c>/
/// <c>kegiatan</c> as <c>{ label, codeText, code, name }</c> with <c>code</c> a canonical string or null, and
/// <c>lokasi</c>), <c>amounts</c> (<c>previousYear</c>/<c>currentYear</c>/<c>nextYear</c>, each null or
/// <c>{ position, label, amountText, amount, terbilang }</c>), <c>indicators</c> (<c>{ kind, label, tolokUkur, target }</c>,
/// the target an object whose first member <c>kind</c> is <c>percentage</c>, <c>money</c>, <c>quantity</c>,
/// <c>score</c>, <c>compound</c> or <c>text</c>), <c>kelompokSasaran</c>, <c>kak</c> (null or
/// <c>{ sections, unrecognized }</c>, see <see cref="KakSectionJsonConverter"/>) and <c>rincian</c> (<c>{ kodeRekening,
/// uraian, volume, satuan, hargaSatuan, jumlah }</c>).
/// </para>
/// <para>
/// Amounts (<see cref="Rupiah"/>) are JSON numbers with exactly two decimals, <c>551204390.00</c>; reading also takes a
/// string holding such a number, and rejects a fraction of a sen or a value outside the range of <see cref="Rupiah"/>.
/// Enums are camel-case strings. Nulls are written, never omitted. Text is written unescaped where JSON allows it
/// (Indonesian text, <c>&lt;p&gt;</c> fragments and <c>→</c> stay readable), so do not paste the output into HTML
/// unencoded.
/// </para>
/// <para>
/// <b>Errors.</b> Any bad input (malformed or truncated JSON, a wrong type, null where a value is required, an unknown
/// <c>kind</c>, nesting deeper than 64, a list holding null) throws <see cref="JsonException"/> whose message names the
/// JSON path (e.g. <c>$.forms[0].amounts.currentYear.amount</c>); no partly built document is returned and no other
/// exception type escapes for bad input.
/// </para>
/// <para>
/// <b>Diagnostics.</b> <see cref="SerializeDiagnostics"/> writes the <c>validate --format json</c> contract: an array of
/// <c>{ "code": "RKA201", "severity": "error" | "warning" | "info", "kegiatan": "3.05..." | null, "path": "...",
/// "line": n | null, "message": "..." }</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// string json = RkaJson.Serialize(document);
/// RkaDocument again = RkaJson.Deserialize(json); // again == document
/// </code>
/// </example>
public static class RkaJson
{
    private const string PathMarker = "Path: ";

    private static readonly RkaskpdJsonContext Context = new(new JsonSerializerOptions(RkaskpdJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = null,
    });

    private static readonly RkaskpdJsonContext IndentedContext = new(new JsonSerializerOptions(RkaskpdJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = null,
        WriteIndented = true,
    });

    /// <summary>Gets the maximum nesting depth of the JSON read and written: 64.</summary>
    public static int MaxDepth => RkaskpdJsonContext.Default.Options.MaxDepth;

    /// <summary>Writes a document as JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent the JSON (two spaces) for reading by people.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(RkaDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, (indented ? IndentedContext : Context).RkaDocument);
    }

    /// <summary>Writes a document as UTF-8 JSON to a stream (without a byte-order mark), leaving the stream open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="document"/> is null.</exception>
    public static void Serialize(Stream utf8Json, RkaDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(utf8Json, document, (indented ? IndentedContext : Context).RkaDocument);
    }

    /// <summary>Reads a document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, complete and free of null list elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or does not describe a document; the message names the path.</exception>
    public static RkaDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return Check(JsonSerializer.Deserialize(json, Context.RkaDocument));
        }
        catch (JsonException ex) when (NeedsPath(ex))
        {
            throw WithPath(ex);
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            throw Wrap(ex);
        }
    }

    /// <summary>Reads a document from UTF-8 JSON in a stream, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document, complete and free of null list elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or does not describe a document; the message names the path.</exception>
    public static RkaDocument Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return Check(JsonSerializer.Deserialize(utf8Json, Context.RkaDocument));
        }
        catch (JsonException ex) when (NeedsPath(ex))
        {
            throw WithPath(ex);
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            throw Wrap(ex);
        }
    }

    /// <summary>
    /// Writes diagnostics as a JSON array of <c>{ code, severity, kegiatan, path, line, message }</c> objects, the
    /// <c>validate --format json</c> contract; a diagnostic with a <see cref="Diagnostic.Page"/> (read from a PDF) also
    /// carries <c>page</c> after <c>line</c>.
    /// </summary>
    /// <param name="diagnostics">The diagnostics, in the order to write them.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON text, e.g. <c>[{"code":"RKA201","severity":"error","kegiatan":"3.05.3.05.09.01.021","path":"amounts.currentYear.terbilang","line":12,"message":"..."}]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public static string SerializeDiagnostics(IEnumerable<Diagnostic> diagnostics, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = indented,
        }))
        {
            writer.WriteStartArray();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("code"u8, diagnostic.Code);
                writer.WriteString("severity"u8, Diagnostic.SeverityName(diagnostic.Severity));
                writer.WriteString("kegiatan"u8, diagnostic.Kegiatan);
                writer.WriteString("path"u8, diagnostic.Path ?? string.Empty);
                if (diagnostic.Line is { } line)
                {
                    writer.WriteNumber("line"u8, line);
                }
                else
                {
                    writer.WriteNull("line"u8);
                }

                if (diagnostic.Page is { } page)
                {
                    writer.WriteNumber("page"u8, page);
                }

                writer.WriteString("message"u8, diagnostic.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Whether a converter's exception carries its path only in <see cref="JsonException.Path"/>, not in the message.</summary>
    private static bool NeedsPath(JsonException ex) =>
        ex.Path is not null && !ex.Message.Contains(PathMarker, StringComparison.Ordinal);

    private static JsonException WithPath(JsonException ex) => new(
        string.Create(
            CultureInfo.InvariantCulture,
            $"{ex.Message} {PathMarker}{ex.Path} | LineNumber: {ex.LineNumber} | BytePositionInLine: {ex.BytePositionInLine}."),
        ex.Path,
        ex.LineNumber,
        ex.BytePositionInLine,
        ex);

    /// <summary>Wraps what System.Text.Json or a model constructor threw for bad input, keeping the path it names.</summary>
    private static JsonException Wrap(Exception ex)
    {
        string message = ex.Message;
        int start = message.IndexOf(PathMarker, StringComparison.Ordinal);
        string? path = null;
        if (start >= 0)
        {
            start += PathMarker.Length;
            int end = message.IndexOf(" |", start, StringComparison.Ordinal);
            path = end < 0 ? message[start..].TrimEnd('.') : message[start..end];
        }

        return new JsonException("The JSON does not describe an RKA document: " + message, path, null, null, ex);
    }

    /// <summary>Rejects a null document and null list elements, which nullable annotations do not cover.</summary>
    private static RkaDocument Check(RkaDocument? document)
    {
        if (document is null)
        {
            throw new JsonException("The JSON is null; expected an object with a \"forms\" array. Path: $.", "$", null, null);
        }

        for (int f = 0; f < document.Forms.Count; f++)
        {
            RkaForm? form = document.Forms[f];
            string formPath = $"$.forms[{f}]";
            if (form is null)
            {
                throw NullElement(formPath);
            }

            for (int i = 0; i < form.Indicators.Count; i++)
            {
                Indicator? indicator = form.Indicators[i];
                if (indicator is null)
                {
                    throw NullElement($"{formPath}.indicators[{i}]");
                }

                if (indicator.Target is CompoundTarget compound)
                {
                    for (int p = 0; p < compound.Parts.Count; p++)
                    {
                        if (compound.Parts[p] is null)
                        {
                            throw NullElement($"{formPath}.indicators[{i}].target.parts[{p}]");
                        }
                    }
                }
            }

            for (int r = 0; r < form.Rincian.Count; r++)
            {
                if (form.Rincian[r] is null)
                {
                    throw NullElement($"{formPath}.rincian[{r}]");
                }
            }

            if (form.Kak is { } kak)
            {
                for (int u = 0; u < kak.Unrecognized.Count; u++)
                {
                    if (kak.Unrecognized[u] is null)
                    {
                        throw NullElement($"{formPath}.kak.unrecognized[{u}]");
                    }
                }
            }
        }

        return document;
    }

    private static JsonException NullElement(string path) =>
        new($"A list element is null; lists hold no nulls. Path: {path}.", path, null, null);
}
