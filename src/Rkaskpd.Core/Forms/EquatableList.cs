using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Rkaskpd.Forms;

/// <summary>
/// An immutable list that compares by content, so that records exposing <see cref="IReadOnlyList{T}"/> keep value
/// equality.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] items;

    private EquatableList(T[] items) => this.items = items;

    /// <summary>Gets the empty list.</summary>
    public static EquatableList<T> Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => items.Length;

    /// <inheritdoc/>
    public T this[int index] => items[index];

    /// <summary>Wraps a copy of <paramref name="source"/>, or returns it when it already is an <see cref="EquatableList{T}"/>.</summary>
    public static EquatableList<T> From(IEnumerable<T>? source) => source switch
    {
        null => Empty,
        EquatableList<T> list => list,
        _ => source.Any() ? new EquatableList<T>(source.ToArray()) : Empty,
    };

    /// <inheritdoc/>
    public bool Equals(EquatableList<T>? other) =>
        other is not null && items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Lists the items in brackets, as records print them.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (int i = 0; i < items.Length; i++)
        {
            text.Append(i == 0 ? " " : ", ").Append(items[i]);
        }

        return text.Append(items.Length == 0 ? "]" : " ]").ToString();
    }
}
