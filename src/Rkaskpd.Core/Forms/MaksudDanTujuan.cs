using System;

namespace Rkaskpd.Forms;

/// <summary>
/// The KAK section <c>Maksud dan Tujuan</c>: the purpose (<c>maksud</c>) and the objective (<c>tujuan</c>), read from
/// <c>Maksud : … Tujuan : …</c>, in plain text or in <c>&lt;p&gt;</c> fragments, with leading bullets trimmed; without
/// the labels, from sentences that start with the words (<c>Maksud kegiatan ini adalah … Tujuan kegiatan ini adalah
/// …</c>), each part then the whole of its sentences.
/// </summary>
public sealed record MaksudDanTujuan : KakSection
{
    private readonly DerivedValue<Parts> parts = new();

    /// <summary>Initializes the section from its heading and text as written; both parts are read on first use.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public MaksudDanTujuan(string? heading, string text)
        : base(KakSectionKind.MaksudDanTujuan, heading, text)
    {
    }

    /// <inheritdoc/>
    internal override bool HasDerivedValues => base.HasDerivedValues || parts.IsComputed;

    /// <inheritdoc/>
    internal override void ForgetDerivedValues()
    {
        base.ForgetDerivedValues();
        parts.Forget();
    }

    /// <summary>Gets the purpose (<c>maksud</c>).</summary>
    /// <value>The text after <c>Maksud :</c>, or <see langword="null"/> when no part could be told apart.</value>
    public string? Maksud => Read().Maksud;

    /// <summary>Gets the objective (<c>tujuan</c>).</summary>
    /// <value>The text after <c>Tujuan :</c>, or <see langword="null"/> when absent.</value>
    public string? Tujuan => Read().Tujuan;

    private Parts Read() => parts.Get(this, static section => Parts.From(section.Body));

    private static string? Clean(ReadOnlySpan<char> part)
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

    /// <summary>Finds a sentence that starts with <paramref name="word"/> and a space (at the text's start, a line's start
    /// or after a full stop) at or after <paramref name="from"/>; returns its start, or -1.</summary>
    private static int FindSentence(string text, string word, int from)
    {
        for (int i = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase); i >= 0 && i + word.Length < text.Length;
            i = text.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            ReadOnlySpan<char> before = text.AsSpan(0, i).TrimEnd(' ');
            if (text[i + word.Length] == ' ' && (before.IsEmpty || before[^1] is '\n' or '.' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Both parts, read together from the body (a pure function of the text, so equality is unaffected).</summary>
    private sealed class Parts
    {
        private Parts(string? maksud, string? tujuan)
        {
            Maksud = maksud;
            Tujuan = tujuan;
        }

        public string? Maksud { get; }

        public string? Tujuan { get; }

        public static Parts From(string body)
        {
            string? maksud = null;
            string? tujuan = null;
            int maksudAt = FindLabel(body, "maksud", 0, out int maksudEnd);
            int tujuanAt = FindLabel(body, "tujuan", maksudAt < 0 ? 0 : maksudEnd, out int tujuanEnd);
            if (maksudAt < 0 && tujuanAt < 0)
            {
                // No labels: sentences that start with the words ("Maksud kegiatan ini adalah ..."), kept whole.
                maksudAt = maksudEnd = FindSentence(body, "Maksud", 0);
                tujuanAt = tujuanEnd = FindSentence(body, "Tujuan", maksudAt < 0 ? 0 : maksudAt + 1);
            }
            if (maksudAt >= 0)
            {
                maksud = Clean(body.AsSpan(maksudEnd..(tujuanAt >= 0 ? tujuanAt : body.Length)));
            }
            else if (tujuanAt > 0)
            {
                maksud = Clean(body.AsSpan(..tujuanAt));
            }

            if (tujuanAt >= 0)
            {
                tujuan = Clean(body.AsSpan(tujuanEnd..));
            }

            return new Parts(maksud, tujuan);
        }
    }
}
