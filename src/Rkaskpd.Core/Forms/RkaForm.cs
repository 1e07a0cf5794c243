using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// One RKA-SKPD 2.2.1 form (<c>Rencana Kerja dan Anggaran Satuan Kerja Perangkat Daerah</c>, the work plan and budget of
/// one regional-government unit) for one <c>kegiatan</c> (activity): its header, the three yearly amounts, the
/// performance indicators, the target group, the <c>Kerangka Acuan Kerja</c> (terms of reference) and, where the form
/// has them, the <c>rincian belanja</c> (expenditure detail) lines.
/// </summary>
/// <remarks>
/// The model keeps what the form says, as written, next to the typed values read from it, so that nothing is lost and
/// the validation rules can point at slips. Equality is by value over every part.
/// </remarks>
/// <example>
/// <code>
/// var form = new RkaForm
/// {
///     Header = new FormHeader
///     {
///         TahunAnggaran = 2020,
///         Kegiatan = HeaderField.Of(KegiatanCode.Parse("3.05.3.05.09.01.021"), "Pelayanan Administrasi Perkantoran"),
///     },
///     Amounts = FormAmounts.Create(2020, new Rupiah(479_077_000m), new Rupiah(551_204_390m), new Rupiah(606_324_829m)),
/// };
/// </code>
/// </example>
public sealed record RkaForm
{
    /// <summary>Gets the kind of document the form belongs to (RKA, DPA or their perubahan), read from its title.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DocumentKind Kind { get; init; }

    /// <summary>Gets the print template the form follows: the 13/2006 form 2.2.1 (the default) or the SIPD-era
    /// rincian belanja print.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public FormTemplate Template { get; init; }

    /// <summary>Gets the header: government, fiscal year, the four budget codes with their names, and the location.</summary>
    [JsonRequired]
    public FormHeader Header { get; init; } = new();

    /// <summary>Gets the three <c>Jumlah Tahun</c> rows: the amounts of years n-1, n and n+1.</summary>
    [JsonRequired]
    public FormAmounts Amounts { get; init; } = new();

    /// <summary>
    /// Gets the rows of the <c>Indikator &amp; Tolok Ukur Kinerja</c> table (indicators and performance measures), in
    /// the order written.
    /// </summary>
    public IReadOnlyList<Indicator> Indicators
    {
        get;
        init => field = EquatableList<Indicator>.From(value);
    } = EquatableList<Indicator>.Empty;

    /// <summary>Gets the <c>Kelompok Sasaran Kegiatan</c> (the activity's target group), or null when the form has none.</summary>
    public string? KelompokSasaran { get; init; }

    /// <summary>Gets the label of the <c>Kelompok Sasaran Kegiatan</c> field as written when it is not a known spelling of the label (a slip such
    /// as <c>Kelompok Sasaram Kegiatan</c>, which the rule <c>RKA402</c> reports); null when it is the canonical label or a known variant,
    /// or the form has no such field.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? KelompokSasaranLabel { get; init; }

    /// <summary>Gets the <c>Kerangka Acuan Kerja</c> (terms of reference), or null when the form has none.</summary>
    public Kak? Kak { get; init; }

    /// <summary>
    /// Gets the <c>rincian belanja</c> lines (expenditure detail by <c>kode rekening</c>, account code), in the order
    /// written; empty when the form has none (as in forms that carry only the KAK).
    /// </summary>
    public IReadOnlyList<RincianLine> Rincian
    {
        get;
        init => field = EquatableList<RincianLine>.From(value);
    } = EquatableList<RincianLine>.Empty;

    /// <summary>
    /// Gets the total row printed under the rincian table (<c>JUMLAH</c>), or null when the form prints none (or was
    /// built without one). Forms written before this member existed read as null.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RincianTotalRow? RincianTotal { get; init; }

    /// <summary>Gets the <c>Rencana Penarikan Dana</c> (disbursement plan by month or quarter) a DPA prints after its
    /// rincian, or null when the form has none (an RKA prints none); left out of JSON when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RencanaPenarikanDana? RencanaPenarikan { get; init; }

    /// <summary>Gets the signature block that closes the form (place and date, jabatan, name, NIP), or null when the
    /// form carries none; left out of JSON when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TandaTangan? TandaTangan { get; init; }

    /// <summary>Gets the kegiatan code as written on the form, for naming the form in messages.</summary>
    /// <value>The canonical 13/2006 kegiatan code when it parsed; otherwise the sub kegiatan code of an SIPD-era form
    /// (which names the form there); otherwise the kegiatan code as written; empty when the form has none.</value>
    /// <remarks>In JSON this is the form's first member, <c>"kegiatan"</c> (output only: reading takes the header).</remarks>
    [JsonPropertyName("kegiatan")]
    [JsonPropertyOrder(-1)]
    public string KegiatanCodeText =>
        Header.Kegiatan.Code is { } code ? code.ToString()
        : Header.SubKegiatan is { CodeText.Length: > 0 } sub ? sub.Code?.ToString() ?? sub.CodeText
        : Header.Kegiatan.CodeText;
}
