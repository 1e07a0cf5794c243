using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;

namespace Rkaskpd.Forms;

/// <summary>
/// A schedule (<c>waktu pelaksanaan</c>, time of execution) from a KAK <c>Mekanisme</c>: the months it covers, the
/// duration it states, whether it recurs monthly, and the text as written.
/// </summary>
/// <remarks>
/// <para>
/// The schedule is read from one phrase (<see cref="Text"/>, e.g. <c>4 Bulan dalam tahun 2020</c>) and optionally the
/// <c>Pelaksanaan</c> phrase that details it (<see cref="PelaksanaanText"/>, e.g. <c>Bulan Pebruari s/d Mei 2020</c>).
/// Named months and ranges (<c>s/d</c>, <c>sampai dengan</c>, <c>hingga</c>, <c>-</c>) give <see cref="Months"/>; a month
/// without a year takes the year written later in the phrase, else the other phrase's year, else the
/// <c>tahun anggaran</c> (fiscal year). When no month is named, a schedule that recurs monthly, states 12 months or one
/// year, or says <c>sepanjang tahun</c> covers the whole of its single year (<see cref="MonthsAreInferred"/>).
/// Anything else (<c>Awal tahun 2020</c>) leaves <see cref="Months"/> empty while the text is kept.
/// </para>
/// <para>
/// The schedule does not judge itself; <see cref="MonthCountMatchesStatedMonths"/>, <see cref="MonthsOutside"/> and
/// <see cref="YearsOutside"/> give a validation rule what it needs. Equality compares every member, lists by content.
/// </para>
/// </remarks>
public sealed record WaktuPelaksanaan
{
    /// <summary>Initializes a schedule from its parts; <see cref="Parse(string, int?)"/> is the usual way.</summary>
    /// <param name="text">The schedule phrase as written.</param>
    /// <param name="pelaksanaanText">The <c>Pelaksanaan</c> phrase as written, if any.</param>
    /// <param name="months">The months covered; sorted and made distinct here.</param>
    /// <param name="monthsAreInferred">Whether the months were inferred rather than named.</param>
    /// <param name="statedMonths">The duration stated in months.</param>
    /// <param name="statedYears">The duration stated in years.</param>
    /// <param name="statedEvents">The number of events stated.</param>
    /// <param name="isRoutine">Whether the work recurs monthly.</param>
    /// <param name="years">The years mentioned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public WaktuPelaksanaan(
        string text,
        string? pelaksanaanText,
        IEnumerable<YearMonth>? months,
        bool monthsAreInferred,
        int? statedMonths,
        int? statedYears,
        int? statedEvents,
        bool isRoutine,
        IEnumerable<int>? years)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        PelaksanaanText = pelaksanaanText;
        Months = EquatableList<YearMonth>.From(months?.Distinct().Order());
        MonthsAreInferred = monthsAreInferred;
        StatedMonths = statedMonths;
        StatedYears = statedYears;
        StatedEvents = statedEvents;
        IsRoutine = isRoutine;
        Years = EquatableList<int>.From(years?.Distinct());
    }

    /// <summary>Initializes a schedule from parts that are already in final form (months sorted and distinct, years distinct).</summary>
    private WaktuPelaksanaan(
        string text,
        string? pelaksanaanText,
        YearMonth[] months,
        bool monthsAreInferred,
        int? statedMonths,
        int? statedYears,
        int? statedEvents,
        bool isRoutine,
        int[] years)
    {
        Text = text;
        PelaksanaanText = pelaksanaanText;
        Months = EquatableList<YearMonth>.From(months);
        MonthsAreInferred = monthsAreInferred;
        StatedMonths = statedMonths;
        StatedYears = statedYears;
        StatedEvents = statedEvents;
        IsRoutine = isRoutine;
        Years = EquatableList<int>.From(years);
    }

    /// <summary>Gets the label the schedule had in the <c>Mekanisme</c>, e.g. <c>Waktu Pelaksanaan Audiensi</c>.</summary>
    /// <value>The label as written, or <see langword="null"/> when the schedule stood alone.</value>
    public string? Label { get; init; }

    /// <summary>Gets the schedule phrase exactly as written.</summary>
    /// <value>For example <c>12 bulan dalam tahun 2020</c>.</value>
    public string Text { get; }

    /// <summary>Gets the <c>Pelaksanaan</c> (execution) phrase that details the schedule, exactly as written.</summary>
    /// <value>For example <c>Bulan Pebruari s/d Mei 2020</c>, or <see langword="null"/>.</value>
    public string? PelaksanaanText { get; }

    /// <summary>Gets the months the schedule covers, in order, without repeats.</summary>
    /// <value>Empty when the text names no month and no whole year can be inferred.</value>
    public IReadOnlyList<YearMonth> Months { get; }

    /// <summary>Gets whether <see cref="Months"/> was inferred (whole year) rather than read from month names.</summary>
    public bool MonthsAreInferred { get; }

    /// <summary>Gets the duration stated in months (<c>12 bulan</c>, <c>4 Bulan</c>).</summary>
    /// <value>The first <c>N bulan</c> of the text, or <see langword="null"/>.</value>
    public int? StatedMonths { get; }

    /// <summary>Gets the duration stated in years (<c>kurun waktu 1 tahun</c>).</summary>
    /// <value>The first <c>N tahun</c> of the text, or <see langword="null"/>.</value>
    public int? StatedYears { get; }

    /// <summary>Gets the number of events stated (<c>2 Kegiatan</c>, <c>3 kali</c>).</summary>
    /// <value>The count, or <see langword="null"/>.</value>
    public int? StatedEvents { get; }

    /// <summary>Gets whether the schedule recurs every month (<c>Tiap Bulan secara rutin</c>, <c>rutin tiap bulan</c>).</summary>
    public bool IsRoutine { get; }

    /// <summary>Gets the years (1900–2100) mentioned in the text, in order of appearance, without repeats.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>
    /// Gets whether the number of named months equals the stated duration in months, for a self-consistency rule.
    /// </summary>
    /// <value>
    /// <see langword="null"/> when there is nothing to compare: no stated months, no months, or months inferred from the
    /// duration itself.
    /// </value>
    [JsonIgnore]
    public bool? MonthCountMatchesStatedMonths =>
        StatedMonths is int stated && Months.Count > 0 && !MonthsAreInferred ? stated == Months.Count : null;

    /// <summary>Parses a schedule phrase. Never throws for any text.</summary>
    /// <param name="text">The phrase as written, e.g. <c>1 bulan pada bulan Agustus 2020</c>.</param>
    /// <param name="tahunAnggaran">The <c>tahun anggaran</c> (fiscal year), used when the phrase names no year.</param>
    /// <returns>The schedule; unknown phrasing gives no months, and the text is always kept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static WaktuPelaksanaan Parse(string text, int? tahunAnggaran) => Parse(text, null, tahunAnggaran);

    /// <summary>
    /// Parses a schedule phrase together with the <c>Pelaksanaan</c> phrase that details it. Never throws for any text.
    /// </summary>
    /// <param name="text">The schedule phrase, e.g. <c>4 Bulan dalam tahun 2020</c>.</param>
    /// <param name="pelaksanaanText">The detail, e.g. <c>Bulan Pebruari s/d Mei 2020</c>, or <see langword="null"/>.</param>
    /// <param name="tahunAnggaran">The <c>tahun anggaran</c> (fiscal year), used when no year is written.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static WaktuPelaksanaan Parse(string text, string? pelaksanaanText, int? tahunAnggaran)
    {
        ArgumentNullException.ThrowIfNull(text);
        ScheduleScanner waktu = ScheduleScanner.Scan(text);
        ScheduleScanner? detail = pelaksanaanText is null ? null : ScheduleScanner.Scan(pelaksanaanText);

        int[] years = DistinctYears(waktu.Years, detail?.Years);
        int? singleYear = years.Length == 1 ? years[0] : years.Length == 0 ? tahunAnggaran : null;

        var months = new List<YearMonth>();
        detail?.AddNamedMonths(months, detail.Years.Count > 0 ? detail.Years[^1] : waktu.Years.Count > 0 ? waktu.Years[^1] : tahunAnggaran);
        waktu.AddNamedMonths(months, waktu.Years.Count > 0 ? waktu.Years[^1] : tahunAnggaran);

        int? statedMonths = waktu.StatedMonths ?? detail?.StatedMonths;
        int? statedYears = waktu.StatedYears ?? detail?.StatedYears;
        bool routine = waktu.IsRoutine || (detail?.IsRoutine ?? false);
        bool wholeYear = routine || statedMonths == 12 || statedYears == 1 || waktu.WholeYear || (detail?.WholeYear ?? false);
        bool inferred = false;
        if (months.Count == 0 && wholeYear && singleYear is int year)
        {
            for (int month = 1; month <= 12; month++)
            {
                months.Add(new YearMonth(year, month));
            }

            inferred = true;
        }

        return new WaktuPelaksanaan(
            text,
            pelaksanaanText,
            SortedDistinct(months),
            inferred,
            statedMonths,
            statedYears,
            waktu.StatedEvents ?? detail?.StatedEvents,
            routine,
            years);
    }

    /// <summary>Sorts the months and drops repeats, as the public constructor does with <c>Distinct().Order()</c>.</summary>
    private static YearMonth[] SortedDistinct(List<YearMonth> months)
    {
        if (months.Count == 0)
        {
            return [];
        }

        months.Sort();
        int kept = 1;
        for (int i = 1; i < months.Count; i++)
        {
            if (!months[i].Equals(months[kept - 1]))
            {
                months[kept++] = months[i];
            }
        }

        return months.GetRange(0, kept).ToArray();
    }

    /// <summary>The years of both phrases in order of first appearance; each list is already without repeats.</summary>
    private static int[] DistinctYears(List<int> first, List<int>? second)
    {
        if (second is null || second.Count == 0)
        {
            return first.ToArray();
        }

        var years = new List<int>(first.Count + second.Count);
        years.AddRange(first);
        foreach (int year in second)
        {
            if (!years.Contains(year))
            {
                years.Add(year);
            }
        }

        return years.ToArray();
    }

    /// <summary>Returns the covered months that lie outside a <c>tahun anggaran</c> (fiscal year).</summary>
    /// <param name="tahunAnggaran">The fiscal year.</param>
    /// <returns>The months not in <paramref name="tahunAnggaran"/>, in order; empty when all are inside.</returns>
    public IReadOnlyList<YearMonth> MonthsOutside(int tahunAnggaran) =>
        EquatableList<YearMonth>.From(Months.Where(m => m.Year != tahunAnggaran));

    /// <summary>Returns the mentioned years other than a <c>tahun anggaran</c> (fiscal year).</summary>
    /// <param name="tahunAnggaran">The fiscal year.</param>
    /// <returns>The other years, in order of appearance.</returns>
    public IReadOnlyList<int> YearsOutside(int tahunAnggaran) =>
        EquatableList<int>.From(Years.Where(y => y != tahunAnggaran));
}
