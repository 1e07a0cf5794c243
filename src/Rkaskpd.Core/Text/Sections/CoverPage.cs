using Rkaskpd.Forms;
using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Recognises a cover page printed before the form of the same kegiatan (the DPA-SKPD cover: title, the kegiatan's
/// codes, <c>JUMLAH ANGGARAN</c> with its terbilang, the pengguna anggaran) and merges it into that form instead of
/// leaving it as a second, half-empty form. A cover is a scanned form with a kegiatan and its amount but no
/// indicators, rincian or KAK, followed by a form with the same kegiatan code and no amounts; the form keeps its own
/// fields, and takes from the cover its amounts and the fields it lacks. The findings "form incomplete" (RKA002) of both are dropped so
/// that the scanner can judge the merged form again.
/// </summary>
internal static class CoverPage
{
    /// <summary>Merges every cover of <paramref name="forms"/> into the form after it; returns the merged forms.</summary>
    public static List<RawFormBuilder> Merge(List<RawFormBuilder> forms, List<RawNote> notes)
    {
        var merged = new List<RawFormBuilder>();
        for (int i = 0; i + 1 < forms.Count; i++)
        {
            RawFormBuilder cover = forms[i], form = forms[i + 1];
            if (!IsCover(cover) || form.Amounts.Count > 0 || !SameKegiatan(cover, form))
            {
                continue;
            }

            form.Amounts.AddRange(cover.Amounts);

            foreach (RawField field in cover.Fields)
            {
                if (form.IndexOf(field.Kind) < 0)
                {
                    form.Fields.Add(field);
                }
            }

            form.PemerintahDaerah ??= cover.PemerintahDaerah;
            form.TahunAnggaran ??= cover.TahunAnggaran;
            form.UnrecognisedLines.InsertRange(0, cover.UnrecognisedLines);
            notes.RemoveAll(n => n.Code == TextReaderMessages.IncompleteForm && (n.Line == cover.StartLine || n.Line == form.StartLine));
            forms.RemoveAt(i);
            merged.Add(form);
            i--;
        }

        return merged;
    }

    private static bool IsCover(RawFormBuilder form) =>
        form.Amounts.Count > 0 && form.Indicators.Count == 0 && form.Rincian.Count == 0 && form.KakSections.Count == 0 && !form.SawKak
        && form.IndexOf(HeaderFieldKind.Kegiatan) >= 0;

    private static bool SameKegiatan(RawFormBuilder cover, RawFormBuilder form)
    {
        int a = cover.IndexOf(HeaderFieldKind.Kegiatan), b = form.IndexOf(HeaderFieldKind.Kegiatan);
        return b >= 0 && Digits(cover.Fields[a].Code) is { Length: > 0 } code && code == Digits(form.Fields[b].Code);
    }

    private static string Digits(string? code)
    {
        if (code is null)
        {
            return string.Empty;
        }

        Span<char> buffer = stackalloc char[Math.Min(code.Length, 64)];
        int n = 0;
        foreach (char c in code.AsSpan(0, Math.Min(code.Length, 64)))
        {
            if (char.IsAsciiDigit(c) || c == '.')
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
