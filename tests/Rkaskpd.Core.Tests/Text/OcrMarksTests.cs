using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>
/// The OCR of a scanned print reads SIPD's group markers with round brackets and a one for the closing bracket
/// (<c>(#1</c>), a percent sign as <c>Yo</c> or <c>X0</c>, and the plus of <c>n + 1</c> as <c>#</c>. The line stage
/// reads the marks a person sees and leaves every other text alone, the same memory when nothing was repaired.
/// </summary>
public class OcrMarksTests
{
    private static readonly System.Buffers.SearchValues<char> MarkCharacters = System.Buffers.SearchValues.Create("#-YXZ|");

    [Theory]
    [InlineData("(#1 Penggandaan dan Cetak Bahan Pelatihan\t3.952.800,00", "[ # ] Penggandaan dan Cetak Bahan Pelatihan\t3.952.800,00")]
    [InlineData("(#1) Makan Minum Pelatihan", "[ # ] Makan Minum Pelatihan")]
    [InlineData("[#l Tenaga Pendukung", "[ # ] Tenaga Pendukung")]
    [InlineData("(-1 Pelatihan Perkoperasian", "[ - ] Pelatihan Perkoperasian")]
    [InlineData("(- 1 Administrasi Pelatihan", "[ - ] Administrasi Pelatihan")]
    [InlineData("\t( -| Administrasi", "\t[ - ] Administrasi")]
    [InlineData("I # J Material Pemeliharaan Rutin Jalan\t267.355.000,00", "[ # ] Material Pemeliharaan Rutin Jalan\t267.355.000,00")]
    [InlineData("I-J Perbaikan Bahu Jalan", "[ - ] Perbaikan Bahu Jalan")]
    [InlineData("I- 1 Penambalan Lubang Jalan", "[ - ] Penambalan Lubang Jalan")]
    [InlineData("Nasi Kotak 60 Orang x 3 Hari | Kotak 35.000,00| 0 6.300.000,00", "Nasi Kotak 60 Orang x 3 Hari | Kotak 35.000,00 0 6.300.000,00")]
    [InlineData("( #J Bahan Bakar Alat Berat", "[ # ] Bahan Bakar Alat Berat")]
    [InlineData("Capaian Program\tPersentase produksi padi\t5 X0", "Capaian Program\tPersentase produksi padi\t5 %")]
    [InlineData("Hasil Meningkatnya penggunaan benih 70 Yo", "Hasil Meningkatnya penggunaan benih 70 %")]
    [InlineData("Hasil\tCakupan\t75 YO\tketerangan", "Hasil\tCakupan\t75 %\tketerangan")]
    [InlineData("Jumlah Tahun n #1 : Rp. 329.109.000,00", "Jumlah Tahun n + 1 : Rp. 329.109.000,00")]
    [InlineData("Jumlah Tahun n # 1 : Rp. 329.109.000,00", "Jumlah Tahun n + 1 : Rp. 329.109.000,00")]
    [InlineData("Jumlah Tahun n-#-1\tRp. 251.273.000,00", "Jumlah Tahun n+1\tRp. 251.273.000,00")]
    [InlineData("Jumlah Tahun n#-1 : Rp. 19.558.000,00", "Jumlah Tahun n+1 : Rp. 19.558.000,00")]
    [InlineData("Hasil\tPersentase peningkatan volume sampah\t15 Y9", "Hasil\tPersentase peningkatan volume sampah\t15 %")]
    public void Marks_read_by_an_OCR_are_read_as_the_print_shows_them(string written, string read)
    {
        Assert.Equal(read, Repair(written, sawOcr: true).ToString());
    }

    [Theory]
    [InlineData("[#] Alat Tulis Kantor Kelas Ibu Hamil 1.860.000,00")]
    [InlineData("[ - ] Kelas Ibu Hamil 1.860.000,00")]
    [InlineData("Uraian (#1 lihat lampiran)")]
    [InlineData("(#1 pelatihan kecil")]
    [InlineData("Kode Y0 dan X0 tanpa angka")]
    [InlineData("Kertas 70 Yoga 5 X0X")]
    [InlineData("Jumlah Tahun n - 1 : Rp. 271.350.000,00")]
    [InlineData("Nomor #1 Tahun 2018")]
    [InlineData("Pasal 5 #1 huruf a")]
    [InlineData("I - Belanja Pegawai")]
    [InlineData("(-) Pengurangan")]
    [InlineData("(-1) Penyesuaian")]
    [InlineData("I-I Belanja")]
    [InlineData("\t(#) Catatan")]
    [InlineData("| # | Uraian | Jumlah |")]
    [InlineData("| - | Belanja Pegawai | 1.000.000 |")]
    [InlineData("Kode|Uraian a|b")]
    [InlineData("Angka Kematian Bayi\t25 %o")]
    [InlineData("II-1 Latar Belakang")]
    public void Every_other_text_is_left_as_written_and_the_line_is_the_same_memory(string line)
    {
        ReadOnlyMemory<char> raw = line.AsMemory();
        bool sawOcr = true;

        Assert.True(raw.Equals(OcrMarks.Repair(raw, ref sawOcr)));
    }

    [Fact]
    public void Group_markers_wait_for_the_documents_OCR_hand_and_the_marks_only_an_OCR_writes_show_it()
    {
        bool sawOcr = false;

        Assert.Equal("(#1 Penggandaan dan Cetak", OcrMarks.Repair("(#1 Penggandaan dan Cetak".AsMemory(), ref sawOcr).ToString());
        Assert.Equal("I-1 Program Kerja", OcrMarks.Repair("I-1 Program Kerja".AsMemory(), ref sawOcr).ToString());
        Assert.Equal("l-1 Orang", OcrMarks.Repair("l-1 Orang".AsMemory(), ref sawOcr).ToString());
        Assert.False(sawOcr);
        Assert.Equal("Hasil\tCakupan\t75 %", OcrMarks.Repair("Hasil\tCakupan\t75 Yo".AsMemory(), ref sawOcr).ToString());
        Assert.True(sawOcr);
        Assert.Equal("[ # ] Penggandaan dan Cetak", OcrMarks.Repair("(#1 Penggandaan dan Cetak".AsMemory(), ref sawOcr).ToString());
    }

    private static ReadOnlyMemory<char> Repair(string line, bool sawOcr) => OcrMarks.Repair(line.AsMemory(), ref sawOcr);

    [Property(MaxTest = 300)]
    public Property A_line_without_the_marks_characters_is_the_same_memory_and_no_line_throws()
    {
        Gen<string> lines = Gen.ArrayOf(Gen.Elements("(", "[", "#", "-", " ", "\t", "1", "l", "|", ")", "]", "Y", "X", "o", "0", "O", "A", "n", "Tahun", "65"))
            .Select(parts => string.Concat(parts));
        return Prop.ForAll(lines.ToArbitrary(), line =>
        {
            ReadOnlyMemory<char> raw = line.AsMemory();
            bool sawOcr = true;
            ReadOnlyMemory<char> repaired = OcrMarks.Repair(raw, ref sawOcr);
            bool quiet = line.AsSpan().ContainsAny(MarkCharacters) || raw.Equals(repaired);
            return quiet && repaired.Length <= line.Length + (4 * line.Length);
        });
    }
}
