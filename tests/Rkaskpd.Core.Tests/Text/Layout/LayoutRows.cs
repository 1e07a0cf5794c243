using System.Collections.Generic;
using Rkaskpd.Text.Layout;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>Runs lines through a <see cref="LayoutNormaliser"/> and collects the rows.</summary>
internal static class LayoutRows
{
    /// <summary>Returns the rows of <paramref name="lines"/> (numbered from 1).</summary>
    public static List<LogicalRow> Of(params string[] lines)
    {
        var stage = new LayoutNormaliser();
        var rows = new List<LogicalRow>();
        for (int i = 0; i < lines.Length; i++)
        {
            stage.Push(lines[i], i + 1);
            Take(stage, rows);
        }

        stage.Complete();
        Take(stage, rows);
        return rows;
    }

    /// <summary>Returns the texts of the rows (not the notes) of <paramref name="lines"/>.</summary>
    public static List<string> Texts(params string[] lines) =>
        Of(lines).FindAll(r => r.NoteCode is null).ConvertAll(r => r.Text);

    /// <summary>Returns <paramref name="rows"/> without the blank rows (a table of blocks passes its blank lines as
    /// blank rows).</summary>
    public static List<string> NonBlank(List<string> rows) => rows.FindAll(row => row.Length > 0);

    private static void Take(LayoutNormaliser stage, List<LogicalRow> rows)
    {
        while (stage.TryTake(out LogicalRow row))
        {
            rows.Add(row);
        }
    }
}
