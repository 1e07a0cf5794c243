using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;

namespace Rkaskpd.Codes;

/// <summary>
/// The names of budget codes (<c>nomenklatur</c>) of both schemes, e.g. <c>3.05</c> → <c>PEMERINTAHAN UMUM</c> or
/// <c>1.02.02.2.02.0001</c> → <c>Pengelolaan Pelayanan Kesehatan Ibu Hamil</c>, loaded from data the caller supplies.
/// The library ships no names: Permendagri 13/2006-era names of <c>organisasi</c>, programs and <c>kegiatan</c> are
/// regional, and the Permendagri 90/2019 tables change with each Kepmendagri (050-3708/2020, 050-5889/2021, ...), so
/// each region (or year) brings its own list.
/// </summary>
/// <remarks>
/// <para>
/// A list is read in one scheme (<see cref="Load(TextReader, CodeScheme)"/>), because the schemes share shapes
/// (<c>1.02</c> is a 13/2006 urusan and a 90/2019 bidang urusan); <see cref="Merge(Nomenclature)"/> joins a 13/2006
/// list and a 90/2019 one into one instance.
/// </para>
/// <para>
/// Instances are immutable and safe to share between threads. Codes are canonical (strict <c>Parse</c>); a name is
/// kept as given, trimmed. A <c>kegiatan</c> (13/2006) or <c>sub kegiatan</c> (90/2019) lookup falls back to the same
/// code written with the other width (<c>...01.21</c> finds the name of <c>...01.021</c>, <c>...2.02.01</c> that of
/// <c>...2.02.0001</c>, and the reverse) when the exact spelling has no name.
/// </para>
/// </remarks>
/// <example><code>
/// Nomenclature names = Nomenclature.Load(new StringReader("3.05\tPEMERINTAHAN UMUM\n3.05.09\tKECAMATAN LUMAJANG"));
/// names.TryGetName(UrusanCode.Parse("3.05"), out string? name); // PEMERINTAHAN UMUM
/// </code></example>
public sealed class Nomenclature
{
    private readonly Builder _names;

    private Nomenclature(Builder names) => _names = names;

    /// <summary>Gets a nomenclature with no names.</summary>
    /// <value>An empty instance; every lookup fails.</value>
    public static Nomenclature Empty { get; } = new(new Builder(CodeScheme.Permendagri13));

    /// <summary>Gets the number of named codes, all levels and both schemes together.</summary>
    /// <value>The number of entries.</value>
    public int Count => _names.Count;

    /// <summary>Builds a nomenclature from (code, name) pairs; codes of all four levels may be mixed.</summary>
    /// <param name="entries">Canonical codes (level told by part count) and their names.</param>
    /// <returns>The nomenclature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or a code or name is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">An entry's code is not canonical, its name is empty, or one code is given two
    /// different names; the message names the entry (1-based).</exception>
    public static Nomenclature Create(IEnumerable<(string Code, string Name)> entries) => Create(entries, CodeScheme.Permendagri13);

