using System;
using System.Buffers;
using System.Collections.Generic;
using NodaTime;

namespace Rkaskpd.Forms;

/// <summary>
/// One item of a KAK <c>Dasar Hukum</c> (legal basis): a law, regulation, decree or plan, with what could be read from
/// it and the item text as written.
/// </summary>
/// <remarks>
/// <para>
/// Recognised: the kind from its full or short name (<c>UU</c>, <c>PP</c>, <c>Perpres</c>, <c>Inpres</c> and
/// <c>Intruksi Presiden</c>, <c>Permendagri</c>, <c>Keputusan Menteri</c>, <c>Pergub</c>, <c>Perda</c>, <c>Perbup</c>,
/// <c>Perwali</c>, <c>Intruksi Bupati</c>, <c>SK</c>), the issuer or region written between the name and the number
/// (<c>Perbup Lumajang</c>, <c>Peraturan Gubernur Jatim</c>), the number after <c>No</c>/<c>Nomor</c>, the year after
/// <c>tahun</c>/<c>th</c> or inside the number (<c>15/2008</c> is number 15 of 2008; <c>188/115/KPTS/013/2010</c> keeps its
/// whole number and gives year 2010), the date after <c>tanggal</c>, and the title after <c>tentang</c>.
/// </para>
/// <para>
/// An amendment written in one item (<c>Permendagri Nomor 15/2008 diubah Permendagri Nomor 67/2011 ...</c>) is one
/// reference, the amended one, whose <see cref="AmendedBy"/> holds the amending one. Equality compares every member.
/// </para>
/// </remarks>
/// <param name="Kind">The kind of instrument.</param>
/// <param name="Text">The item text as written (bullets and trailing separators trimmed).</param>
public sealed record LegalReference(LegalReferenceKind Kind, string Text)
{
    /// <summary>Gets the issuing body or region as written, e.g. <c>Lumajang</c>, <c>Jatim</c>, <c>Gubernur Jatim</c>.</summary>
    /// <value>
    /// The words between the instrument's name and its number; for names that carry their issuer
    /// (<c>Permendagri</c>) the issuer they imply (<c>Menteri Dalam Negeri</c>); otherwise <see langword="null"/>.
    /// </value>
    public string? Issuer { get; init; }

    /// <summary>Gets the number as written after <c>No</c>/<c>Nomor</c>, e.g. <c>86</c> or <c>188/115/KPTS/013/2010</c>.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the year of issue, from <c>tahun 2016</c> or from the number (<c>15/2008</c>).</summary>
    public int? Year { get; init; }

    /// <summary>Gets the title: the text after <c>tentang</c>, or after the number when no <c>tentang</c> is written.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the date of issue from <c>tanggal 7 April 2010</c>.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets the amending instrument when the item says <c>... diubah ...</c> (amended by).</summary>
    public LegalReference? AmendedBy { get; init; }

    /// <summary>Reads one item. Never throws for any text.</summary>
    /// <param name="item">The item as written, e.g. <c>Perbup Lumajang No. 86 tahun 2016 tentang ...</c>.</param>
    /// <returns>The reference; <see cref="LegalReferenceKind.Other"/> when no instrument name starts the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    public static LegalReference Parse(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        string clean = KakText.CleanItem(KakText.Plain(item));
        ReadOnlySpan<char> unmarked = WithoutListMarkers(clean);
        if (unmarked.Length != clean.Length)
        {
            clean = unmarked.ToString();
        }

