using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// The <c>Sumber Pendanaan</c> (source of funds) field of an SIPD-era form, as written, and the sources it lists.
/// </summary>
/// <remarks>
/// Several sources are separated by <c>;</c> or by line ends; a source may end with its amount
/// (<c>DAU Rp. 3.000.000,00; PAD Rp. 1.500.000,00</c>). The parts are read from the text, so the text alone is the
/// value (and the only member in JSON).
/// </remarks>
public sealed record SumberPendanaan
{
    /// <summary>Creates the field from its text as written.</summary>
    /// <param name="text">The text, e.g. <c>DAK Non Fisik - BOK Puskesmas</c>.</param>
    [JsonConstructor]
    public SumberPendanaan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Parts = EquatableList<SumberPendanaanPart>.From(ReadParts(text));
    }

    /// <summary>Gets the field as written.</summary>
    public string Text { get; }

    /// <summary>Gets the sources listed, in the order written, each with its amount where the form gives one; empty
    /// for an empty text.</summary>
    [JsonIgnore]
    public IReadOnlyList<SumberPendanaanPart> Parts { get; }

    /// <summary>Gets whether every source listed carries an amount (so that the amounts can be added up).</summary>
    [JsonIgnore]
    public bool HasAmounts
    {
        get
        {
            if (Parts.Count == 0)
            {
                return false;
            }

            foreach (SumberPendanaanPart part in Parts)
            {
                if (part.Amount is null)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static List<SumberPendanaanPart> ReadParts(string text)
    {
        var parts = new List<SumberPendanaanPart>();
        foreach (string segment in text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int rp = segment.LastIndexOf("Rp", StringComparison.OrdinalIgnoreCase);
            if (rp >= 0 && Rupiah.TryParse(segment[rp..], out Rupiah amount))
            {
                parts.Add(new SumberPendanaanPart(segment[..rp].TrimEnd(' ', '\t', ':', '-', '=').Trim(), amount));
            }
            else
            {
                parts.Add(new SumberPendanaanPart(segment, null));
            }
        }

        return parts;
    }
}
