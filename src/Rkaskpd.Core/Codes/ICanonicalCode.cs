using System;
using System.Numerics;

namespace Rkaskpd.Codes;

/// <summary>
/// What a code type gives <see cref="CanonicalCode"/> so that the shared parsing, formatting and comparison members
/// of every code type are written once: its strict parse, its canonical writer and its parse messages.
/// </summary>
/// <typeparam name="TSelf">The code type.</typeparam>
internal interface ICanonicalCode<TSelf>
    where TSelf : struct, ICanonicalCode<TSelf>
{
    /// <summary>Gets the length of the longest canonical text of the type.</summary>
    static abstract int MaxLength { get; }

    /// <summary>Parses the canonical text strictly; never throws.</summary>
    static abstract CodeParseError TryParseCore(ReadOnlySpan<char> s, out TSelf result);

    /// <summary>Builds the message of a <see cref="FormatException"/> for a failed parse.</summary>
    static abstract string Message(CodeParseError error, ReadOnlySpan<char> s);

    /// <summary>Writes the canonical text in UTF-16 or UTF-8.</summary>
    bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>;
}
