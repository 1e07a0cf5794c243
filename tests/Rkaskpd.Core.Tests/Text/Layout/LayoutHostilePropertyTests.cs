using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Text;
using Rkaskpd.Text.Layout;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>
/// Hostile input for the layout stage: random soups of labels, colons, codes, blank lines and column fragments. The
/// stage and the reader never throw, the stage never holds more than its window, and what it emits grows linearly with
/// what it reads (its work is bounded by construction: each line is classified once and looked at from a window of at
/// most <see cref="LayoutWindow.MaxLines"/> lines).
/// </summary>
public class LayoutHostilePropertyTests
{
    private static readonly string[] Fragments =
    [
        string.Empty, "   ", ":", ": ", ": : : : :", ": Rp.", ": 1.02 Kesehatan : 1.02.01 Dinas", "Urusan Pemerintahan", "URUSAN PEMERINTAHAN",
        "Urusan Unit Organisasi", "Urusan Pemerintah Organisasi Program Kegiatan LOKASI KEGIATAN", "Program", "KEGIATAN", "Lokasi Kegiatan",
        "Jumlah Tahun 2020", "JUMLAH ANGGARAN", "Jumlah Tahun n + 1", "Kelompok Sasaran Kegiatan", "Dasar Hukum", "Alur", "INDIKATOR",
        "TOLAK UKUR KINERJA", "TARGET KINERJA", "MASUKAN", "Jumlah Dana", "Rp. 41.542.500", "100 %", "1.02 . 1.02.01 .",
        "1.02 Urusan Wajib 1.02.01 Dinas 1.02 . 1.02.01 . 20", "250.000.000,00 ( Dua ratus lima puluh juta rupiah )", "NIP",
        "Urusan Pemerintahan : 2.07 Pemberdayaan Organisasi : 2.07.01 KECAMATAN Program : x", "Indikator  Tolok Ukur  Target",
        "Keluaran     Jumlah dokumen     12 Dokumen", "             wrapped text", "      Dasar Hukum : x", "5.2.2.01  Belanja   1.000,00",
        "\tKertas\t10\trim", "Capaian Program Persentase desa 100 %", "RENCANA KERJA DAN ANGGARAN", "(", ")", "::::", "  :  ",
        " Kode Rekening      Uraian            Sebelum Perubahan            Setelah Perubahan      Bertambah/",
        "                    Koefisien  Satuan  Harga  PPN  Jumlah  Koefisien  Satuan  Harga  PPN  Jumlah  (Berkurang)",
        "        Rapat  30 Orang x 4  OK  75.000,00 0 9.000.000,00   30 Orang x 5  OK   75.000,00   0 11.250.000,00  2.250.000,00",
        "                      Kali                                   Kali", "            Jumlah Total  1,00   Jumlah Total  (2,00) -",
        "Kode", "Rekening", "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah", "(Rp)", "1", "2", "6 = (3 x 5)",
        "5.2.1", "5.2.2.11.02 Belanja Makanan", "Belanja Pegawai", "12 OB", "300.000,00", "- Honor Narasumber", "Halaman 2 dari 4",
    ];

    /// <summary>The most a line can add to the output besides its own text: a finding's fixed wording (an unpaired
    /// label is reported with a sentence of its own, about 150 characters).</summary>
    private const long MessagePerLine = 256;

    [Property(MaxTest = 300)]
    public Property Line_soups_never_throw_and_stay_bounded(int[] picks)
    {
        string[] lines = (picks ?? []).Select(p => Fragments[(int)((uint)p % (uint)Fragments.Length)]).ToArray();
        var stage = new LayoutNormaliser();
        int maxHeld = 0;
        long emitted = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            stage.Push(lines[i], i + 1);
            maxHeld = Math.Max(maxHeld, stage.Held);
            emitted += Drain(stage, lines.Length);
        }

        stage.Complete();
        emitted += Drain(stage, lines.Length);
        long read = lines.Sum(l => (long)l.Length + 1);

        string text = string.Join('\n', lines);
        RkaReadResult result = RkaTextReader.Read(text);
        return (maxHeld <= LayoutWindow.MaxLines && emitted <= (3 * read) + (MessagePerLine * lines.Length) + MessagePerLine && stage.Held == 0 && result is not null)
            .Label("held " + maxHeld + ", emitted " + emitted + " for " + read + " read");
    }

    [Property(MaxTest = 30)]
    public Property Long_soups_are_held_only_in_the_window(NonNegativeInt seed)
    {
        // A long run of label lines with no colon line ever: every line is held at most until the window is full.
        var stage = new LayoutNormaliser();
        int maxHeld = 0;
        int count = 500 + (seed.Get % 500);
        for (int i = 0; i < count; i++)
        {
            stage.Push(i % 7 == 0 ? string.Empty : "Urusan Pemerintahan", i + 1);
            maxHeld = Math.Max(maxHeld, stage.Held);
            Drain(stage, count);
        }

        stage.Complete();
        return (maxHeld <= LayoutWindow.MaxLines && stage.Held == 0).Label("held " + maxHeld);
    }

    private static long Drain(LayoutNormaliser stage, int lineCount)
    {
        long length = 0;
        while (stage.TryTake(out LogicalRow row))
        {
            if (row.Line < 1 || row.Line > lineCount)
            {
                throw new InvalidOperationException("row line " + row.Line + " outside 1.." + lineCount);
            }

            length += row.Text.Length;
        }

        return length;
    }
}
