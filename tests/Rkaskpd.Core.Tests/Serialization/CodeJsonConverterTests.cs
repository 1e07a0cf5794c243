using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Rkaskpd.Codes;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Codes;
using Xunit;
using static Rkaskpd.Tests.Serialization.ConverterTestHelper;

namespace Rkaskpd.Tests.Serialization;

/// <summary>The string-valued converters: the four codes, <c>LocalDate</c> and <c>YearMonth</c>.</summary>
public class CodeJsonConverterTests
{
    [Fact]
    public void Codes_are_canonical_strings()
    {
        Assert.Equal("\"3.05\"", Write(new UrusanCodeJsonConverter(), UrusanCode.Parse("3.05")));
        Assert.Equal("\"3.05.09\"", Write(new OrganisasiCodeJsonConverter(), OrganisasiCode.Parse("3.05.09")));
        Assert.Equal("\"3.05.3.05.09.01\"", Write(new ProgramCodeJsonConverter(), ProgramCode.Parse("3.05.3.05.09.01")));
        Assert.Equal("\"3.05.3.05.09.01.021\"", Write(new KegiatanCodeJsonConverter(), KegiatanCode.Parse("3.05.3.05.09.01.021")));
        Assert.Equal("{\"3.05.3.05.09.01.021\":1}", WriteKey(new KegiatanCodeJsonConverter(), KegiatanCode.Parse("3.05.3.05.09.01.021")));
    }

    [Fact]
    public void Codes_read_escaped_and_long_strings()
    {
        Assert.Equal(KegiatanCode.Parse("3.05.3.05.09.01.021"), Read(new KegiatanCodeJsonConverter(), "\"3\\u002e05.3.05.09.01.021\""));
        Assert.Equal(UrusanCode.Parse("3.05"), ReadKey(new UrusanCodeJsonConverter(), "{\"3.05\":1}"));
        JsonException ex = Assert.Throws<JsonException>(() => Read(new KegiatanCodeJsonConverter(), "\"" + new string('9', 500) + "\""));
        Assert.IsType<FormatException>(ex.InnerException);
    }

    [Theory]
    [InlineData("\"3.05.3.05.09.01\"")]
    [InlineData("\"x\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("3.05")]
    [InlineData("[]")]
    public void Bad_kegiatan_codes_throw_JsonException(string json) =>
        Assert.Throws<JsonException>(() => Read(new KegiatanCodeJsonConverter(), json));

    [Fact]
    public void A_parse_failure_keeps_the_FormatException_inside()
    {
        JsonException ex = Assert.Throws<JsonException>(() => Read(new OrganisasiCodeJsonConverter(), "\"3.05.x\""));
        Assert.IsType<FormatException>(ex.InnerException);
        Assert.Contains("organisasi", ex.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(CodeArbitraries) })]
    public bool Codes_round_trip(UrusanCode urusan, OrganisasiCode organisasi, ProgramCode program, KegiatanCode kegiatan) =>
        Read(new UrusanCodeJsonConverter(), Write(new UrusanCodeJsonConverter(), urusan)) == urusan
        && Read(new OrganisasiCodeJsonConverter(), Write(new OrganisasiCodeJsonConverter(), organisasi)) == organisasi
        && Read(new ProgramCodeJsonConverter(), Write(new ProgramCodeJsonConverter(), program)) == program
        && Read(new KegiatanCodeJsonConverter(), Write(new KegiatanCodeJsonConverter(), kegiatan)) == kegiatan
        && ReadKey(new KegiatanCodeJsonConverter(), WriteKey(new KegiatanCodeJsonConverter(), kegiatan)) == kegiatan;

    [Fact]
    public void Dates_are_iso()
    {
        var converter = new LocalDateJsonConverter();
        Assert.Equal("\"2016-12-30\"", Write(converter, new LocalDate(2016, 12, 30)));
        Assert.Equal(new LocalDate(2010, 4, 7), Read(converter, "\"2010-04-07\""));
        Assert.Equal(new LocalDate(2010, 4, 7), ReadKey(converter, WriteKey(converter, new LocalDate(2010, 4, 7))));
        Assert.Throws<JsonException>(() => Read(converter, "\"07-04-2010\""));
        Assert.Throws<JsonException>(() => Read(converter, "\"2021-02-31\""));
        Assert.Throws<JsonException>(() => Read(converter, "null"));
        Assert.Throws<JsonException>(() => Read(converter, "20100407"));
    }

    [Fact]
    public void Year_months_are_iso()
    {
        var converter = new YearMonthJsonConverter();
        Assert.Equal("\"2020-02\"", Write(converter, new YearMonth(2020, 2)));
        Assert.Equal(new YearMonth(2020, 12), Read(converter, "\"2020-12\""));
        Assert.Equal(new YearMonth(2020, 5), ReadKey(converter, WriteKey(converter, new YearMonth(2020, 5))));
        Assert.Throws<JsonException>(() => Read(converter, "\"2020-13\""));
        Assert.Throws<JsonException>(() => Read(converter, "\"Mei 2020\""));
        Assert.Throws<JsonException>(() => Read(converter, "null"));
        Assert.Throws<JsonException>(() => Read(converter, "202005"));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(7, 3, 9)]
    [InlineData(999, 10, 31)]
    [InlineData(2020, 2, 29)]
    [InlineData(9999, 12, 31)]
    [InlineData(-1, 6, 15)]
    [InlineData(-9998, 1, 1)]
    public void Dates_and_year_months_are_written_as_the_iso_patterns_write_them(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        var yearMonth = new YearMonth(year, month);
        Assert.Equal($"\"{LocalDatePattern.Iso.Format(date)}\"", Write(new LocalDateJsonConverter(), date));
        Assert.Equal($"{{\"{LocalDatePattern.Iso.Format(date)}\":1}}", WriteKey(new LocalDateJsonConverter(), date));
        Assert.Equal($"\"{YearMonthPattern.Iso.Format(yearMonth)}\"", Write(new YearMonthJsonConverter(), yearMonth));
        Assert.Equal($"{{\"{YearMonthPattern.Iso.Format(yearMonth)}\":1}}", WriteKey(new YearMonthJsonConverter(), yearMonth));
    }

    [Property]
    public bool Every_iso_date_is_written_as_the_pattern_writes_it(ushort year, byte month, byte day)
    {
        // Years 0-65535 folded onto the supported -9998..9999, so both the fast path and the pattern's fallback run.
        int y = (year % 20_000) - 9_998 > 9_999 ? 9_999 : (year % 20_000) - 9_998;
        int m = (month % 12) + 1;
        var date = new LocalDate(y, m, Math.Min((day % 31) + 1, CalendarSystem.Iso.GetDaysInMonth(y, m)));
        return Write(new LocalDateJsonConverter(), date) == $"\"{LocalDatePattern.Iso.Format(date)}\""
            && Write(new YearMonthJsonConverter(), new YearMonth(y, m)) == $"\"{YearMonthPattern.Iso.Format(new YearMonth(y, m))}\"";
    }
}
