using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class WaktuPelaksanaanTests
{
    /// <summary>Phrase, detail, TA, expected months as "yyyy-MM" joined by spaces, stated months, events, routine.</summary>
    public static TheoryData<string, string?, int?, string, int?, int?, bool> Phrasings => new()
    {
        // the seed's phrasings (Lumajang 2020)
        { "12 bulan dalam tahun 2020", "Tiap Bulan secara rutin", 2020, All(2020), 12, null, true },
        { "4 Bulan dalam tahun 2020", "Bulan Pebruari s/d Mei 2020", 2020, "2020-02 2020-03 2020-04 2020-05", 4, null, false },
        { "1 bulan dalam tahun 2020", "bulan September 2020", 2020, "2020-09", 1, null, false },
        { "1 bulan dalam tahun 2020", "bulan Januari 2020 - Waktu", 2020, "2020-01", 1, null, false },
        { "2 Kegiatan dalam tahun 2020", "bulan April dan Agustus tahun 2020", 2020, "2020-04 2020-08", null, 2, false },
        { "2 Kegiatan dalam tahun 2020", "bulan Mei dan Nopember tahun 2020", 2020, "2020-05 2020-11", null, 2, false },
        { "12 Bulan dalam th 2020", "Pembayaran dilakukan rutin tiap bulan dalam tahun 2020", 2020, All(2020), 12, null, true },
        { "Awal tahun 2020", "Januari 2020", 2020, "2020-01", null, null, false },
        { "kurun waktu 1 tahun menyesuaikan kegiatan kelembagaan dalam tahun 2020", "bulanPebruari s/d Desember 2020", 2020,
            "2020-02 2020-03 2020-04 2020-05 2020-06 2020-07 2020-08 2020-09 2020-10 2020-11 2020-12", null, null, false },
        { "1 bulan pada bulan Agustus 2020", null, 2020, "2020-08", 1, null, false },
        { "Awal tahun 2020", null, 2020, "", null, null, false },
        // variants
        { "Maret sampai dengan Juni", null, 2021, "2021-03 2021-04 2021-05 2021-06", null, null, false },
        { "Februari hingga April 2019", null, 2020, "2019-02 2019-03 2019-04", null, null, false },
        { "Okt - Des 2020", null, null, "2020-10 2020-11 2020-12", null, null, false },
        { "Oktober 2019 s.d. Maret 2020", null, 2020, "2019-10 2019-11 2019-12 2020-01 2020-02 2020-03", null, null, false },
        { "Nopember s/d Februari 2021", null, null, "2020-11 2020-12 2021-01 2021-02", null, null, false },
        { "tiga bulan: Juli, Agustus, September", null, 2022, "2022-07 2022-08 2022-09", 3, null, false },
        { "dua belas bulan", null, 2020, All(2020), 12, null, false },
        { "rutin tiap bulan", null, 2023, All(2023), null, null, true },
        { "Tiap Bulan secara rutin", null, null, "", null, null, true },
        { "sepanjang tahun", null, 2020, All(2020), null, null, false },
        { "3 kali dalam setahun", null, 2020, All(2020), null, 3, false },
        { "Agustus", null, 2020, "2020-08", null, null, false },
        { "", null, 2020, "", null, null, false },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Parse_reads_months_duration_events_and_routine(
        string text, string? detail, int? ta, string months, int? statedMonths, int? events, bool routine)
    {
        WaktuPelaksanaan schedule = WaktuPelaksanaan.Parse(text, detail, ta);

        Assert.Equal(months, string.Join(" ", schedule.Months.Select(m => $"{m.Year:D4}-{m.Month:D2}")));
        Assert.Equal(statedMonths, schedule.StatedMonths);
        Assert.Equal(events, schedule.StatedEvents);
        Assert.Equal(routine, schedule.IsRoutine);
        Assert.Same(text, schedule.Text);
        Assert.Same(detail, schedule.PelaksanaanText);
    }

    [Fact]
    public void A_whole_year_from_the_duration_is_marked_inferred_and_not_compared()
    {
        WaktuPelaksanaan schedule = WaktuPelaksanaan.Parse("12 bulan dalam tahun 2020", 2020);
        Assert.True(schedule.MonthsAreInferred);
        Assert.Null(schedule.MonthCountMatchesStatedMonths);
    }

    [Theory]
    [InlineData("4 Bulan dalam tahun 2020", "Bulan Pebruari s/d Mei 2020", true)]
    [InlineData("4 Bulan dalam tahun 2020", "Bulan Pebruari s/d Juni 2020", false)]
    [InlineData("1 bulan pada bulan Agustus 2020", null, true)]
    public void MonthCountMatchesStatedMonths_compares_named_months_with_the_duration(string text, string? detail, bool expected) =>
        Assert.Equal(expected, WaktuPelaksanaan.Parse(text, detail, 2020).MonthCountMatchesStatedMonths);

    [Fact]
    public void MonthsOutside_and_YearsOutside_list_what_falls_outside_the_fiscal_year()
    {
        WaktuPelaksanaan schedule = WaktuPelaksanaan.Parse("Oktober 2019 s/d Februari 2020", 2020);
        Assert.Equal([new YearMonth(2019, 10), new YearMonth(2019, 11), new YearMonth(2019, 12)], schedule.MonthsOutside(2020));
        Assert.Equal([2019], schedule.YearsOutside(2020));
        Assert.Empty(WaktuPelaksanaan.Parse("bulan September 2020", 2020).MonthsOutside(2020));
    }

    [Fact]
    public void Years_lists_the_years_mentioned_once_each()
    {
        Assert.Equal([2020], WaktuPelaksanaan.Parse("12 bulan dalam tahun 2020", "Januari s/d Desember 2020", null).Years);
        Assert.Equal([2019, 2020], WaktuPelaksanaan.Parse("Oktober 2019 s/d Maret 2020", null).Years);
    }

    [Fact]
    public void A_month_without_a_year_falls_back_on_the_fiscal_year() =>
        Assert.Equal([new YearMonth(2024, 5)], WaktuPelaksanaan.Parse("bulan Mei", 2024).Months);

    [Fact]
    public void Equality_compares_lists_by_content()
    {
        WaktuPelaksanaan a = WaktuPelaksanaan.Parse("Bulan Pebruari s/d Mei 2020", 2020);
        WaktuPelaksanaan b = WaktuPelaksanaan.Parse(new string("Bulan Pebruari s/d Mei 2020".ToCharArray()), 2020);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Label = "Waktu" });
    }

    private static string All(int year) => string.Join(" ", Enumerable.Range(1, 12).Select(m => $"{year:D4}-{m:D2}"));

    [Theory]
    [InlineData("BULAN PEBRUARI S/D MEI 2020", "2020-02 2020-03 2020-04 2020-05")]
    [InlineData("Bulan Juni SAMPAI DENGAN Agustus 2020", "2020-06 2020-07 2020-08")]
    [InlineData("bulanAGUSTUS TAHUN 2021", "2021-08")]
    public void Words_are_read_in_any_case(string text, string expected) =>
        Assert.Equal(expected, string.Join(" ", WaktuPelaksanaan.Parse(text, 2020).Months.Select(m => m.ToString("yyyy-MM", null))));

    [Fact]
    public void Counts_are_read_in_any_case()
    {
        WaktuPelaksanaan schedule = WaktuPelaksanaan.Parse("DUA BELAS BULAN, 3 KALI, SEPANJANG TAHUN 2020", null);
        Assert.Equal(12, schedule.StatedMonths);
        Assert.Equal(3, schedule.StatedEvents);
        Assert.Equal(12, schedule.Months.Count);
    }

    /// <summary>
    /// The scanner lower-cases the whole phrase once rather than word by word; a phrase and its lower case (without
    /// markup, whose entity names are case-sensitive) must read the same.
    /// </summary>
    [Property(Arbitrary = new[] { typeof(KakArbitraries) })]
    public bool A_phrase_and_its_lower_case_read_the_same(KakTextSample text, KakTextSample detail)
    {
        if (text.Value.AsSpan().IndexOfAny('<', '&') >= 0 || detail.Value.AsSpan().IndexOfAny('<', '&') >= 0)
        {
            return true;
        }

        WaktuPelaksanaan written = WaktuPelaksanaan.Parse(text.Value, detail.Value, 2020);
        WaktuPelaksanaan lower = WaktuPelaksanaan.Parse(text.Value.ToLowerInvariant(), detail.Value.ToLowerInvariant(), 2020);
        return written.Months.SequenceEqual(lower.Months) && written.MonthsAreInferred == lower.MonthsAreInferred
            && written.StatedMonths == lower.StatedMonths && written.StatedYears == lower.StatedYears
            && written.StatedEvents == lower.StatedEvents && written.IsRoutine == lower.IsRoutine && written.Years.SequenceEqual(lower.Years);
    }

    [Property(Arbitrary = new[] { typeof(KakArbitraries) })]
    public bool Parse_builds_what_the_public_constructor_builds(KakTextSample text, KakTextSample detail)
    {
        WaktuPelaksanaan parsed = WaktuPelaksanaan.Parse(text.Value, detail.Value, 2020);
        var built = new WaktuPelaksanaan(
            parsed.Text,
            parsed.PelaksanaanText,
            parsed.Months.Reverse(),
            parsed.MonthsAreInferred,
            parsed.StatedMonths,
            parsed.StatedYears,
            parsed.StatedEvents,
            parsed.IsRoutine,
            parsed.Years.Concat(parsed.Years));
        return parsed.Equals(built) && parsed.Months.Zip(parsed.Months.Skip(1)).All(pair => pair.First < pair.Second);
    }
}
