using System.Globalization;

namespace Rkaskpd.Forms;

/// <summary>
/// The one owner of the model paths that name a part of an <see cref="RkaForm"/> (<c>header.kegiatan</c>,
/// <c>amounts.currentYear.terbilang</c>, <c>indicators[1].target</c>, <c>kak.mekanisme.jadwal[0]</c>,
/// <c>rincian[3].jumlah</c>, <c>rincian.total</c>): the reader records the source line of each path, the rules report
/// their findings at these paths (<c>Diagnostic.Path</c>), and <c>RkaReadResult.LineOf</c> finds the line again. The
/// path segments are the JSON member names of the part.
/// </summary>
internal static class ModelPaths
{
    /// <summary>The header as a whole.</summary>
    public const string Header = "header";

    /// <summary>The <c>pemerintah daerah</c>.</summary>
    public const string PemerintahDaerah = "header.pemerintahDaerah";

    /// <summary>The <c>tahun anggaran</c>.</summary>
    public const string TahunAnggaran = "header.tahunAnggaran";

    /// <summary>The urusan field.</summary>
    public const string Urusan = "header.urusan";

    /// <summary>The bidang urusan field (SIPD).</summary>
    public const string BidangUrusan = "header.bidangUrusan";

    /// <summary>The organisasi field.</summary>
    public const string Organisasi = "header.organisasi";

    /// <summary>The unit organisasi field.</summary>
    public const string UnitOrganisasi = "header.unitOrganisasi";

    /// <summary>The sub unit organisasi field.</summary>
    public const string SubUnitOrganisasi = "header.subUnitOrganisasi";

    /// <summary>The program field.</summary>
    public const string Program = "header.program";

    /// <summary>The kegiatan field.</summary>
    public const string Kegiatan = "header.kegiatan";

    /// <summary>The sub kegiatan field (SIPD).</summary>
    public const string SubKegiatan = "header.subKegiatan";

    /// <summary>The lokasi kegiatan.</summary>
    public const string Lokasi = "header.lokasi";

    /// <summary>The sasaran program (SIPD).</summary>
    public const string SasaranProgram = "header.sasaranProgram";

    /// <summary>The sumber pendanaan (SIPD).</summary>
    public const string SumberPendanaan = "header.sumberPendanaan";

    /// <summary>The waktu pelaksanaan (SIPD).</summary>
    public const string WaktuPelaksanaan = "header.waktuPelaksanaan";

    /// <summary>The keluaran sub kegiatan (SIPD).</summary>
    public const string KeluaranSubKegiatan = "header.keluaranSubKegiatan";

    /// <summary>The amount rows as a whole.</summary>
    public const string Amounts = "amounts";

    /// <summary>The year-n row's values before the amendment and its difference, on a perubahan form.</summary>
    public const string PerubahanAmounts = "amounts.currentYear.perubahan";

    /// <summary>The year-n row's difference (<c>Bertambah/(Berkurang)</c>), on a perubahan form.</summary>
    public const string PerubahanSelisih = "amounts.currentYear.perubahan.selisih";

    /// <summary>The terbilang of the year-n amount before the amendment (<c>Jumlah Tahun n Sebelum Perubahan</c>).</summary>
    public const string PerubahanSebelumTerbilang = "amounts.currentYear.perubahan.sebelumTerbilang";

    /// <summary>The indicator table as a whole.</summary>
    public const string Indicators = "indicators";

    /// <summary>The kelompok sasaran.</summary>
    public const string KelompokSasaran = "kelompokSasaran";

    /// <summary>The KAK as a whole.</summary>
    public const string Kak = "kak";

    /// <summary>The rincian table as a whole.</summary>
    public const string Rincian = "rincian";

    /// <summary>The rincian table's printed total row (the <c>JUMLAH</c> row under the table).</summary>
    public const string RincianTotal = "rincian.total";

    /// <summary>The jumlah before the amendment on a perubahan form's rincian total row (its Sebelum Perubahan group).</summary>
    public const string RincianTotalSebelum = "rincian.total.jumlahSebelum";

