using System;

namespace Rkaskpd.Forms;

/// <summary>Names and recognises the <see cref="IndicatorKind"/> labels of the indicator table.</summary>
public static class IndicatorKinds
{
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

        switch (key[..length])
        {
            case "capaianprogram" or "capaian":
                kind = IndicatorKind.CapaianProgram;
                return true;
            case "capaiankegiatan":
                kind = IndicatorKind.CapaianKegiatan;
                return true;
            case "masukan" or "input":
                kind = IndicatorKind.Masukan;
                return true;
            case "keluaran" or "output":
                kind = IndicatorKind.Keluaran;
                return true;
            case "hasil" or "outcome":
                kind = IndicatorKind.Hasil;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
