using System;
using System.Text.Json.Serialization;
using NodaTime;

namespace Rkaskpd.Forms;

/// <summary>
/// The signature block that closes a form (<c>tanda tangan</c>): the place and date of signing, the signatory's
/// <c>jabatan</c> (position, e.g. <c>Kepala Kecamatan Lumajang</c>), name, <c>pangkat</c> (rank) when printed, and
/// <c>NIP</c> (civil-servant number), each as written on the form.
/// </summary>
/// <remarks>
/// <para>The reader fills it from a form's closing block when that block names a signatory, i.e. has a <c>NIP</c>
/// line (<c>NIP. 19650817 199003 1 009</c>); the name is the line above it (above the pangkat, when a rank such as
/// <c>Pembina Utama Muda</c> stands between them), the jabatan the lines between the place and date
/// (<c>Lumajang, 10 Oktober 2019</c>) and the name. Each part is null when the block does not carry it.</para>
/// <para>Equality is by value over every property.</para>
/// </remarks>
/// <example>
/// <code>
/// var signature = new TandaTangan
/// {
///     Tempat = "Lumajang",
///     Tanggal = "10 Oktober 2019",
///     Jabatan = "Kepala Kecamatan Lumajang",
///     Nama = "Drs. AGUS PRIYANTO, M.Si",
///     Nip = "19650817 199003 1 009",
/// };
/// </code>
/// </example>
public sealed record TandaTangan
{
    /// <summary>Gets the place of signing as written, e.g. <c>Lumajang</c>, or null.</summary>
    public string? Tempat { get; init; }

    /// <summary>Gets the date of signing as written, e.g. <c>10 Oktober 2019</c> or <c>Nopember 2018</c>, or null.</summary>
    public string? Tanggal { get; init; }

    /// <summary>Gets the signatory's <c>jabatan</c> (position) as written, e.g. <c>Kepala Kecamatan Lumajang</c>, or null.</summary>
    public string? Jabatan { get; init; }

    /// <summary>Gets the signatory's name as written, e.g. <c>Drs. AGUS PRIYANTO, M.Si</c>, or null.</summary>
    public string? Nama { get; init; }

    /// <summary>Gets the signatory's <c>pangkat</c> (civil-service rank, often with its <c>golongan</c>) as written on a
    /// line of its own between the name and the NIP, e.g. <c>Pembina Utama Muda</c> or <c>Pembina Tk. I (IV/b)</c>, or
    /// null (most forms print none; left out of the JSON then).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Pangkat { get; init; }

    /// <summary>Gets the signatory's <c>NIP</c> (<c>Nomor Induk Pegawai</c>) as written, without the <c>NIP.</c> label,
    /// e.g. <c>19650817 199003 1 009</c>, or null.</summary>
    public string? Nip { get; init; }

    /// <summary>Gets the date of signing read from <see cref="Tanggal"/> when it names a day, an Indonesian month and a
    /// year (<c>10 Oktober 2019</c>, <c>1 Pebruari 2020</c>); null otherwise.</summary>
    [JsonIgnore]
    public LocalDate? Date => ReadDate(Tanggal);

    private static LocalDate? ReadDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        Span<Range> parts = stackalloc Range[4];
        ReadOnlySpan<char> span = text.AsSpan().Trim();
        if (span.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries) != 3
            || !int.TryParse(span[parts[0]], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int day)
            || !int.TryParse(span[parts[2]], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year))
        {
            return null;
        }

        int month = IndonesianMonths.LookupAnyCase(span[parts[1]]);
        return month > 0 && year is >= 1900 and <= 9999 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }
}