    /// <summary>A DPA's <c>Rencana Penarikan Dana</c> (its title line).</summary>
    public const string RencanaPenarikan = "rencanaPenarikan";

    /// <summary>The <c>Jumlah</c> printed under the <c>Rencana Penarikan Dana</c>.</summary>
    public const string RencanaPenarikanJumlah = "rencanaPenarikan.jumlah";

    // The paths of the first rows, made once: every form has a few indicators and many have rincian rows.
    private static readonly string[] IndicatorPaths = MakePaths(Indicators, 16);
    private static readonly string[] RincianPaths = MakePaths(Rincian, 64);

    /// <summary>The amount row at <paramref name="position"/> (<c>amounts.currentYear</c>).</summary>
    public static string AmountRow(AmountPosition position) => position switch
    {
        AmountPosition.PreviousYear => "amounts.previousYear",
        AmountPosition.CurrentYear => "amounts.currentYear",
        _ => "amounts.nextYear",
    };

    /// <summary>The amount of the row at <paramref name="position"/> (<c>amounts.currentYear.amount</c>).</summary>
    public static string Amount(AmountPosition position) => position switch
    {
        AmountPosition.PreviousYear => "amounts.previousYear.amount",
        AmountPosition.CurrentYear => "amounts.currentYear.amount",
        _ => "amounts.nextYear.amount",
    };

    /// <summary>The terbilang of the row at <paramref name="position"/> (<c>amounts.currentYear.terbilang</c>).</summary>
    public static string Terbilang(AmountPosition position) => position switch
    {
        AmountPosition.PreviousYear => "amounts.previousYear.terbilang",
        AmountPosition.CurrentYear => "amounts.currentYear.terbilang",
        _ => "amounts.nextYear.terbilang",
    };

    /// <summary>The indicator at <paramref name="index"/> (<c>indicators[1]</c>).</summary>
    public static string Indicator(int index) => Indexed(Indicators, IndicatorPaths, index);

    /// <summary>The target of the indicator at <paramref name="index"/> (<c>indicators[1].target</c>).</summary>
    public static string IndicatorTarget(int index) => Indicator(index) + ".target";

    /// <summary>The KAK section of <paramref name="kind"/> (<c>kak.mekanisme</c>).</summary>
    public static string KakSection(KakSectionKind kind) => kind switch
    {
        KakSectionKind.LatarBelakang => "kak.latarBelakang",
        KakSectionKind.DasarHukum => "kak.dasarHukum",
        KakSectionKind.MaksudDanTujuan => "kak.maksudDanTujuan",
        KakSectionKind.BentukKegiatan => "kak.bentukKegiatan",
        KakSectionKind.KonsepKegiatan => "kak.konsepKegiatan",
        KakSectionKind.Mekanisme => "kak.mekanisme",
        KakSectionKind.Alur => "kak.alur",
        _ => "kak.manfaat",
    };

    /// <summary>The unrecognised KAK section at <paramref name="index"/> (<c>kak.unrecognized[0]</c>).</summary>
    public static string KakUnrecognized(int index) => "kak.unrecognized[" + Text(index) + "]";

    /// <summary>The schedule entry at <paramref name="index"/> of the mekanisme (<c>kak.mekanisme.jadwal[0]</c>).</summary>
    public static string Jadwal(int index) => "kak.mekanisme.jadwal[" + Text(index) + "]";

    /// <summary>The rincian line at <paramref name="index"/> (<c>rincian[3]</c>).</summary>
    public static string RincianLine(int index) => Indexed(Rincian, RincianPaths, index);

    /// <summary>The jumlah of the rincian line at <paramref name="index"/> (<c>rincian[3].jumlah</c>).</summary>
    public static string RincianJumlah(int index) => RincianLine(index) + ".jumlah";

    private static string Indexed(string name, string[] made, int index) =>
        index >= 0 && index < made.Length ? made[index] : name + "[" + Text(index) + "]";

    private static string Text(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static string[] MakePaths(string name, int count)
    {
        var made = new string[count];
        for (int i = 0; i < count; i++)
        {
            made[i] = name + "[" + Text(i) + "]";
        }

        return made;
    }
}
