using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Rkaskpd.Codes;

/// <summary>
/// The members every code type shares (strict parse, canonical text, the span interfaces, boxed comparison), written
/// once over <see cref="ICanonicalCode{TSelf}"/>; each code type's public members forward here.
/// </summary>
internal static class CanonicalCode
{
    /// <summary>Parses the canonical text or throws with a message that says where and why.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not canonical.</exception>
    internal static T Parse<T>(string s)
        where T : struct, ICanonicalCode<T>
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse<T>(s.AsSpan());
    }

    /// <summary>Parses the canonical text or throws with a message that says where and why.</summary>
    /// <exception cref="FormatException"><paramref name="s"/> is not canonical.</exception>
    internal static T Parse<T>(ReadOnlySpan<char> s)
        where T : struct, ICanonicalCode<T>
    {
        CodeParseError error = T.TryParseCore(s, out T result);
        return error.IsSuccess ? result : throw new FormatException(T.Message(error, s));
    }

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    internal static bool TryParse<T>([NotNullWhen(true)] string? s, out T result)
        where T : struct, ICanonicalCode<T>
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return T.TryParseCore(s.AsSpan(), out result).IsSuccess;
    }

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    internal static bool TryParse<T>(ReadOnlySpan<char> s, out T result)
        where T : struct, ICanonicalCode<T> =>
        T.TryParseCore(s, out result).IsSuccess;

    /// <summary>Parses the canonical text strictly; never throws.</summary>
    internal static CodeParseError TryParseCore<T>(ReadOnlySpan<char> s, out T result)
        where T : struct, ICanonicalCode<T> =>
        T.TryParseCore(s, out result);

    /// <summary>Builds the message of a failed parse.</summary>
    internal static string Message<T>(CodeParseError error, ReadOnlySpan<char> s)
        where T : struct, ICanonicalCode<T> =>
        T.Message(error, s);

    /// <summary>Returns the canonical text.</summary>
    internal static string ToString<T>(T code)
        where T : struct, ICanonicalCode<T>
    {
        Span<char> buffer = stackalloc char[T.MaxLength];
        code.TryFormatCore(buffer, out int written);
        return new string(buffer[..written]);
    }

    /// <summary>Returns the canonical text after checking that <paramref name="format"/> is empty or <c>G</c>.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    internal static string ToString<T>(T code, string? format, string typeName)
        where T : struct, ICanonicalCode<T>
    {
        CodeSyntax.CheckFormat(format, typeName);
        return ToString(code);
    }

    /// <summary>Writes the canonical text after checking that <paramref name="format"/> is empty or <c>G</c>.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    internal static bool TryFormat<T, TChar>(T code, Span<TChar> destination, out int written, ReadOnlySpan<char> format, string typeName)
        where T : struct, ICanonicalCode<T>
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        CodeSyntax.CheckFormat(format, typeName);
        return code.TryFormatCore(destination, out written);
    }

    /// <summary>Compares with a boxed code of the same type; <see langword="null"/> sorts first.</summary>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is of another type.</exception>
    internal static int CompareTo<T>(T code, object? obj, string typeName)
        where T : struct, IComparable<T> => obj switch
        {
            null => 1,
            T other => code.CompareTo(other),
            _ => throw new ArgumentException($"Object must be of type {typeName}.", nameof(obj)),
        };
}
