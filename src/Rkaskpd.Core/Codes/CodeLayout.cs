using System;

namespace Rkaskpd.Codes;

/// <summary>Describes one code level's canonical shape: digit count of each part and names used in messages.</summary>
internal sealed class CodeLayout
{
    internal CodeLayout(string typeName, byte[] widths, string[] partNames, string pattern, string example, bool lastPartMayHaveTwoDigits)
    {
        TypeName = typeName;
        _widths = widths;
        PartNames = partNames;
        Pattern = pattern;
        Example = example;
        LastPartMayHaveTwoDigits = lastPartMayHaveTwoDigits;
    }

    /// <summary>Gets the type's name as used at the start of messages, e.g. <c>Kegiatan</c>.</summary>
    internal string TypeName { get; }

    private readonly byte[] _widths;

    /// <summary>Gets the canonical digit count of each part (the last part's longest width).</summary>
    internal ReadOnlySpan<byte> Widths => _widths;

    /// <summary>Gets the part names used in messages.</summary>
    internal string[] PartNames { get; }

    /// <summary>Gets the pattern description used in messages.</summary>
    internal string Pattern { get; }

    /// <summary>Gets a valid example.</summary>
    internal string Example { get; }

    /// <summary>Gets a value indicating whether the last part may also be written with two digits (SIMDA kegiatan).</summary>
    internal bool LastPartMayHaveTwoDigits { get; }

    /// <summary>Gets the number of parts.</summary>
    internal int PartCount => _widths.Length;

    /// <summary>Gets the canonical digit count of <paramref name="part"/>.</summary>
    internal int Width(int part) => _widths[part];

    /// <summary>Tells whether <paramref name="width"/> digits are allowed in <paramref name="part"/>.</summary>
    internal bool IsValidWidth(int part, int width) =>
        width == _widths[part] || (LastPartMayHaveTwoDigits && part == _widths.Length - 1 && width == 2);

    /// <summary>Describes the digit count allowed in <paramref name="part"/> for messages.</summary>
    internal string DescribeWidth(int part)
    {
        int width = _widths[part];
        string text = width == 1 ? "1 digit" : $"{width} digits";
        return LastPartMayHaveTwoDigits && part == _widths.Length - 1 ? $"{text} (or 2 as SIMDA writes them)" : text;
    }
}
