using System;

namespace Rkaskpd.Codes;

/// <summary>Describes one code level's canonical shape: digit count of each part and names used in messages.</summary>
internal sealed class CodeLayout
{
    internal CodeLayout(string typeName, byte[] widths, string[] partNames, string pattern, string example, int alternativeLastWidth = 0, string? alternativeNote = null)
    {
        TypeName = typeName;
        _widths = widths;
        PartNames = partNames;
        Pattern = pattern;
        Example = example;
        AlternativeLastWidth = alternativeLastWidth;
        _alternativeNote = alternativeNote;
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

    private readonly string? _alternativeNote;

    /// <summary>Gets the other digit count the last part may be written with (2 for a SIMDA kegiatan or an original
    /// 90/2019 sub kegiatan), or 0 when it has one width only.</summary>
    internal int AlternativeLastWidth { get; }

    /// <summary>Gets the number of parts.</summary>
    internal int PartCount => _widths.Length;

    /// <summary>Gets the canonical digit count of <paramref name="part"/>.</summary>
    internal int Width(int part) => _widths[part];

    /// <summary>Tells whether <paramref name="width"/> digits are allowed in <paramref name="part"/>.</summary>
    internal bool IsValidWidth(int part, int width) =>
        width == _widths[part] || (AlternativeLastWidth > 0 && part == _widths.Length - 1 && width == AlternativeLastWidth);

    /// <summary>Describes the digit count allowed in <paramref name="part"/> for messages.</summary>
    internal string DescribeWidth(int part)
    {
        int width = _widths[part];
        string text = width == 1 ? "1 digit" : $"{width} digits";
        return AlternativeLastWidth > 0 && part == _widths.Length - 1 ? $"{text} (or {AlternativeLastWidth} {_alternativeNote})" : text;
    }
}
