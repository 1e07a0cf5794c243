using System;
using System.Collections.Generic;
using System.Threading;

namespace Rkaskpd.Text;

/// <summary>The source lines of one form read from text: model paths (<c>header.kegiatan</c>,
/// <c>indicators[1].target</c>, <c>kak.mekanisme</c>) to 1-based lines, and back.</summary>
/// <remarks>A read result keeps one map per form for as long as it lives, so the map is two arrays in the order the
/// paths were recorded (a few dozen paths a form), searched from the start: the first path recorded wins, both ways.
/// A map with more than <see cref="ScanLimit"/> paths (a long rincian table) builds dictionaries on its first look-up,
/// so a look-up never costs more than a hash however long the form.</remarks>
internal sealed class FormLineMap
{
    /// <summary>The most paths searched one by one; a larger map is indexed on its first look-up.</summary>
    private const int ScanLimit = 48;

    private string[] paths;
    private int[] lines;
    private int count;
    private Dictionary<string, int>? byPath;
    private Dictionary<int, string>? byLine;

    /// <summary>Initializes a map for a form spanning <paramref name="startLine"/> to <paramref name="endLine"/>, sized
    /// for about <paramref name="capacity"/> paths (so the arrays are not regrown path after path).</summary>
    public FormLineMap(int startLine, int endLine, int capacity)
    {
        StartLine = startLine;
        EndLine = endLine;
        paths = new string[Math.Max(capacity, 4)];
        lines = new int[paths.Length];
    }

    /// <summary>Gets the 1-based line where the form starts.</summary>
    public int StartLine { get; }

    /// <summary>Gets the 1-based last line of the form.</summary>
    public int EndLine { get; }

    /// <summary>Records the line of a path; the first path recorded for a line is the one <see cref="PathAt"/> gives.</summary>
    /// <remarks>Paths are recorded while the form is mapped, before the map is shared.</remarks>
    public void Add(string path, int line)
    {
        if (line <= 0)
        {
            return;
        }

        if (count == paths.Length)
        {
            Array.Resize(ref paths, count * 2);
            Array.Resize(ref lines, count * 2);
        }

        paths[count] = path;
        lines[count] = line;
        count++;
    }

    /// <summary>Returns the line of a path, or of its nearest recorded parent (<c>kak.mekanisme.jadwal[2]</c> →
    /// <c>kak.mekanisme</c>), or the form's start line.</summary>
    public int LineOf(string path)
    {
        Dictionary<string, int>? indexed = count > ScanLimit ? ByPath() : null;
        ReadOnlySpan<char> rest = path;
        while (rest.Length > 0)
        {
            if (indexed is not null)
            {
                if (indexed.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(rest, out int line))
                {
                    return line;
                }
            }
            else
            {
                for (int i = 0; i < count; i++)
                {
                    if (rest.SequenceEqual(paths[i]))
                    {
                        return lines[i];
                    }
                }
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
    public string PathAt(int line)
    {
        if (count > ScanLimit)
        {
            return ByLine().TryGetValue(line, out string? path) ? path : string.Empty;
        }

        for (int i = 0; i < count; i++)
        {
            if (lines[i] == line)
            {
                return paths[i];
            }
        }

        return string.Empty;
    }

    /// <summary>Returns whether the form spans a line.</summary>
    public bool Contains(int line) => line >= StartLine && line <= EndLine;

    /// <summary>Returns the path-to-line dictionary of a large map, building it on first use (threads that race
    /// build equal ones; one is kept).</summary>
    private Dictionary<string, int> ByPath()
    {
        if (Volatile.Read(ref byPath) is { } built)
        {
            return built;
        }

        built = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            built.TryAdd(paths[i], lines[i]);
        }

        return Interlocked.CompareExchange(ref byPath, built, null) ?? built;
    }

    /// <summary>Returns the line-to-path dictionary of a large map, built as <see cref="ByPath"/> is.</summary>
    private Dictionary<int, string> ByLine()
    {
        if (Volatile.Read(ref byLine) is { } built)
        {
            return built;
        }

        built = new Dictionary<int, string>(count);
        for (int i = 0; i < count; i++)
        {
            built.TryAdd(lines[i], paths[i]);
        }

        return Interlocked.CompareExchange(ref byLine, built, null) ?? built;
    }
}
