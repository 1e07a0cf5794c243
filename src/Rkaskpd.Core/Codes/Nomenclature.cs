using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;

namespace Rkaskpd.Codes;

/// <summary>
/// The names of budget codes (<c>nomenklatur</c>), e.g. <c>3.05</c> → <c>PEMERINTAHAN UMUM</c>, loaded from data the
/// caller supplies. The library ships no names: Permendagri 13/2006-era names of <c>organisasi</c>, programs and
/// <c>kegiatan</c> are regional, so each region (or year) brings its own list.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. Codes are canonical (strict <c>Parse</c>); a name is
/// kept as given, trimmed. A <c>kegiatan</c> lookup falls back to the same activity written with the other width
/// (<c>...01.21</c> finds the name of <c>...01.021</c> and the reverse) when the exact spelling has no name.
/// </remarks>
/// <example><code>
/// Nomenclature names = Nomenclature.Load(new StringReader("3.05\tPEMERINTAHAN UMUM\n3.05.09\tKECAMATAN LUMAJANG"));
/// names.TryGetName(UrusanCode.Parse("3.05"), out string? name); // PEMERINTAHAN UMUM
/// </code></example>
public sealed class Nomenclature
{
    private readonly Dictionary<UrusanCode, string> _urusan;
    private readonly Dictionary<OrganisasiCode, string> _organisasi;
    private readonly Dictionary<ProgramCode, string> _program;
    private readonly Dictionary<KegiatanCode, string> _kegiatan;

    private Nomenclature(
        Dictionary<UrusanCode, string> urusan,
        Dictionary<OrganisasiCode, string> organisasi,
        Dictionary<ProgramCode, string> program,
        Dictionary<KegiatanCode, string> kegiatan)
    {
        _urusan = urusan;
        _organisasi = organisasi;
        _program = program;
        _kegiatan = kegiatan;
    }

    /// <summary>Gets a nomenclature with no names.</summary>
    /// <value>An empty instance; every lookup fails.</value>
    public static Nomenclature Empty { get; } = new([], [], [], []);

    /// <summary>Gets the number of named codes, all levels together.</summary>
    /// <value>The number of entries.</value>
    public int Count => _urusan.Count + _organisasi.Count + _program.Count + _kegiatan.Count;

    /// <summary>Builds a nomenclature from (code, name) pairs; codes of all four levels may be mixed.</summary>
    /// <param name="entries">Canonical codes (level told by part count) and their names.</param>
    /// <returns>The nomenclature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or a code or name is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">An entry's code is not canonical, its name is empty, or one code is given two
    /// different names; the message names the entry (1-based).</exception>
    public static Nomenclature Create(IEnumerable<(string Code, string Name)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = new Builder();
        int index = 0;
        foreach ((string code, string name) in entries)
        {
            index++;
            ArgumentNullException.ThrowIfNull(code, nameof(entries));
            ArgumentNullException.ThrowIfNull(name, nameof(entries));
            builder.Add(code, name, string.Create(CultureInfo.InvariantCulture, $"Entry {index}"));
        }

        return builder.Build();
    }

    /// <summary>
    /// Reads a nomenclature from text: one <c>code name</c> pair a line, the code first, then a tab or spaces, then
    /// the name. Blank lines and lines starting with <c>#</c> are skipped.
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <returns>The nomenclature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line has no name, a code that is not canonical, or gives a code a second,
    /// different name; the message names the line number (1-based).</exception>
    public static Nomenclature Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new Builder();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            ReadOnlySpan<char> content = line.AsSpan().Trim();
            if (content.IsEmpty || content[0] == '#')
            {
                continue;
            }

            string where = string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber}");
            int gap = content.IndexOfAny(" \t\u00A0");
            if (gap < 0)
            {
                throw new FormatException($"{where}: '{content.ToString()}' has a code but no name; expected 'code<TAB or spaces>name'.");
            }

            builder.Add(content[..gap].ToString(), content[gap..].Trim().ToString(), where);
        }

        return builder.Build();
    }

    /// <summary>Gets the name of an <c>urusan</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(UrusanCode code, [NotNullWhen(true)] out string? name) => _urusan.TryGetValue(code, out name);

    /// <summary>Gets the name of an <c>organisasi</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(OrganisasiCode code, [NotNullWhen(true)] out string? name) => _organisasi.TryGetValue(code, out name);

    /// <summary>Gets the name of a program.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(ProgramCode code, [NotNullWhen(true)] out string? name) => _program.TryGetValue(code, out name);

    /// <summary>Gets the name of a <c>kegiatan</c>, falling back to the same activity written with the other width.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(KegiatanCode code, [NotNullWhen(true)] out string? name)
    {
        if (_kegiatan.TryGetValue(code, out name))
        {
            return true;
        }

        int otherWidth = code.Width == 3 ? 2 : 3;
        if (code.Number <= 99 && _kegiatan.TryGetValue(code.WithWidth(otherWidth), out name))
        {
            return true;
        }

        name = null;
        return false;
    }

    private sealed class Builder
    {
        private readonly Dictionary<UrusanCode, string> _urusan = [];
        private readonly Dictionary<OrganisasiCode, string> _organisasi = [];
        private readonly Dictionary<ProgramCode, string> _program = [];
        private readonly Dictionary<KegiatanCode, string> _kegiatan = [];

        internal void Add(string code, string name, string where)
        {
            name = name.Trim();
            if (name.Length == 0)
            {
                throw new FormatException($"{where}: code '{code}' has an empty name.");
            }

            int parts = code.AsSpan().Count('.') + 1;
            try
            {
                switch (parts)
                {
                    case 2:
                        Add(_urusan, UrusanCode.Parse(code), code, name, where);
                        break;
                    case 3:
                        Add(_organisasi, OrganisasiCode.Parse(code), code, name, where);
                        break;
                    case 6:
                        Add(_program, ProgramCode.Parse(code), code, name, where);
                        break;
                    case 7:
                        Add(_kegiatan, KegiatanCode.Parse(code), code, name, where);
                        break;
                    default:
                        throw new FormatException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{where}: code '{code}' has {parts} part{(parts == 1 ? string.Empty : "s")}; a code has 2 (urusan), 3 (organisasi), 6 (program) or 7 (kegiatan) parts."));
                }
            }
            catch (FormatException ex) when (!ex.Message.StartsWith(where, StringComparison.Ordinal))
            {
                throw new FormatException($"{where}: {ex.Message}", ex);
            }
        }

        internal Nomenclature Build() => new(_urusan, _organisasi, _program, _kegiatan);

        private static void Add<TCode>(Dictionary<TCode, string> names, TCode key, string code, string name, string where)
            where TCode : struct
        {
            if (names.TryGetValue(key, out string? existing))
            {
                if (!string.Equals(existing, name, StringComparison.Ordinal))
                {
                    throw new FormatException($"{where}: code '{code}' is named '{name}' but was already named '{existing}'.");
                }

                return;
            }

            names.Add(key, name);
        }
    }
}
