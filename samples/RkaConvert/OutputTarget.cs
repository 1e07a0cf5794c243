using System;
using System.IO;
using System.Text;

namespace RkaConvert;

/// <summary>Where a command's output goes: standard output without <c>-o</c> or with <c>-o -</c>, a file otherwise.
/// A file that cannot be written becomes a <see cref="UsageException"/>.</summary>
internal static class OutputTarget
{
    /// <summary>The name that stands for standard input or standard output.</summary>
    public const string StandardStream = "-";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes text output.</summary>
    /// <param name="path">The <c>-o</c> value: null or <c>-</c> for standard output.</param>
    /// <param name="console">The run's streams.</param>
    /// <param name="write">Writes the output.</param>
    /// <exception cref="UsageException">The file cannot be written.</exception>
    public static void WriteText(string? path, ConsoleStreams console, Action<TextWriter> write)
    {
        if (path is null or StandardStream)
        {
            write(console.Output);
            return;
        }

        try
        {
            using var writer = new StreamWriter(path, append: false, Utf8);
            write(writer);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            throw new UsageException(CliMessages.CannotWrite(path, RkaConvertApp.OneLine(ex.Message)), ex);
        }
    }

    /// <summary>Writes binary output (an XLSX workbook), which needs <c>-o</c>.</summary>
    /// <param name="path">The <c>-o</c> value: <c>-</c> for standard output.</param>
    /// <param name="format">The format's name, for the message when <paramref name="path"/> is null.</param>
    /// <param name="console">The run's streams.</param>
    /// <param name="write">Writes the output.</param>
    /// <exception cref="UsageException">No <c>-o</c> was given, or the file cannot be written.</exception>
    public static void WriteBinary(string? path, string format, ConsoleStreams console, Action<Stream> write)
    {
        if (path is null)
        {
            throw new UsageException(CliMessages.BinaryNeedsOutput(format));
        }

        if (path == StandardStream)
        {
            write(console.OutputBytes());
            return;
        }

        try
        {
            using FileStream stream = File.Create(path);
            write(stream);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            throw new UsageException(CliMessages.CannotWrite(path, RkaConvertApp.OneLine(ex.Message)), ex);
        }
    }

    /// <summary>Returns whether an exception is a file system problem the user can fix (as opposed to a bug).</summary>
    /// <param name="ex">The exception.</param>
    /// <returns>Whether it is an I/O, permission or path problem.</returns>
    public static bool IsFileProblem(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;
}
