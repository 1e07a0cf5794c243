using System;

namespace Rkaskpd;

/// <summary>
/// <c>Terbilang</c> (an amount in Indonesian words, as written on budget forms): formatting, parsing and checking.
/// </summary>
/// <remarks>
/// <para>Spelling follows official usage (KBBI, PUEBI): <c>sepuluh</c>, <c>sebelas</c>, <c>dua belas</c>,
/// <c>dua puluh</c>, <c>seratus</c>, <c>seribu</c> only for a thousands group of exactly one
/// (<c>satu juta seribu</c>, but <c>dua puluh satu ribu</c>), <c>satu juta</c>, <c>satu miliar</c>,
/// <c>satu triliun</c>, <c>satu kuadriliun</c>, <c>satu kuintiliun</c>, <c>satu sekstiliun</c>,
/// <c>satu septiliun</c>; negatives start with <c>minus</c>.</para>
/// <para>Integer parts up to 10^27 − 1 (999 <c>septiliun</c> …) are supported. A fraction is read after
/// <c>koma</c> digit by digit from the normalised decimal, so trailing zeros are not read (1.50 →
/// <c>satu koma lima</c>), or as <c>sen</c> with <see cref="TerbilangOptions.Rupiah"/>.</para>
/// <para>Results never depend on the current culture.</para>
/// </remarks>
public static class Terbilang
{
    /// <summary>
    /// Writes an amount in lower-case Indonesian words, single-spaced, without a currency word.
    /// </summary>
    /// <param name="value">The amount.</param>
    /// <returns>The words, e.g. 120877500 → <c>seratus dua puluh juta delapan ratus tujuh puluh tujuh ribu lima
    /// ratus</c>; 0.25 → <c>nol koma dua lima</c>; −5 → <c>minus lima</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The integer part of <paramref name="value"/> exceeds
    /// 10^27 − 1.</exception>
    /// <example><code>Terbilang.ToWords(1001000m) // "satu juta seribu"</code></example>
    public static string ToWords(decimal value) => ToWords(value, TerbilangOptions.Default);

    /// <summary>Writes an amount in Indonesian words with the given casing, currency word and fraction style.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="options">The settings; <see cref="TerbilangOptions.Rupiah"/> gives the forms' style.</param>
    /// <returns>The words, e.g. with <see cref="TerbilangOptions.Rupiah"/>, 1234.50 →
    /// <c>SERIBU DUA RATUS TIGA PULUH EMPAT RUPIAH LIMA PULUH SEN</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The integer part of <paramref name="value"/> exceeds
    /// 10^27 − 1.</exception>
    /// <exception cref="ArgumentException">The options ask for <see cref="TerbilangFraction.Sen"/> without a currency
    /// word, or <paramref name="value"/> has more than two (significant) decimals under that style: round it first;
    /// the amount is never rounded silently.</exception>
    /// <example><code>Terbilang.ToWords(551204390m, TerbilangOptions.Rupiah)
    /// // "LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH"</code></example>
    public static string ToWords(decimal value, TerbilangOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TerbilangWriter.ToWords(value, options);
    }

    /// <summary>
    /// Writes an amount in Indonesian words into a span without allocating (static words are copied).
    /// </summary>
    /// <param name="value">The amount.</param>
    /// <param name="destination">Where to write the words.</param>
    /// <param name="charsWritten">The number of characters written, or 0 when <paramref name="destination"/> is too
    /// small.</param>
    /// <param name="options">The settings, or <see langword="null"/> for <see cref="TerbilangOptions.Default"/>.</param>
    /// <returns><see langword="true"/> when the words fit in <paramref name="destination"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The integer part of <paramref name="value"/> exceeds
    /// 10^27 − 1.</exception>
    /// <exception cref="ArgumentException">As for <see cref="ToWords(decimal, TerbilangOptions)"/>.</exception>
    public static bool TryFormat(decimal value, Span<char> destination, out int charsWritten, TerbilangOptions? options = null) =>
        TerbilangWriter.TryWrite(value, destination, out charsWritten, options ?? TerbilangOptions.Default);

    /// <summary>
    /// Reads an amount written in Indonesian words: the inverse of <see cref="ToWords(decimal)"/>.
    /// </summary>
    /// <param name="text">The words, in any casing and spacing, optionally ending in <c>rupiah</c> or
    /// <c>rupiah … sen</c>; regional spellings <c>milyar</c>, <c>milyard</c>, <c>trilyun</c> are accepted.</param>
    /// <param name="value">The amount read, or 0 when the text is not a well-formed number.</param>
    /// <returns><see langword="true"/> when the whole text is a well-formed number.</returns>
    /// <remarks>Strict: rejects unknown words, ungrammatical text (<c>lima ratus ratus</c>, <c>dua seribu</c>,
    /// <c>juta juta</c>, scales out of order such as <c>seribu juta</c>) and the non-official <c>satu ratus</c>,
    /// <c>satu ribu</c>, <c>satu puluh</c>, <c>satu belas</c> (which <see cref="TerbilangChecker"/> reports as slips).
    /// <c>biliun</c> is rejected as ambiguous. Never throws.</remarks>
    public static bool TryParse(string? text, out decimal value) => TryParse(text.AsSpan(), out value);

    /// <summary>Reads an amount written in Indonesian words, as <see cref="TryParse(string?, out decimal)"/>.</summary>
    /// <param name="text">The words.</param>
    /// <param name="value">The amount read, or 0 when the text is not a well-formed number.</param>
    /// <returns><see langword="true"/> when the whole text is a well-formed number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value) => TerbilangReader.TryParse(text, out value);
}