    /// <summary>Builds a nomenclature of one scheme from (code, name) pairs; codes of all the scheme's levels may be mixed.</summary>
    /// <param name="entries">Canonical codes (level told by part count: 13/2006 2, 3, 6, 7; 90/2019 1, 2, 3, 5, 6, 8) and their names.</param>
    /// <param name="scheme">The scheme of the codes.</param>
    /// <returns>The nomenclature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or a code or name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a scheme.</exception>
    /// <exception cref="FormatException">An entry's code is not canonical, its name is empty, or one code is given two
    /// different names; the message names the entry (1-based).</exception>
    public static Nomenclature Create(IEnumerable<(string Code, string Name)> entries, CodeScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = new Builder(scheme);
        int index = 0;
        foreach ((string code, string name) in entries)
        {
            index++;
            ArgumentNullException.ThrowIfNull(code, nameof(entries));
            ArgumentNullException.ThrowIfNull(name, nameof(entries));
            builder.Add(code, name, string.Create(CultureInfo.InvariantCulture, $"Entry {index}"));
        }

        return new Nomenclature(builder);
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
    public static Nomenclature Load(TextReader reader) => Load(reader, CodeScheme.Permendagri13);

    /// <summary>
    /// Reads a nomenclature of one scheme from text: one <c>code name</c> pair a line, the code first, then a tab or
    /// spaces, then the name. Blank lines and lines starting with <c>#</c> are skipped.
    /// </summary>
    /// <param name="reader">The text, e.g. lines such as <c>1.02.02.2.02.0001 Pengelolaan Pelayanan Kesehatan Ibu Hamil</c>.</param>
    /// <param name="scheme">The scheme of the codes: 13/2006 levels have 2, 3, 6 or 7 parts, 90/2019 levels 1, 2, 3, 5, 6 or 8.</param>
    /// <returns>The nomenclature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a scheme.</exception>
    /// <exception cref="FormatException">A line has no name, a code that is not canonical in the scheme, or gives a code
    /// a second, different name; the message names the line number (1-based).</exception>
    public static Nomenclature Load(TextReader reader, CodeScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new Builder(scheme);
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

        return new Nomenclature(builder);
    }

    /// <summary>Joins two nomenclatures, e.g. a 13/2006 list and a 90/2019 one.</summary>
    /// <param name="other">The other nomenclature.</param>
    /// <returns>A new instance with the names of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A code has different names in the two.</exception>
    public Nomenclature Merge(Nomenclature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var builder = new Builder(CodeScheme.Permendagri13);
        builder.AddAll(_names, "This nomenclature");
        builder.AddAll(other._names, "The merged nomenclature");
        return new Nomenclature(builder);
    }

    /// <summary>Gets the name of an <c>urusan</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(UrusanCode code, [NotNullWhen(true)] out string? name) => _names.Urusan.TryGetValue(code, out name);

    /// <summary>Gets the name of an <c>organisasi</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(OrganisasiCode code, [NotNullWhen(true)] out string? name) => _names.Organisasi.TryGetValue(code, out name);

    /// <summary>Gets the name of a program.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(ProgramCode code, [NotNullWhen(true)] out string? name) => _names.Program.TryGetValue(code, out name);

    /// <summary>Gets the name of a <c>kegiatan</c>, falling back to the same activity written with the other width.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(KegiatanCode code, [NotNullWhen(true)] out string? name)
    {
        if (_names.Kegiatan.TryGetValue(code, out name))
        {
            return true;
        }

        int otherWidth = code.Width == 3 ? 2 : 3;
        if (code.Number <= 99 && _names.Kegiatan.TryGetValue(code.WithWidth(otherWidth), out name))
        {
            return true;
        }

        name = null;
        return false;
    }

    /// <summary>Gets the name of a 90/2019 <c>urusan</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(SipdUrusanCode code, [NotNullWhen(true)] out string? name) => _names.SipdUrusan.TryGetValue(code, out name);

    /// <summary>Gets the name of a <c>bidang urusan</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(BidangUrusanCode code, [NotNullWhen(true)] out string? name) => _names.BidangUrusan.TryGetValue(code, out name);

    /// <summary>Gets the name of a 90/2019 program.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(SipdProgramCode code, [NotNullWhen(true)] out string? name) => _names.SipdProgram.TryGetValue(code, out name);

    /// <summary>Gets the name of a 90/2019 <c>kegiatan</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(SipdKegiatanCode code, [NotNullWhen(true)] out string? name) => _names.SipdKegiatan.TryGetValue(code, out name);

    /// <summary>Gets the name of a <c>sub kegiatan</c>, falling back to the same sub kegiatan written with the other width.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(SubKegiatanCode code, [NotNullWhen(true)] out string? name)
    {
        if (_names.SubKegiatan.TryGetValue(code, out name))
        {
            return true;
        }

        if (code.Number <= 99 && _names.SubKegiatan.TryGetValue(code.WithWidth(code.Width == 4 ? 2 : 4), out name))
        {
            return true;
        }

        name = null;
        return false;
    }

    /// <summary>Gets the name of an SKPD or unit.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/> when the code has none.</param>
    /// <returns><see langword="true"/> when the code has a name.</returns>
    public bool TryGetName(SkpdCode code, [NotNullWhen(true)] out string? name) => _names.Skpd.TryGetValue(code, out name);

    /// <summary>The names by level; filled while loading, then only read.</summary>
    private sealed class Builder
    {
        private readonly CodeScheme _scheme;

        internal Builder(CodeScheme scheme)
        {
            if (scheme is not (CodeScheme.Permendagri13 or CodeScheme.Permendagri90))
            {
                throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Give CodeScheme.Permendagri13 or CodeScheme.Permendagri90.");
            }

            _scheme = scheme;
        }

        internal Dictionary<UrusanCode, string> Urusan { get; } = [];

        internal Dictionary<OrganisasiCode, string> Organisasi { get; } = [];

        internal Dictionary<ProgramCode, string> Program { get; } = [];

        internal Dictionary<KegiatanCode, string> Kegiatan { get; } = [];

        internal Dictionary<SipdUrusanCode, string> SipdUrusan { get; } = [];

        internal Dictionary<BidangUrusanCode, string> BidangUrusan { get; } = [];

        internal Dictionary<SipdProgramCode, string> SipdProgram { get; } = [];

        internal Dictionary<SipdKegiatanCode, string> SipdKegiatan { get; } = [];

        internal Dictionary<SubKegiatanCode, string> SubKegiatan { get; } = [];

        internal Dictionary<SkpdCode, string> Skpd { get; } = [];

        internal int Count =>
            Urusan.Count + Organisasi.Count + Program.Count + Kegiatan.Count
            + SipdUrusan.Count + BidangUrusan.Count + SipdProgram.Count + SipdKegiatan.Count + SubKegiatan.Count + Skpd.Count;

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
                switch (_scheme, parts)
                {
                    case (CodeScheme.Permendagri13, 2):
                        Add(Urusan, UrusanCode.Parse(code), code, name, where);
                        break;
                    case (CodeScheme.Permendagri13, 3):
                        Add(Organisasi, OrganisasiCode.Parse(code), code, name, where);
                        break;
                    case (CodeScheme.Permendagri13, 6):
                        Add(Program, ProgramCode.Parse(code), code, name, where);
                        break;
                    case (CodeScheme.Permendagri13, 7):
                        Add(Kegiatan, KegiatanCode.Parse(code), code, name, where);
                        break;
                    case (CodeScheme.Permendagri90, 1):
                        Add(SipdUrusan, SipdUrusanCode.Parse(code), code, name, where);
                        break;
                    case (CodeScheme.Permendagri90, 2):
                        Add(BidangUrusan, BidangUrusanCode.Parse(code), code, name, where);
                        break;
                    case (CodeScheme.Permendagri90, 3):
                        Add(SipdProgram, SipdProgramCode.Parse(code), code, name, where);
                        break;
                    case (CodeScheme.Permendagri90, 5):
                        Add(SipdKegiatan, SipdKegiatanCode.Parse(code), code, name, where);
                        break;
                    case (CodeScheme.Permendagri90, 6):
                        Add(SubKegiatan, SubKegiatanCode.Parse(code), code, name, where);
                        break;
                    case (CodeScheme.Permendagri90, 8):
                        Add(Skpd, SkpdCode.Parse(code), code, name, where);
                        break;
                    default:
                        throw new FormatException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{where}: code '{code}' has {parts} part{(parts == 1 ? string.Empty : "s")}; {(_scheme == CodeScheme.Permendagri13
                                ? "a code has 2 (urusan), 3 (organisasi), 6 (program) or 7 (kegiatan) parts"
                                : "a Permendagri 90/2019 code has 1 (urusan), 2 (bidang urusan), 3 (program), 5 (kegiatan), 6 (sub kegiatan) or 8 (SKPD) parts")}."));
                }
            }
            catch (FormatException ex) when (!ex.Message.StartsWith(where, StringComparison.Ordinal))
            {
                throw new FormatException($"{where}: {ex.Message}", ex);
            }
        }

        /// <summary>Adds every name of <paramref name="other"/>, refusing a code named differently.</summary>
        internal void AddAll(Builder other, string where)
        {
            AddAll(Urusan, other.Urusan, where);
            AddAll(Organisasi, other.Organisasi, where);
            AddAll(Program, other.Program, where);
            AddAll(Kegiatan, other.Kegiatan, where);
            AddAll(SipdUrusan, other.SipdUrusan, where);
            AddAll(BidangUrusan, other.BidangUrusan, where);
            AddAll(SipdProgram, other.SipdProgram, where);
            AddAll(SipdKegiatan, other.SipdKegiatan, where);
            AddAll(SubKegiatan, other.SubKegiatan, where);
            AddAll(Skpd, other.Skpd, where);
        }

        private static void AddAll<TCode>(Dictionary<TCode, string> names, Dictionary<TCode, string> other, string where)
            where TCode : struct
        {
            foreach ((TCode key, string name) in other)
            {
                Add(names, key, key.ToString()!, name, where);
            }
        }

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
