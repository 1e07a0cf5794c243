using System;

namespace Rkaskpd.Forms;

/// <summary>Names and recognises the <see cref="IndicatorKind"/> labels of the indicator table.</summary>
public static class IndicatorKinds
{
    /// <summary>The one list of indicator kind labels and their known variants, as written. The reader matches the
    /// first <see cref="InLineCount"/> at a position in a line (<c>RawLabels.TryMatchIndicatorKind</c>); a bare
    /// <c>Capaian</c> after them is recognised only as a whole label.</summary>
    private static readonly (string Text, IndicatorKind Kind)[] Texts =
    [
        ("Capaian Program", IndicatorKind.CapaianProgram),
        ("Capaian Kegiatan", IndicatorKind.CapaianKegiatan),
        ("Masukan", IndicatorKind.Masukan),
        ("Keluaran", IndicatorKind.Keluaran),
        ("Hasil", IndicatorKind.Hasil),
        ("Input", IndicatorKind.Masukan),
        ("Output", IndicatorKind.Keluaran),
        ("Outcome", IndicatorKind.Hasil),
        ("Capaian", IndicatorKind.CapaianProgram),
    ];

    private const int InLineCount = 8;

    /// <summary>Gets the kind labels the reader matches at a position in a line, as written, longest first where one
    /// starts another.</summary>
    internal static ReadOnlySpan<(string Text, IndicatorKind Kind)> InLine => Texts.AsSpan(0, InLineCount);

    /// <summary>Gets the indicator kinds every form needs, in the order the form lists them (SIPD-era forms add
    /// <see cref="IndicatorKind.CapaianKegiatan"/>, which is not required).</summary>
    public static ReadOnlySpan<IndicatorKind> All =>
        [IndicatorKind.CapaianProgram, IndicatorKind.Masukan, IndicatorKind.Keluaran, IndicatorKind.Hasil];

    /// <summary>Gets the label the form prints for an indicator kind, e.g. <c>Capaian Program</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string GetLabel(IndicatorKind kind) => kind switch
    {
        IndicatorKind.CapaianProgram => "Capaian Program",
        IndicatorKind.Masukan => "Masukan",
        IndicatorKind.Keluaran => "Keluaran",
        IndicatorKind.Hasil => "Hasil",
        IndicatorKind.CapaianKegiatan => "Capaian Kegiatan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an indicator kind."),
    };

    /// <summary>
    /// Recognises an indicator label as written: any case and spacing, a trailing colon, and the English glosses some
    /// regions print (<c>Input</c>, <c>Output</c>, <c>Outcome</c>).
    /// </summary>
    /// <param name="label">The label, e.g. <c>Capaian  Program :</c>.</param>
    /// <param name="kind">The kind recognised.</param>
    /// <returns>Whether the label names an indicator kind.</returns>
    public static bool TryRecognize(ReadOnlySpan<char> label, out IndicatorKind kind)
    {
        Span<char> key = stackalloc char[24];
        int length = 0;
        foreach (char c in label)
        {
            if (char.IsLetter(c))
            {
                if (length == key.Length)
                {
                    kind = default;
                    return false;
                }

                key[length++] = char.ToLowerInvariant(c);
            }
            else if (!char.IsWhiteSpace(c) && c != ':' && c != '*')
            {
                kind = default;
                return false;
            }
        }

        foreach ((string text, IndicatorKind k) in Texts)
        {
            if (IsLettersOf(key[..length], text))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Returns whether <paramref name="key"/> (lower-case letters) is the letters of <paramref name="text"/>.</summary>
    private static bool IsLettersOf(ReadOnlySpan<char> key, string text)
    {
        int k = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (k == key.Length || key[k] != char.ToLowerInvariant(c))
            {
                return false;
            }

            k++;
        }

        return k == key.Length;
    }
}