        return Build(clean, clean);
    }

    /// <summary>An item without the list markers before it, cleaned again after each (an item of a list numbered a
    /// line each: <c>1.&lt;tab&gt;Undang-Undang ...</c>, as Word saves its numbered list, or <c>a) Peraturan ...</c>).</summary>
    private static ReadOnlySpan<char> WithoutListMarkers(ReadOnlySpan<char> item)
    {
        int marker;
        while ((marker = KakHeadings.ListMarkerLength(item)) > 0 && marker < item.Length)
        {
            item = KakText.CleanItemSlice(item[marker..]);
        }

        return item;
    }

    /// <summary>
    /// Splits a <c>Dasar Hukum</c> text into items and reads each. Items may be separated by dash bullets
    /// (<c> - </c>), numbering (<c>1. 2. 3.</c>), <c>;</c>, HTML list markup or line breaks, or simply follow one another
    /// after a full stop (<c>... Jawa Timur. Perbup Lumajang No. 86 ...</c>). Year ranges (<c>2019 - 2024</c>) are kept.
    /// Never throws for any text.
    /// </summary>
    /// <param name="text">The section text as written.</param>
    /// <returns>The references in written order; empty for a blank text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<LegalReference> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var references = new List<LegalReference>();
        ForEachItem(text, static (item, list) => list.Add(Build(item, null)), references);
        return EquatableList<LegalReference>.From(references);
    }

    /// <summary>
    /// Calls <paramref name="action"/> with the text of each reference of a <c>Dasar Hukum</c> text, in written order, as
    /// <see cref="ParseList"/> reads them: plain, cleaned and squeezed, and a slice of the text wherever it can be (a copy
    /// only of a piece that held markup or whitespace to squeeze). <see cref="LegalReferenceReader.Read"/> reads each.
    /// </summary>
    /// <typeparam name="TState">The type of the state passed to <paramref name="action"/>.</typeparam>
    /// <param name="text">The section text as written.</param>
    /// <param name="action">Receives each reference's text; pass a static lambda.</param>
    /// <param name="state">The state for <paramref name="action"/>.</param>
    internal static void ForEachItem<TState>(string text, ReadOnlySpanAction<char, TState> action, TState state)
    {
        string plain = KakText.Plain(text);
        foreach (Range part in KakText.SplitListItems(plain, KakListLines.Split(plain)))
        {
            ReadOnlySpan<char> item = WithoutListMarkers(KakText.CleanItemSlice(plain.AsSpan(part)));
            if (item.Length > 0)
            {
                ForEachSentence(item, action, state);
            }
        }
    }

    /// <summary>Reads a reference from its plain, cleaned text and builds it; the text is <paramref name="textString"/>
    /// when the caller has it as a string already.</summary>
    private static LegalReference Build(ReadOnlySpan<char> text, string? textString)
    {
        LegalReferenceReading reading = LegalReferenceReader.Read(text);
        return new LegalReference(reading.Kind, textString ?? text.ToString())
        {
            Issuer = reading.Issuer(),
            Number = reading.Number.IsEmpty ? null : reading.Number.ToString(),
            Year = reading.Year,
            Title = reading.Title.IsEmpty ? null : reading.Title.ToString(),
            Date = reading.Date,
            AmendedBy = reading.IsAmended ? Build(reading.Amending, null) : null,
        };
    }

    /// <summary>
    /// Gives the references of a cleaned item, split before each instrument name that follows a full stop:
    /// <c>... Jawa Timur. Perbup Lumajang ...</c>.
    /// </summary>
    private static void ForEachSentence<TState>(ReadOnlySpan<char> item, ReadOnlySpanAction<char, TState> action, TState state)
    {
        int start = 0;
        for (int i = item.IndexOf('.'); i >= 0 && i + 2 < item.Length; i = NextDot(item, i))
        {
            if (item[i + 1] == ' ' && char.IsUpper(item[i + 2]) && i > start
                && char.IsLetter(item[i - 1]) && LegalReferenceReader.MatchKind(item[(i + 2)..]).Kind != LegalReferenceKind.Other
                && !IsNumberMarkerBefore(item, i))
            {
                action(LegalReferenceReader.CleanOfSqueezed(item[start..(i + 1)]), state);
                start = i + 2;
            }
        }

        // The item is cleaned, so it is squeezed: cleaning leaves it as it is (its trimming stops at a fixed point that
        // squeezing cannot undo), and so does Plain when it has no markup. Its pieces are squeezed too: they start
        // after ". " and end at the item's end or at a full stop.
        action(start == 0 && item.IndexOfAny('<', '&') < 0 ? item : LegalReferenceReader.CleanOfSqueezed(item[start..]), state);
    }

    /// <summary>Returns the index of the next full stop after the one at <paramref name="dot"/>, or -1.</summary>
    private static int NextDot(ReadOnlySpan<char> item, int dot)
    {
        int next = item[(dot + 1)..].IndexOf('.');
        return next < 0 ? -1 : dot + 1 + next;
    }

    private static bool IsNumberMarkerBefore(ReadOnlySpan<char> item, int dot)
    {
        int i = dot;
        while (i > 0 && char.IsLetter(item[i - 1]))
        {
            i--;
        }

        ReadOnlySpan<char> word = item[i..dot];
        return word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nomor", StringComparison.OrdinalIgnoreCase);
    }

}
