using System;
using NodaTime;

namespace Rkaskpd.Forms;

/// <summary>
/// What <see cref="LegalReferenceReader.Read"/> finds in the text of one reference of a <c>Dasar Hukum</c> (legal basis), as
/// slices of that text rather than strings: a <see cref="LegalReference"/> copies them out, and the JSON writer writes
/// them as they are.
/// </summary>
/// <param name="kind">The kind of instrument.</param>
/// <param name="impliedIssuer">The issuer the instrument's name implies (<c>Permendagri</c>: <c>Menteri Dalam Negeri</c>), or
/// <see langword="null"/>.</param>
/// <param name="writtenIssuer">The issuer or region written after the name; empty when none.</param>
/// <param name="number">The number as written; empty when none.</param>
/// <param name="year">The year of issue.</param>
/// <param name="title">The title; empty when none.</param>
/// <param name="date">The date of issue.</param>
/// <param name="amending">The text of the amending instrument (plain and cleaned), when <paramref name="amended"/>.</param>
/// <param name="amended">Whether the reference names an amending instrument.</param>
internal readonly ref struct LegalReferenceReading(
    LegalReferenceKind kind,
    string? impliedIssuer,
    ReadOnlySpan<char> writtenIssuer,
    ReadOnlySpan<char> number,
    int? year,
    ReadOnlySpan<char> title,
    LocalDate? date,
    ReadOnlySpan<char> amending,
    bool amended)
{
    /// <summary>Gets the kind of instrument.</summary>
    public LegalReferenceKind Kind { get; } = kind;

    /// <summary>Gets the issuer the name implies, or <see langword="null"/>.</summary>
    public string? ImpliedIssuer { get; } = impliedIssuer;

    /// <summary>Gets the issuer or region written after the name; empty when none.</summary>
    public ReadOnlySpan<char> WrittenIssuer { get; } = writtenIssuer;

    /// <summary>Gets the number as written (<see cref="LegalReference.Number"/>); empty when none.</summary>
    public ReadOnlySpan<char> Number { get; } = number;

    /// <summary>Gets the year of issue (<see cref="LegalReference.Year"/>).</summary>
    public int? Year { get; } = year;

    /// <summary>Gets the title (<see cref="LegalReference.Title"/>); empty when none.</summary>
    public ReadOnlySpan<char> Title { get; } = title;

    /// <summary>Gets the date of issue (<see cref="LegalReference.Date"/>).</summary>
    public LocalDate? Date { get; } = date;

    /// <summary>Gets the text of the amending instrument, to <see cref="LegalReferenceReader.Read"/> in turn, when
    /// <see cref="IsAmended"/>.</summary>
    public ReadOnlySpan<char> Amending { get; } = amending;

    /// <summary>Gets whether the reference names an amending instrument (<see cref="LegalReference.AmendedBy"/>).</summary>
    public bool IsAmended { get; } = amended;

    /// <summary>Returns <see cref="LegalReference.Issuer"/>: the written issuer, after the implied one when there is
    /// one.</summary>
    /// <returns>The issuer, or <see langword="null"/>.</returns>
    public string? Issuer() =>
        WrittenIssuer.IsEmpty ? ImpliedIssuer
        : ImpliedIssuer is null ? WrittenIssuer.ToString()
        : string.Concat(ImpliedIssuer, " ", WrittenIssuer);
}
