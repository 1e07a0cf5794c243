using System;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Recognises a summary page printed between the forms: the <c>RKA-SKPD 2.2</c> / <c>DPA-SKPD 2.2</c> recap
/// (<c>REKAPITULASI ANGGARAN BELANJA LANGSUNG BERDASARKAN PROGRAM DAN KEGIATAN</c>) or a <c>RINGKASAN</c> page. Its
/// urusan and organisasi lines and its table of program and kegiatan codes look like a form's, so the page is taken
/// whole, from its title to the next form title (<c>RENCANA KERJA ...</c>, <c>DOKUMEN PELAKSANAAN ...</c>), and the
/// scanner reports it as lines outside any form (RKA003) instead of reading it as a half-empty form. A cover page
/// made of title lines only that the summary page follows is no form either (the scanner drops it when the page
/// starts).
/// </summary>
internal sealed class RecapPage
{
    /// <summary>Gets a value indicating whether the last line taken was the page's title (the page starts there).</summary>
    public bool StartsPage { get; private set; }

    private bool inPage;

    /// <summary>Takes <paramref name="text"/> (a cleaned line) when it belongs to a summary page.</summary>
    public bool TryTake(ReadOnlySpan<char> text)
    {
        StartsPage = false;
        ReadOnlySpan<char> trimmed = text.Trim();
        if (trimmed.IsEmpty || !(trimmed[0] is 'R' or 'r' or 'D' or 'd') && !inPage)
        {
            return false; // the seed's path: one character test per line
        }

        if (inPage)
        {
            if (IsFormStart(trimmed) && !IsTitle(trimmed))
            {
                inPage = false;
                return false;
            }

            return true;
        }

        if (IsTitle(trimmed))
        {
            inPage = true;
            StartsPage = true;
            return true;
        }

        return false;
    }

    /// <summary>Returns whether <paramref name="trimmed"/> is the title of a summary page.</summary>
    public static bool IsTitle(ReadOnlySpan<char> trimmed) =>
        trimmed.IndexOf(':') < 0
        && ((trimmed.StartsWith("REKAPITULASI", StringComparison.OrdinalIgnoreCase)
                && (trimmed.Contains("BELANJA", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("ANGGARAN", StringComparison.OrdinalIgnoreCase)))
            || trimmed.StartsWith("RINGKASAN ANGGARAN", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("RINGKASAN DOKUMEN", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("RINGKASAN RENCANA", StringComparison.OrdinalIgnoreCase));

    private static bool IsFormStart(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.StartsWith("RANCANGAN ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["RANCANGAN ".Length..].TrimStart();
        }

        return trimmed.IndexOf(':') < 0 && trimmed.Contains("ANGGARAN", StringComparison.OrdinalIgnoreCase)
            && (trimmed.StartsWith("RENCANA KERJA", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("DOKUMEN PELAKSANAAN", StringComparison.OrdinalIgnoreCase));
    }
}
