using System.Collections.Generic;
using Rkaskpd.Text.Layout;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>Runs lines through a <see cref="DelimitedLines"/> stage and records what it hands on: the lines and the
/// notes, in order.</summary>
internal sealed class CsvLines : ILineTarget
{
    /// <summary>Gets the lines handed on, with their line numbers.</summary>
    public List<(int Line, string Text)> Lines { get; } = [];

    /// <summary>Gets the notes handed on.</summary>
    public List<(int Line, string Code)> Notes { get; } = [];

    /// <summary>Returns what the stage hands on for <paramref name="lines"/> (numbered from 1).</summary>
    public static CsvLines Of(params string[] lines)
    {
        var recorder = new CsvLines();
        var stage = new DelimitedLines(recorder);
        for (int i = 0; i < lines.Length; i++)
        {
            stage.Push(lines[i], i + 1);
        }

        stage.Complete();
        return recorder;
    }

    /// <summary>Returns the texts of the lines handed on for <paramref name="lines"/>.</summary>
    public static List<string> Texts(params string[] lines) => Of(lines).Lines.ConvertAll(l => l.Text);

    /// <inheritdoc/>
    public void Push(string text, int line) => Lines.Add((line, text));

    /// <inheritdoc/>
    public void Note(int line, string code, string message) => Notes.Add((line, code));
}
