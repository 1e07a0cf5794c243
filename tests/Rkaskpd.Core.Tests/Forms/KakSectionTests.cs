using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

[Properties(Arbitrary = new[] { typeof(KakArbitraries) })]
public class KakSectionTests
{
    [Property]
    public bool Every_section_keeps_its_text_and_heading_verbatim(KakSectionKind kind, KakTextSample heading, KakTextSample text)
    {
        string? written = heading.Value.Length % 4 == 0 ? null : heading.Value;
        KakSection section = KakSection.Create(kind, written, text.Value, 2020);
        _ = section.Body;
        _ = section.IsHeadingMisspelled;
        return section.Kind == kind && ReferenceEquals(section.Text, text.Value) && ReferenceEquals(section.Heading, written)
            && section.Equals(KakSection.Create(kind, written, text.Value, 2020));
    }

    [Property]
    public bool Equality_does_not_depend_on_which_derived_values_were_read(KakSectionKind kind, KakTextSample text)
    {
        KakSection touched = KakSection.Create(kind, "h", text.Value, 2020);
        KakSection untouched = KakSection.Create(kind, "h", text.Value, 2020);
        _ = touched.Body;
        _ = touched switch
        {
            DasarHukum d => d.References.Count,
            Alur a => a.Steps.Count,
            BentukKegiatan b => b.Items.Count,
            Mekanisme m => m.ProsedurSteps.Count + m.Jadwal.Count,
            MaksudDanTujuan m => m.Maksud?.Length ?? 0,
            Manfaat m => m.Points.Count,
            _ => 0,
        };
        KakSection other = KakSection.Create(kind, "h", text.Value + " x", 2020);
        return touched.Equals(untouched) && untouched.Equals(touched) && touched.GetHashCode() == untouched.GetHashCode()
            && !touched.Equals(other) && !other.Equals(untouched);
    }

    [Fact]
    public void Derived_values_are_read_once_and_equal_a_fresh_read()
    {
        var section = new DasarHukum(null, "- Perbup Lumajang No. 86 tahun 2016 - UU No. 23 tahun 2014");
        Assert.Same(section.References, section.References);
        Assert.Same(section.Body, section.Body);
        Assert.Equal(LegalReference.ParseList(section.Body), section.References);
        Assert.Equal(2, section.References.Count);
    }

    [Property]
    public bool Schedule_parse_never_throws_and_keeps_text(KakTextSample text, KakTextSample detail, int? year)
    {
        WaktuPelaksanaan schedule = WaktuPelaksanaan.Parse(text.Value, detail.Value, year);
        return ReferenceEquals(schedule.Text, text.Value) && ReferenceEquals(schedule.PelaksanaanText, detail.Value);
    }

    [Property]
    public bool Legal_reference_parsing_never_throws(KakTextSample text) =>
        LegalReference.ParseList(text.Value) is not null && LegalReference.Parse(text.Value).Text is not null;

    [Property]
    public bool Heading_recognition_never_throws(KakTextSample text) =>
        KakHeadings.TryRecognize(text.Value, out _, out _) | KakHeadings.TryRecognizeAtStart(text.Value, out _, out _, out int length)
        || length == 0;

    [Fact]
    public void IsHeadingMisspelled_reports_Layat_Belakang()
    {
        var section = new LatarBelakang("Layat Belakang :", "Berdasarkan Perbup No. 58 tahun 2016");
        Assert.True(section.IsHeadingMisspelled);
        Assert.False(new LatarBelakang("Latar Belakang", "x").IsHeadingMisspelled);
        Assert.False(new LatarBelakang(null, "x").IsHeadingMisspelled);
    }

    [Fact]
    public void Body_drops_markup_and_a_repeated_heading()
    {
        Assert.Equal("Menjaga tertib perencanaan", new Manfaat("Manfaat :", "Manfaat Menjaga tertib perencanaan").Body);
        Assert.Equal("a\nb", new KonsepKegiatan(null, "<p>a</p><p>b</p>").Body);
    }

    [Fact]
    public void Create_builds_the_record_of_the_kind() =>
        Assert.IsType<BentukKegiatan>(KakSection.Create(KakSectionKind.BentukKegiatan, null, "- Belanja Pegawai"));

    [Fact]
    public void Create_rejects_undefined_kinds_and_null_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KakSection.Create((KakSectionKind)42, null, "x"));
        Assert.Throws<ArgumentNullException>(() => KakSection.Create(KakSectionKind.Alur, null, null!));
    }

    [Fact]
    public void Sections_of_different_kinds_with_the_same_text_differ() =>
        Assert.NotEqual<KakSection>(new LatarBelakang(null, "x"), new KonsepKegiatan(null, "x"));

    [Fact]
    public void Long_adversarial_texts_are_read_without_blowing_up()
    {
        string dots = string.Concat(System.Linq.Enumerable.Repeat("Jawa Timur. Perbup ", 20_000));
        Assert.Equal(20_001, LegalReference.ParseList(dots).Count); // "Jawa Timur." then 20 000 Perbup items
        string colons = string.Concat(System.Linq.Enumerable.Repeat("Waktu Pelaksanaan : Mei 2020 - ", 5_000));
        Assert.Equal(5_000, new Mekanisme(null, colons, 2020).Jadwal.Count);
        string dashes = string.Concat(System.Linq.Enumerable.Repeat("hari - ", 50_000));
        Assert.Single(new BentukKegiatan(null, dashes).Items);
    }
}
