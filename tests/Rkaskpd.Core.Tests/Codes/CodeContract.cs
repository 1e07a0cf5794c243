using System;
using System.Numerics;
using System.Text;
using Xunit;

namespace Rkaskpd.Tests.Codes;

/// <summary>Checks the value-type contract shared by the code types: round trips, formatting, equality and order.</summary>
internal static class CodeContract
{
    /// <summary>Parse(ToString(c)) == c, and both TryFormat overloads write exactly ToString.</summary>
    public static void RoundTrips<T>(T code)
        where T : struct, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<T>, IEquatable<T>
    {
        string text = code.ToString()!;
        Assert.Equal(code, T.Parse(text, provider: null));
        Assert.True(T.TryParse(text.AsSpan(), provider: null, out T parsed));
        Assert.Equal(code, parsed);

        Span<char> chars = stackalloc char[32];
        Assert.True(code.TryFormat(chars, out int charsWritten, default, provider: null));
        Assert.Equal(text, new string(chars[..charsWritten]));
        Assert.False(code.TryFormat(chars[..(text.Length - 1)], out _, default, provider: null));

        Span<byte> bytes = stackalloc byte[32];
        Assert.True(code.TryFormat(bytes, out int bytesWritten, default, provider: null));
        Assert.Equal(text, Encoding.UTF8.GetString(bytes[..bytesWritten]));
        Assert.False(code.TryFormat(bytes[..(text.Length - 1)], out _, default, provider: null));

        Assert.Equal(text, code.ToString("G", formatProvider: null));
        Assert.Throws<FormatException>(() => code.ToString("X", formatProvider: null));
    }

    /// <summary>Equality, hashing, CompareTo and the operators agree with each other and with a key.</summary>
    public static void OrderIsConsistent<T, TKey>(T left, T right, Func<T, TKey> key)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable, IComparisonOperators<T, T, bool>
        where TKey : IComparable<TKey>
    {
        int expected = Math.Sign(key(left).CompareTo(key(right)));
        int actual = Math.Sign(left.CompareTo(right));
        Assert.Equal(expected, actual);
        Assert.Equal(-actual, Math.Sign(right.CompareTo(left)));
        Assert.Equal(actual, Math.Sign(left.CompareTo((object)right)));
        Assert.Equal(actual == 0, left.Equals(right));
        Assert.Equal(actual == 0, left.Equals((object)right));
        Assert.Equal(actual == 0, left == right);
        Assert.Equal(actual != 0, left != right);
        Assert.Equal(actual < 0, left < right);
        Assert.Equal(actual <= 0, left <= right);
        Assert.Equal(actual > 0, left > right);
        Assert.Equal(actual >= 0, left >= right);
        if (actual == 0)
        {
            Assert.Equal(left.GetHashCode(), right.GetHashCode());
        }

        Assert.Equal(1, left.CompareTo(null));
        Assert.Throws<ArgumentException>(() => left.CompareTo("not a code"));
    }
}
