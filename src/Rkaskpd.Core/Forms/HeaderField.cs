using System;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// One coded line of a form's header (<c>Kegiatan : 3.05.3.05.09.01.021 Pelayanan ...</c>): the label, the code as
/// written, the code as read, and the name.
/// </summary>
/// <typeparam name="TCode">The code type: <see cref="Codes.UrusanCode"/>, <see cref="Codes.OrganisasiCode"/>,
/// <see cref="Codes.ProgramCode"/> or <see cref="Codes.KegiatanCode"/>.</typeparam>
/// <param name="Label">The label as written, e.g. <c>Kegiatan</c> (kept so that misspelled labels can be reported).</param>
/// <param name="CodeText">The code as written, e.g. <c>3.05.3.05.09.01.021</c> or <c>3.05 . 3.05.09 . 01 . 021</c>.</param>
/// <param name="Code">The code read from <paramref name="CodeText"/>, or null when it could not be read.</param>
/// <param name="Name">The name as written, e.g. <c>Pelayanan Admistrasi dan Opsional Perkantoran</c>.</param>
public sealed record HeaderField<TCode>(string Label, string CodeText, TCode? Code, string Name)
    where TCode : struct
{
    /// <summary>Gets a value indicating whether the form has this line at all (a code or a name).</summary>
    [JsonIgnore]
    public bool IsPresent => CodeText.Length > 0 || Name.Length > 0;
}

/// <summary>Creates <see cref="HeaderField{TCode}"/> values.</summary>
public static class HeaderField
{
    /// <summary>Creates a header field from a code and a name, with the code written canonically.</summary>
    /// <typeparam name="TCode">The code type.</typeparam>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="label">The label; by default the canonical label of the code's level.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static HeaderField<TCode> Of<TCode>(TCode code, string name, string? label = null)
        where TCode : struct, ISpanFormattable
    {
        ArgumentNullException.ThrowIfNull(name);
        return new HeaderField<TCode>(label ?? CanonicalLabel<TCode>(), code.ToString() ?? string.Empty, code, name);
    }

    /// <summary>Creates the field of a header line the form does not have.</summary>
    /// <typeparam name="TCode">The code type.</typeparam>
    /// <param name="label">The label of the line; by default the canonical label of the code's level.</param>
    /// <returns>A field with empty code text, no code and an empty name.</returns>
    public static HeaderField<TCode> Missing<TCode>(string? label = null)
        where TCode : struct => new(label ?? CanonicalLabel<TCode>(), string.Empty, null, string.Empty);

    /// <summary>Gets the label the RKA-SKPD 2.2.1 form prints for a code level.</summary>
    /// <typeparam name="TCode">The code type.</typeparam>
    /// <returns><c>Urusan Pemerintahan</c>, <c>Organisasi</c>, <c>Program</c> or <c>Kegiatan</c>.</returns>
    public static string CanonicalLabel<TCode>()
        where TCode : struct => typeof(TCode) switch
        {
            var t when t == typeof(Codes.UrusanCode) => "Urusan Pemerintahan",
            var t when t == typeof(Codes.OrganisasiCode) => "Organisasi",
            var t when t == typeof(Codes.ProgramCode) => "Program",
            var t when t == typeof(Codes.KegiatanCode) => "Kegiatan",
            var t when t == typeof(Codes.BidangUrusanCode) => "Bidang Urusan",
            var t when t == typeof(Codes.SubKegiatanCode) => "Sub Kegiatan",
            var t when t == typeof(Codes.SkpdCode) => "Unit Organisasi",
            _ => typeof(TCode).Name,
        };
}
