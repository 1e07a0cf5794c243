using System;
using System.IO;
using System.Text;

namespace RkaConvert;

/// <summary>
/// The three standard streams of one run. Standard input and output are kept as bytes (a document read from
/// <c>-</c> goes through the reader's encoding detection; an XLSX workbook written to <c>-o -</c> is binary) and
/// offered as UTF-8 text as well. The caller owns the streams; <see cref="Flush"/> writes out what is buffered.
/// </summary>
internal sealed class ConsoleStreams : IDisposable
{
    private const int BufferSize = 1 << 16;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream output;
    private TextReader? inputText;

    /// <summary>Initializes the streams of a run.</summary>
    /// <param name="input">Standard input, as bytes.</param>
    /// <param name="output">Standard output, as bytes.</param>
    /// <param name="error">Standard error.</param>
    public ConsoleStreams(Stream input, Stream output, TextWriter error)
    {
        Input = input;
        this.output = output;
        Output = new StreamWriter(output, Utf8, BufferSize, leaveOpen: true) { AutoFlush = false };
        Error = error;
    }

    /// <summary>Gets standard input as bytes.</summary>
    public Stream Input { get; }

    /// <summary>Gets standard input as UTF-8 text (a byte order mark is honoured), for line-by-line commands.</summary>
    public TextReader InputText => inputText ??= new StreamReader(Input, Utf8, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: true);

    /// <summary>Gets standard output as UTF-8 text (no byte order mark).</summary>
    public TextWriter Output { get; }

    /// <summary>Gets standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets standard output as bytes, after writing out any text written to <see cref="Output"/>.</summary>
    /// <returns>The stream.</returns>
    public Stream OutputBytes()
    {
        Output.Flush();
        return output;
    }

    /// <summary>Writes out buffered output and error text.</summary>
    public void Flush()
    {
        Output.Flush();
        output.Flush();
        Error.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Output.Dispose();
        inputText?.Dispose();
    }
}
