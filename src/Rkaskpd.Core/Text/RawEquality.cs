using System;
using System.Collections.Generic;

namespace Rkaskpd.Text;

/// <summary>Element-wise equality and hashing of the lists held by <see cref="RawForm"/> and
/// <see cref="RawDocument"/>, so that two scans of the same text compare equal.</summary>
internal static class RawEquality
{
    /// <summary>Returns whether both lists hold equal elements in the same order.</summary>
    public static bool ListEquals<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a hash code of the list's elements.</summary>
    public static int ListHash<T>(IReadOnlyList<T> list)
    {
        HashCode hash = default;
        hash.Add(list.Count);
        foreach (T item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
