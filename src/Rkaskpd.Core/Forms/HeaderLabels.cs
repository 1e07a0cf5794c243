using System;
using Rkaskpd.Utility;

namespace Rkaskpd.Forms;

/// <summary>
/// The form vocabulary's header labels (<c>Urusan Pemerintahan</c>, <c>Kegiatan</c>, SIPD's <c>Sub Kegiatan</c> ...)
/// with their known variants, and the one fuzzy matcher and threshold for their misspellings. The reader matches labels
/// with it (<c>RawLabels</c>), and the rule <c>RKA402</c> (<c>LabelSpellingRule</c>) decides with it whether a label
/// the model holds is misspelled, so both always agree.
/// </summary>
internal static class HeaderLabels
{
    /// <summary>The longest known label, in characters (bounds the fuzzy candidates).</summary>
    public const int MaxLength = 40;

    private const int StackLimit = 128;

    private static readonly (string Text, HeaderFieldKind Kind)[] Labels =
    [
        ("Latar Belakang Perubahan", HeaderFieldKind.LatarBelakangPerubahan),
        ("Plafon Anggaran Sementara", HeaderFieldKind.PlafonAnggaran),
        ("Keluaran Sub Kegiatan", HeaderFieldKind.KeluaranSubKegiatan),
        ("Kelompok Sasaran Kegiatan", HeaderFieldKind.KelompokSasaran),
        ("Bidang Pemerintahan", HeaderFieldKind.BidangUrusan),
        ("Sub Unit Organisasi", HeaderFieldKind.UnitOrganisasi),
        ("Urusan Pemerintahan", HeaderFieldKind.Urusan),
        ("Urusan Pemerintah", HeaderFieldKind.Urusan),
        ("Waktu Pelaksanaan", HeaderFieldKind.WaktuPelaksanaan),
        ("Sumber Pendanaan", HeaderFieldKind.SumberDana),
        ("Kelompok Sasaran", HeaderFieldKind.KelompokSasaran),
        ("Unit Organisasi", HeaderFieldKind.UnitOrganisasi),
        ("Lokasi Kegiatan", HeaderFieldKind.Lokasi),
        ("Sasaran Program", HeaderFieldKind.SasaranProgram),
        ("Bidang Urusan", HeaderFieldKind.BidangUrusan),
        ("Sub Kegiatan", HeaderFieldKind.SubKegiatan),
        ("Sumber Dana", HeaderFieldKind.SumberDana),
        ("Organisasi", HeaderFieldKind.Organisasi),
        ("Kegiatan", HeaderFieldKind.Kegiatan),
        ("Program", HeaderFieldKind.Program),
        ("Urusan", HeaderFieldKind.Urusan),
        ("Lokasi", HeaderFieldKind.Lokasi),
        ("Unit", HeaderFieldKind.UnitOrganisasi),
    ];

    /// <summary>The labels as <see cref="Distance"/> compares them: white space squeezed, upper case.</summary>
    private static readonly string[] SqueezedLabels = Array.ConvertAll(Labels, l => Squeeze(l.Text, new char[l.Text.Length]).ToString());

    /// <summary>Gets the labels and their fields, longest first where one label starts another.</summary>
    public static ReadOnlySpan<(string Text, HeaderFieldKind Kind)> All => Labels;

    /// <summary>Returns the vocabulary's own string for a label spelled exactly as one (same case, same spaces), or
    /// null: a reader keeps that one string instead of a copy a form.</summary>
    public static string? Spelled(ReadOnlySpan<char> written)
    {
        foreach ((string text, _) in Labels)
        {
            if (written.SequenceEqual(text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Returns whether a whole label is one of the known labels, ignoring case and runs of white space.</summary>
    public static bool IsKnown(string label)
    {
        // No edit at all is the same squeezed, upper-case text: the label is squeezed once and compared with each
        // known label squeezed once for all (what Distance(label, text, 0) == 0 would find, without a table per label).
        Span<char> buffer = label.Length <= StackLimit ? stackalloc char[StackLimit] : new char[label.Length];
        ReadOnlySpan<char> squeezed = Squeeze(label, buffer);
        foreach (string known in SqueezedLabels)
        {
            if (squeezed.SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the known label nearest to a misspelled <paramref name="candidate"/>: within the one threshold
    /// (<see cref="Threshold"/>), and not equal to it.</summary>
    public static bool TryFuzzy(string candidate, out HeaderFieldKind kind, out string canonical)
    {
        int best = int.MaxValue;
        kind = default;
        canonical = string.Empty;
        foreach ((string text, HeaderFieldKind k) in All)
        {
            int d = Distance(candidate, text, Threshold(text.Length));
            if (d > 0 && d <= Threshold(text.Length) && d < best)
            {
                best = d;
                kind = k;
                canonical = text;
            }
        }

        return best != int.MaxValue;
    }

    /// <summary>The edit distance (<see cref="EditDistance.Bounded"/>), case-insensitive, with runs of white space
    /// counted as one space; <c>max + 1</c> when it exceeds <paramref name="max"/>.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        // The squeezed copies are never longer than the originals; short ones (all labels) live on the stack.
        Span<char> squeezedA = a.Length <= StackLimit ? stackalloc char[StackLimit] : new char[a.Length];
        Span<char> squeezedB = b.Length <= StackLimit ? stackalloc char[StackLimit] : new char[b.Length];
        return EditDistance.Bounded(Squeeze(a, squeezedA), Squeeze(b, squeezedB), max);
    }

    /// <summary>The vocabulary's one fuzzy threshold, for header labels and KAK headings alike: the edits a misspelling
    /// of a known text of <paramref name="length"/> characters may have: none up to five (so <c>Akur</c> is not
    /// <c>Alur</c>), one up to nine, two beyond.</summary>
    public static int Threshold(int length) => length switch
    {
        <= 5 => 0,
        <= 9 => 1,
        _ => 2,
    };

    private static ReadOnlySpan<char> Squeeze(ReadOnlySpan<char> s, Span<char> chars)
    {
        int n = 0;
        bool space = false;
        foreach (char c in s.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    chars[n++] = ' ';
                }

                space = true;
            }
            else
            {
                chars[n++] = char.ToUpperInvariant(c);
                space = false;
            }
        }

        return chars[..n];
    }
}
