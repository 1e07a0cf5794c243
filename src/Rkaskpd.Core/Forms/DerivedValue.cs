using System;
using System.Threading;

namespace Rkaskpd.Forms;

/// <summary>
/// A lazily computed value that a record derives from its own members (e.g. <see cref="KakSection.Body"/> from
/// <see cref="KakSection.Text"/>). It is transparent to the record's compiler-generated equality: any two holders are
/// equal and hash alike, so a record compares the same whether or not the value has been computed yet.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// Only use it for pure functions of the record's other members. Thread-safe: two threads may both compute the value,
/// and then one result is kept; both are equal.
/// </remarks>
internal sealed class DerivedValue<T>
    where T : class
{
    private T? value;

    /// <summary>Returns the value, computing it on first use.</summary>
    /// <typeparam name="TState">The type of the state passed to <paramref name="compute"/>.</typeparam>
    /// <param name="state">The state, usually the owning record.</param>
    /// <param name="compute">Computes the value from <paramref name="state"/>; pass a static lambda.</param>
    /// <returns>The value.</returns>
    public T Get<TState>(TState state, Func<TState, T> compute)
    {
        if (Volatile.Read(ref value) is { } kept)
        {
            return kept;
        }

        // Returns what this call computed, or what another thread kept first; never re-reads the field, which
        // Forget may have cleared meanwhile.
        T computed = compute(state);
        return Interlocked.CompareExchange(ref value, computed, null) ?? computed;
    }

    /// <summary>Gets whether the value has been computed and is kept.</summary>
    public bool IsComputed => Volatile.Read(ref value) is not null;

    /// <summary>Drops the value, so that the next <see cref="Get"/> computes it again (e.g. once a writer has used a
    /// value it computed, so that a large document does not keep every one).</summary>
    public void Forget() => Volatile.Write(ref value, null);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DerivedValue<T>;

    /// <inheritdoc/>
    public override int GetHashCode() => 0;
}
