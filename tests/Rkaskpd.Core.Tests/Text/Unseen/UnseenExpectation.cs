using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;
using Xunit.Abstractions;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>
/// The expected reading of one document of <c>tests/data/unseen</c>, from its <c>.expected</c> file: <c>key = value</c>
/// facts (see <see cref="FormFacts"/>), <c>diag CODE [path]</c> (that finding after <c>Validate()</c>, at that model
/// path when one is given) and <c>nodiag CODE [path]</c> (no such finding). Lines starting with <c>#</c> are comments.
/// A finding's path names no form, so in a document of several forms a path may start with the form's index as the
/// facts do: <c>diag RKA501 [1].rincian[27].jumlah</c> is that finding about the second form (the one whose kegiatan
/// code is the second read form's), and <c>nodiag RKA201 [1]</c> is no such finding about it, at any path.
/// </summary>
internal sealed class UnseenExpectation
{
    private readonly List<(string Key, string Value)> facts = [];
    private readonly List<(string Code, string? Path, bool Expected)> findings = [];

    private UnseenExpectation(string name) => Name = name;

    /// <summary>The expected file's name.</summary>
    public string Name { get; }

    /// <summary>How many values the file expects.</summary>
    public int Count => facts.Count + findings.Count;

    /// <summary>Loads <paramref name="fileName"/> from the test data folder.</summary>
    public static UnseenExpectation Load(string fileName)
    {
        var expectation = new UnseenExpectation(fileName);
        foreach (string raw in File.ReadAllLines(UnseenData.PathOf(fileName)))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("diag ", StringComparison.Ordinal) || line.StartsWith("nodiag ", StringComparison.Ordinal))
            {
                string[] parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                expectation.findings.Add((parts[1], parts.Length > 2 ? parts[2] : null, parts[0] == "diag"));
                continue;
            }

            int eq = line.IndexOf(" = ", StringComparison.Ordinal);
            if (eq < 0)
            {
                throw new InvalidDataException(fileName + ": not a 'key = value' line: " + line);
            }

            expectation.facts.Add((line[..eq], line[(eq + 3)..]));
        }

        return expectation;
    }

    /// <summary>Scores a reading: writes <c>label: hits of count</c> and each miss to <paramref name="output"/>, and
    /// fails when fewer than <paramref name="floor"/> expected values were read.</summary>
    /// <returns>The number of expected values read.</returns>
    public int AssertReadsAtLeast(RkaReadResult result, int floor, string label, ITestOutputHelper output)
    {
        IReadOnlyList<string> misses = Misses(result);
        int hits = Count - misses.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {hits} of {Count} ({100.0 * hits / Count:0.0} %)"));
        foreach (string miss in misses)
        {
            output.WriteLine("  " + miss);
        }

        Assert.True(hits >= floor, string.Create(CultureInfo.InvariantCulture, $"{hits} of {Count} read, floor {floor}:\n") + string.Join("\n", misses));
        return hits;
    }

    /// <summary>Compares the reading of a document with the expected values; returns the misses.</summary>
    public IReadOnlyList<string> Misses(RkaReadResult result)
    {
        Dictionary<string, string> read = FormFacts.Of(result);
        Diagnostic[] all = [.. result.Validate()];
        var misses = new List<string>();
        foreach ((string key, string value) in facts)
        {
            if (!read.TryGetValue(key, out string? actual) || !string.Equals(actual, value, StringComparison.Ordinal))
            {
                misses.Add(key + ": expected '" + value + "', read '" + (actual ?? "(nothing)") + "'");
            }
        }

        foreach ((string code, string? written, bool expected) in findings)
        {
            (int? form, string? path) = FormOf(written);
            string? kegiatan = form is { } f && f < result.Document.Forms.Count ? result.Document.Forms[f].KegiatanCodeText : null;
            Diagnostic[] found = [.. all.Where(d => d.Code == code && (path is null || d.Path == path)
                && (form is null || (kegiatan is not null && d.Kegiatan == kegiatan)))];
            if (expected && found.Length == 0)
            {
                misses.Add("finding " + code + (written is null ? string.Empty : " at " + written) + ": not reported");
            }
            else if (!expected && found.Length > 0)
            {
                misses.Add("finding " + code + " not expected: line " + found[0].Line + " " + found[0].Path + ": " + found[0].Message);
            }
        }

        return misses;
    }

    /// <summary>Splits a finding's path <c>[1].rincian[27].jumlah</c> into the form's index and the model path
    /// (<c>[1]</c> alone: the form, any path); a path without a form index is returned as it is.</summary>
    private static (int? Form, string? Path) FormOf(string? path)
    {
        if (path is null || !path.StartsWith('['))
        {
            return (null, path);
        }

        int close = path.IndexOf(']', StringComparison.Ordinal);
        if (close < 0 || !int.TryParse(path.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int form))
        {
            return (null, path);
        }

        string rest = path[(close + 1)..];
        return (form, rest.Length == 0 ? null : rest.TrimStart('.'));
    }
}
