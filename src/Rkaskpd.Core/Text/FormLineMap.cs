using System;
using System.Collections.Generic;

namespace Rkaskpd.Text;

/// <summary>The source lines of one form read from text: model paths (<c>header.kegiatan</c>,
/// <c>indicators[1].target</c>, <c>kak.mekanisme</c>) to 1-based lines, and back.</summary>
internal sealed class FormLineMap
{
    private readonly Dictionary<string, int> lines;
    private readonly Dictionary<int, string> paths;

    /// <summary>Initializes a map for a form spanning <paramref name="startLine"/> to <paramref name="endLine"/>, sized
    /// for about <paramref name="capacity"/> paths (so the maps are not regrown path after path).</summary>
    public FormLineMap(int startLine, int endLine, int capacity)
    {
        StartLine = startLine;
        EndLine = endLine;
        lines = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        paths = new Dictionary<int, string>(capacity);
    }

    /// <summary>Gets the 1-based line where the form starts.</summary>
    public int StartLine { get; }

    /// <summary>Gets the 1-based last line of the form.</summary>
    public int EndLine { get; }

    /// <summary>Records the line of a path; the first path recorded for a line is the one <see cref="PathAt"/> gives.</summary>
    public void Add(string path, int line)
    {
        if (line <= 0)
        {
            return;
        }

        lines.TryAdd(path, line);
        paths.TryAdd(line, path);
    }

    /// <summary>Returns the line of a path, or of its nearest recorded parent (<c>kak.mekanisme.jadwal[2]</c> →
    /// <c>kak.mekanisme</c>), or the form's start line.</summary>
    public int LineOf(string path)
    {
        ReadOnlySpan<char> rest = path;
        while (rest.Length > 0)
        {
            if (lines.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(rest, out int line))
            {
                return line;
            }

            int cut = rest.LastIndexOfAny('.', '[');
            if (cut <= 0)
            {
                break;
            }

            rest = rest[..cut];
        }

        return StartLine;
    }

    /// <summary>Returns the path recorded for a line, or the empty path (the whole form).</summary>
    public string PathAt(int line) => paths.TryGetValue(line, out string? path) ? path : string.Empty;

    /// <summary>Returns whether the form spans a line.</summary>
    public bool Contains(int line) => line >= StartLine && line <= EndLine;
}
