using System;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// The carried totals an older print sets where the rincian table breaks over a page: <c>Jumlah dipindahkan</c> (or
/// <c>Jumlah yang dipindahkan</c>) with the running total at the foot of a page, and <c>Jumlah pindahan</c> with the
/// same total atop the next. They are page furniture, not the table's total row: the table goes on after them. A
/// total brought forward that differs from the one carried from the page before is reported (RKA024), since one of
/// the two was typed wrong; a pair that agrees says nothing the lines do not.
/// </summary>
internal sealed class CarriedTotal
{
    private readonly NoteSink notes;
    private string? carried;
    private int carriedLine;

    /// <summary>Initialises a reader of carried totals that reports to <paramref name="notes"/>.</summary>
    public CarriedTotal(NoteSink notes) => this.notes = notes;

    /// <summary>Forgets the total carried last (a new table).</summary>
    public void Reset() => carried = null;

    /// <summary>Takes <paramref name="row"/> when it is a carried total (no kode rekening, volume or harga satuan, a
    /// jumlah, and an uraian that says the total is carried: <see cref="IsCarried"/>).</summary>
    public bool TryTake(RawRincianLine row, int line)
    {
        if (row.KodeRekening is not null || row.VolumeText.Length > 0 || row.HargaSatuanText.Length > 0
            || row.JumlahText.Length == 0 || !IsCarried(row.Uraian, out bool broughtForward))
        {
            return false;
        }

        if (!broughtForward)
        {
            (carried, carriedLine) = (row.JumlahText, line);
        }
        else if (carried is not null && Rupiah.TryParse(carried, out Rupiah before) && Rupiah.TryParse(row.JumlahText, out Rupiah after)
            && before != after)
        {
            notes.Add(line, TextReaderMessages.CarriedTotalDiffers, TextReaderMessages.CarriedTotals(row.JumlahText, carried, carriedLine));
        }

        return true;
    }

    /// <summary>Returns whether <paramref name="uraian"/> names a carried total: <c>Jumlah</c> (or <c>Sub Jumlah</c>,
    /// <c>Total</c>) and then <c>dipindahkan</c> (carried to the next page) or <c>pindahan</c> (brought from the page
    /// before), perhaps with <c>yang</c> between and the page after (<c>ke halaman berikutnya</c>).</summary>
    internal static bool IsCarried(string uraian, out bool broughtForward)
    {
        broughtForward = false;
        ReadOnlySpan<char> rest = uraian.AsSpan().TrimEnd(" :");
        if (!(StartsWithWord(ref rest, "Jumlah") || StartsWithWord(ref rest, "Total")
            || (StartsWithWord(ref rest, "Sub") && StartsWithWord(ref rest, "Jumlah"))))
        {
            return false;
        }

        _ = StartsWithWord(ref rest, "yang");
        if (StartsWithWord(ref rest, "pindahan"))
        {
            broughtForward = true;
        }
        else if (!StartsWithWord(ref rest, "dipindahkan") && !(StartsWithWord(ref rest, "di") && StartsWithWord(ref rest, "pindahkan")))
        {
            return false;
        }

        return rest.IsEmpty || rest.StartsWith("ke ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("dari ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("(", StringComparison.Ordinal);
    }

    /// <summary>Consumes <paramref name="word"/> and the spaces after it from the start of <paramref name="rest"/>
    /// (<see cref="RawLabels.TryMatchWords"/>: ignoring case, a whole word); false, and <paramref name="rest"/>
    /// unchanged, when it does not start with it.</summary>
    private static bool StartsWithWord(ref ReadOnlySpan<char> rest, string word)
    {
        if (!RawLabels.TryMatchWords(rest, 0, word, out int end))
        {
            return false;
        }

        rest = rest[end..].TrimStart(' ');
        return true;
    }
}
