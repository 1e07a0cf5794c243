using FsCheck;
using FsCheck.Fluent;

namespace Rkaskpd.Tests.Forms;

/// <summary>A random text for the KAK parsers: arbitrary strings mixed with seed-like fragments.</summary>
public sealed record KakTextSample(string Value)
{
    public override string ToString() => "\"" + Value + "\"";
}

/// <summary>FsCheck arbitraries for the KAK model.</summary>
public static class KakArbitraries
{
    private static readonly string[] Fragments =
    [
        "Maksud", "Tujuan", ":", " : ", " - ", "-", "1.", "2)", "3,", ";", ",", "<p>", "</p>", "<ul style=\"x\">", "<li>", "&nbsp;",
        "&amp;", "&#", "<", ">", "Waktu Pelaksanaan", "Pelaksanaan", "Tempat", "Prosedur", "bulan", "Pebruari", "s/d", "Mei",
        "2020", "12", "tahun", "th.", "Nomor", "No.", "tentang", "diubah", "tanggal", "7 April 2010", "Perbup", "PP.", "SK",
        "Permendagri", "15/2008", "\u2192", "\u2014", "\n", "\t", " ", "rutin", "tiap", "sampai dengan", "hingga", "Latar Belakang",
        "Alur", "Manfaat", "kali", "Kegiatan", "dua", "belas", "bulanDesember", "9999", "1900", "31 Pebruari 2021",
    ];

    public static Arbitrary<KakTextSample> TextSamples()
    {
        Gen<string> fragment = Gen.Elements(Fragments);
        Gen<string> stitched = fragment.ArrayOf().Select(parts => string.Concat(parts));
        Gen<string> any = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty);
        Gen<string> value = Gen.Frequency((3, stitched), (2, any));
        return value.Select(v => new KakTextSample(v)).ToArbitrary();
    }
}
