using System;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// One line of the <c>rincian belanja</c> (expenditure detail) table of an RKA-SKPD 2.2.1 form. A line either heads a
/// <c>kode rekening</c> (account code such as <c>5.2.2.01.01 Belanja Alat Tulis Kantor</c>) and carries its subtotal,
/// or it is a detail line under the last rekening with <c>volume</c> × <c>harga satuan</c> (unit price) =
/// <c>jumlah</c> (amount).
/// </summary>
public sealed record RincianLine
{
    /// <summary>Gets the <c>kode rekening</c> (account code) of a rekening line, or null for a detail line.</summary>
    public string? KodeRekening { get; init; }

    /// <summary>Gets the <c>uraian</c> (description).</summary>
    [JsonRequired]
    public string Uraian { get; init; } = string.Empty;

    /// <summary>Gets the <c>volume</c> (quantity) of a detail line, or null.</summary>
    public decimal? Volume { get; init; }

    /// <summary>Gets the <c>satuan</c> (unit) of a detail line, e.g. <c>rim</c>, or null.</summary>
    public string? Satuan { get; init; }

    /// <summary>Gets the <c>harga satuan</c> (unit price) of a detail line, or null.</summary>
    public Rupiah? HargaSatuan { get; init; }

    /// <summary>Gets the <c>jumlah</c> (amount): the subtotal of a rekening line, or volume × unit price of a detail line.</summary>
    public Rupiah? Jumlah { get; init; }

    /// <summary>Gets the values before the amendment and the printed difference of a <c>perubahan</c> (amended budget)
    /// form's line, whose <see cref="Volume"/>, <see cref="Satuan"/>, <see cref="HargaSatuan"/> and
    /// <see cref="Jumlah"/> are then the values after it; null on other forms (and left out of their JSON).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RincianPerubahan? Perubahan { get; init; }

    /// <summary>
    /// Gets the <c>koefisien</c> as SIPD prints it (<c>12 Bulan x 2 Orang</c>), whose product is <see cref="Volume"/>,
    /// or null where the form prints a plain volume.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Koefisien { get; init; }

    /// <summary>
    /// Gets the PPN (value added tax) rate in percent that SIPD prints beside the harga (<c>11%</c> is 11, <c>0</c> is
    /// 0), or null where the form has no PPN column. The jumlah of a detail line is volume × harga × (1 + PPN / 100).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Ppn { get; init; }

    /// <summary>
    /// Gets a value indicating whether this line is a group line: a heading over detail lines with no kode rekening,
    /// volume or harga. SIPD's rincian marks it (<c>[#] Alat Tulis Kantor</c>, the sub-group <c>[-] Kelas Ibu Hamil</c>;
    /// some prints space the marker, <c>[ # ]</c>, <c>[ - ]</c>) and gives it the subtotal of the detail lines below
    /// it, so sums of detail lines leave it out; other prints write the heading alone, with no satuan and no jumlah
    /// either (<c>a. Honorarium Panitia :</c>, <c>Kelas Ibu Hamil</c>), or with the subtotal of the lines under it
    /// (<see cref="IsSubtotal"/>).
    /// </summary>
    [JsonIgnore]
    public bool IsGroup => KodeRekening is null && Volume is null && HargaSatuan is null
        && (IsSubtotal || RincianSubtotals.GroupMarkerLevel(Uraian) > 0 || (Jumlah is null && Satuan is null && Koefisien is null && !string.IsNullOrWhiteSpace(Uraian)));

    /// <summary>
    /// Gets a value indicating whether this line is a group heading of an older print that carries the subtotal of the
    /// detail lines under it without SIPD's marker (<c>Pekerjaan Persiapan 9.230.000,00</c> over the lines of that
    /// work): a line with a jumlah only that the detail lines after it, up to the next such line or rekening, add up to.
    /// The reader sets it; JSON carries it as <c>"subtotal": true</c> (left out when false). Such a line is a group line
    /// (<see cref="IsGroup"/>).
    /// </summary>
    [JsonPropertyName("subtotal")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsSubtotal { get; init; }

    /// <summary>Gets a value indicating whether this line heads a <c>kode rekening</c> rather than being a detail line.</summary>
    [JsonIgnore]
    public bool IsRekening => KodeRekening is not null;

    /// <summary>
    /// Gets the depth of the rekening code: the number of its dot-separated parts (<c>5.2.2.01.01</c> is 5); 0 for a
    /// detail line.
    /// </summary>
    [JsonIgnore]
    public int Level => KodeRekening is null ? 0 : KodeRekening.AsSpan().Trim().TrimEnd('.').Count('.') + 1;

    /// <summary>Creates a rekening line with its subtotal.</summary>
    /// <param name="kodeRekening">The account code, e.g. <c>5.2.2.01.01</c>.</param>
    /// <param name="uraian">The description.</param>
    /// <param name="jumlah">The subtotal.</param>
    /// <returns>The line.</returns>
    public static RincianLine Rekening(string kodeRekening, string uraian, Rupiah jumlah) =>
        new() { KodeRekening = kodeRekening, Uraian = uraian, Jumlah = jumlah };

    /// <summary>Creates a detail line with its amount computed as <paramref name="volume"/> × <paramref name="hargaSatuan"/>.</summary>
    /// <param name="uraian">The description.</param>
    /// <param name="volume">The quantity.</param>
    /// <param name="satuan">The unit.</param>
    /// <param name="hargaSatuan">The unit price.</param>
    /// <returns>The line.</returns>
    /// <exception cref="OverflowException">The amount is out of the range of <see cref="Rupiah"/>.</exception>
    public static RincianLine Detail(string uraian, decimal volume, string satuan, Rupiah hargaSatuan) => new()
    {
        Uraian = uraian,
        Volume = volume,
        Satuan = satuan,
        HargaSatuan = hargaSatuan,
        Jumlah = hargaSatuan.Multiply(volume, MidpointRounding.AwayFromZero),
    };
}
