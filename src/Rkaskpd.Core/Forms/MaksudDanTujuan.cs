using System;

namespace Rkaskpd.Forms;

/// <summary>
/// The KAK section <c>Maksud dan Tujuan</c>: the purpose (<c>maksud</c>) and the objective (<c>tujuan</c>), read from
/// <c>Maksud : … Tujuan : …</c>, in plain text or in <c>&lt;p&gt;</c> fragments, with leading bullets trimmed.
/// </summary>
public sealed record MaksudDanTujuan : KakSection
{
    /// <summary>Initializes the section from its heading and text as written, reading both parts.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public MaksudDanTujuan(string? heading, string text)
        : base(KakSectionKind.MaksudDanTujuan, heading, text)
    {
        string body = Body;
        int maksudAt = FindLabel(body, "maksud", 0, out int maksudEnd);
        int tujuanAt = FindLabel(body, "tujuan", maksudAt < 0 ? 0 : maksudEnd, out int tujuanEnd);
        if (maksudAt >= 0)
        {
            Maksud = Clean(body[maksudEnd..(tujuanAt >= 0 ? tujuanAt : body.Length)]);
        }
        else if (tujuanAt > 0)
        {
            Maksud = Clean(body[..tujuanAt]);
        }

        if (tujuanAt >= 0)
        {
            Tujuan = Clean(body[tujuanEnd..]);
        }
    }

    /// <summary>Gets the purpose (<c>maksud</c>).</summary>
    /// <value>The text after <c>Maksud :</c>, or <see langword="null"/> when no part could be told apart.</value>
    public string? Maksud { get; }

    /// <summary>Gets the objective (<c>tujuan</c>).</summary>
    /// <value>The text after <c>Tujuan :</c>, or <see langword="null"/> when absent.</value>
    public string? Tujuan { get; }

    private static string? Clean(string part)
    {
        string cleaned = KakText.CleanItem(part);
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>Finds <c>word :</c> as a whole word; returns its start and, in <paramref name="end"/>, the index after the colon.</summary>
    private static int FindLabel(string text, string word, int from, out int end)
    {
        for (int i = from; i + word.Length <= text.Length; i++)
        {
            if ((i > 0 && char.IsLetter(text[i - 1])) || !text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int j = i + word.Length;
            while (j < text.Length && text[j] is ' ' or '\t')
            {
                j++;
            }

            if (j < text.Length && text[j] == ':')
            {
                end = j + 1;
                return i;
            }
        }

        end = from;
        return -1;
    }
}
