using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Rkaskpd.Codes;

namespace Rkaskpd.Text.Mapping;

/// <summary>The header codes of one document as normalised, by normaliser and text as written: the forms of a document
/// repeat their urusan, organisasi and program (a regency's budget has thousands of forms under a few dozen programs),
/// and each distinct code text is normalised once per read. One cache serves one read (<see cref="RkaTextReader"/>
/// makes it), so nothing is shared between reads or threads; it holds at most four entries a form.</summary>
internal sealed class CodeCache
{
    private readonly Dictionary<(Delegate Normaliser, string Text), object> entries = [];

    /// <summary>Normalises <paramref name="text"/> with <paramref name="normalize"/>, or returns what it gave for the
    /// same text before in this read.</summary>
    public bool TryNormalize<TCode>(CodeNormaliser<TCode> normalize, string text, out TCode code, [NotNullWhen(true)] out CodeNormalization? details)
        where TCode : struct
    {
        if (entries.TryGetValue((normalize, text), out object? cached))
        {
            var entry = (Entry<TCode>)cached;
            code = entry.Code;
            details = entry.Details;
            return details is not null;
        }

        bool normalised = normalize(text, out code, out details);
        entries.Add((normalize, text), new Entry<TCode>(normalised ? code : default, normalised ? details : null));
        return normalised;
    }

    /// <summary>A normaliser's answer: the code and its details, or no details when the text is no code.</summary>
    private sealed record Entry<TCode>(TCode Code, CodeNormalization? Details)
        where TCode : struct;
}
