#!/usr/bin/env python3
"""Writes crystal-2016-rka-skpd-221.rtf: an RKA-SKPD 2.2.1 (Permendagri 13/2006, TA 2016, no KAK) of a kabupaten's
Dinas Kelautan dan Perikanan as SIMDA Keuangan's Crystal Reports (8.5/10) exports a report with "Export -> Rich Text
Format": no flow text and no tables; every label, colon, field and number of the report is a paragraph of its own in
a frame placed on the page (\\pard\\plain\\phpg\\posxN\\pvpg\\posyN\\abswN\\absh-N, positions in twips from the
page's corner, an exact height), numbers right-aligned (\\qr), titles centred (\\qc), a field that grows (the
terbilang, a long tolok ukur or uraian) one paragraph in a frame two lines high that Word wraps at the frame's width,
and \\page between the two A4 pages. Page 2 repeats the title box and the rincian table's heading rows; each page
ends with a "Halaman N dari 2" footer.

Seeded defects (everything else is computed and checked below):
- Jumlah Tahun n - 1 is 48.750.000,00 but its terbilang writes "Empat puluh sembilan juta" for "Empat puluh delapan
  juta", a wrong number word (RKA201);
- the detail line "Uang harian pendampingan kelompok (3 orang x 10 hari)": 30 OH x 150.000,00 = 4.500.000,00, but its
  jumlah reads 5.400.000,00 (digits swapped); its rekening, every subtotal above, year n and the Masukan follow the
  printed figure, so only RKA501.
Standard library only.
"""
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "crystal-2016-rka-skpd-221.rtf"

PEMDA = "PEMERINTAH KABUPATEN MUARA KELANG"
TA = 2016
URUSAN = ("2.05", "Urusan Pilihan Kelautan dan Perikanan")
ORGANISASI = ("2.05 . 2.05.01", "Dinas Kelautan dan Perikanan")
PROGRAM = ("2.05 . 2.05.01 . 18", "Program Pengembangan Budidaya Perikanan")
KEGIATAN = ("2.05 . 2.05.01 . 18 . 04", "Pembinaan dan Pengembangan Perikanan Budidaya Air Tawar")
LOKASI = "Kecamatan Sungai Rengas dan Kecamatan Tanjung Batu"
SUMBER = "DAU"
SASARAN = "Kelompok pembudidaya ikan air tawar di dua kecamatan"
TEMPAT_TANGGAL = "Muara Kelang, 14 Oktober 2015"
JABATAN = "Kepala Dinas Kelautan dan Perikanan"
NAMA = "Ir. HENDRA WIJAYA, M.Si"
NIP = "NIP. 19700512 199803 1 006"

# Rincian: (kode, uraian) for a rekening (its jumlah is the sum of what is under it), or
# (None, uraian, volume, satuan, harga, printed jumlah or None for volume x harga).
RINCIAN = [
    ("5.2", "BELANJA LANGSUNG"),
    ("5.2.1", "Belanja Pegawai"),
    ("5.2.1.01", "Honorarium PNS"),
    ("5.2.1.01.01", "Honorarium Panitia Pelaksana Kegiatan"),
    (None, "Honor Pejabat Pelaksana Teknis Kegiatan (PPTK)", 12, "OB", 500_000, None),
    (None, "Honor Bendahara Pengeluaran Pembantu", 12, "OB", 300_000, None),
    ("5.2.2", "Belanja Barang dan Jasa"),
    ("5.2.2.01", "Belanja Bahan Pakai Habis"),
    ("5.2.2.01.01", "Belanja Alat Tulis Kantor"),
    (None, "Kertas HVS A4 70 gram", 10, "rim", 48_000, None),
    (None, "Map snelhecter plastik", 50, "buah", 3_500, None),
    ("5.2.2.03", "Belanja Bahan/Material"),
    ("5.2.2.03.13", "Belanja Benih Ikan"),
    (None, "Benih ikan nila ukuran 5-7 cm", 60_000, "ekor", 250, None),
    (None, "Benih ikan lele ukuran 5-7 cm", 40_000, "ekor", 200, None),
    ("5.2.2.03.14", "Belanja Pakan Ikan"),
    (None, "Pakan ikan apung protein 30% untuk pembesaran pada kelompok pembudidaya", 1_200, "kg", 11_500, None),
    ("5.2.2.11", "Belanja Makanan dan Minuman"),
    ("5.2.2.11.02", "Belanja Makanan dan Minuman Rapat"),
    (None, "Makan dan minum pelatihan pembudidaya (40 orang x 2 hari)", 80, "kotak", 30_000, None),
    ("5.2.2.15", "Belanja Perjalanan Dinas"),
    ("5.2.2.15.01", "Belanja Perjalanan Dinas Dalam Daerah"),
    (None, "Uang harian pendampingan kelompok (3 orang x 10 hari)", 30, "OH", 150_000, 5_400_000),
]

SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def words(n):
    if n < 12:
        return SATUAN[n]
    if n < 20:
        return SATUAN[n - 10] + " belas"
    if n < 100:
        return (SATUAN[n // 10] + " puluh " + words(n % 10)).strip()
    if n < 200:
        return ("seratus " + words(n - 100)).strip()
    if n < 1000:
        return (SATUAN[n // 100] + " ratus " + words(n % 100)).strip()
    if n < 2000:
        return ("seribu " + words(n - 1000)).strip()
    if n < 1_000_000:
        return (words(n // 1000) + " ribu " + words(n % 1000)).strip()
    return (words(n // 1_000_000) + " juta " + words(n % 1_000_000)).strip()


def terbilang(n):
    text = words(n) + " rupiah"
    return text[0].upper() + text[1:]


def rupiah(n):
    return f"{n:,}".replace(",", ".") + ",00"


def number(n):
    return f"{n:,}".replace(",", ".")


def jumlah_rows():
    """Each row's jumlah: a detail line's printed figure (or volume x harga), a rekening's the sum of the detail lines
    under it (up to the next rekening of the same or a higher level)."""
    values = [None] * len(RINCIAN)
    for i, row in enumerate(RINCIAN):
        if row[0] is None:
            values[i] = row[5] if row[5] is not None else row[2] * row[4]
    for i, row in enumerate(RINCIAN):
        if row[0] is not None:
            depth = row[0].count(".")
            total = 0
            for j in range(i + 1, len(RINCIAN)):
                other = RINCIAN[j]
                if other[0] is not None and other[0].count(".") <= depth:
                    break
                if other[0] is None:
                    total += values[j]
            values[i] = total
    return values


JUMLAH = jumlah_rows()
TAHUN_N = JUMLAH[0]
TAHUN_N1 = TAHUN_N * 11 // 10
TAHUN_N_1 = 48_750_000
assert TAHUN_N == 54_855_000 and TAHUN_N1 == 60_340_500, (TAHUN_N, TAHUN_N1)
AMOUNTS = [
    ("Jumlah Tahun n - 1", TAHUN_N_1, terbilang(TAHUN_N_1).replace("Empat puluh delapan juta", "Empat puluh sembilan juta")),
    ("Jumlah Tahun n", TAHUN_N, terbilang(TAHUN_N)),
    ("Jumlah Tahun n + 1", TAHUN_N1, terbilang(TAHUN_N1)),
]
assert AMOUNTS[0][2] != terbilang(TAHUN_N_1)
INDICATORS = [
    ("Capaian Program", "Meningkatnya produksi perikanan budidaya air tawar", "12 %"),
    ("Masukan", "Jumlah Dana", "Rp. " + rupiah(TAHUN_N)),
    ("Keluaran", "Jumlah kelompok pembudidaya ikan yang menerima bantuan benih dan pakan ikan", "20 kelompok"),
    ("Hasil", "Meningkatnya produksi ikan air tawar pada kelompok pembudidaya penerima bantuan", "15 %"),
]


def escape(text):
    out = []
    for c in text:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) > 127:
            out.append("\\'%02x" % c.encode("cp1252")[0])
        else:
            out.append(c)
    return "".join(out)


class Page:
    """Writes frames the way Crystal Reports' RTF export writes them."""

    def __init__(self):
        self.parts = []

    def frame(self, x, y, w, text, align="ql", h=240, size=16, bold=False):
        b = "\\b" if bold else ""
        self.parts.append(
            "\\pard\\plain\\phpg\\posx%d\\pvpg\\posy%d\\absw%d\\absh-%d\\dxfrtext0\\dfrmtxtx0\\dfrmtxty0\\nowrap0"
            "\\%s\\f1\\fs%d%s %s\\par\n" % (x, y, w, h, align, size, b, escape(text)))


def title(p, first_page):
    p.frame(2400, 600, 6000, "RENCANA KERJA DAN ANGGARAN", "qc", size=20, bold=True)
    p.frame(2400, 840, 6000, "SATUAN KERJA PERANGKAT DAERAH", "qc", size=20, bold=True)
    if first_page:
        p.frame(2400, 1080, 6000, PEMDA, "qc", size=20, bold=True)
        p.frame(2400, 1320, 6000, "Tahun Anggaran %d" % TA, "qc", size=18)
    p.frame(9400, 600, 1800, "Formulir", "qc", size=18)
    p.frame(9400, 840, 1800, "RKA - SKPD", "qc", size=18, bold=True)
    p.frame(9400, 1080, 1800, "2.2.1", "qc", size=18, bold=True)


def rincian_heading(p, y):
    p.frame(600, y, 1400, "Kode", "qc", bold=True)
    p.frame(2100, y + 120, 4000, "Uraian", "qc", bold=True)
    p.frame(6300, y, 3100, "Rincian Perhitungan", "qc", bold=True)
    p.frame(9700, y, 1500, "Jumlah", "qc", bold=True)
    p.frame(600, y + 240, 1400, "Rekening", "qc", bold=True)
    p.frame(6300, y + 240, 700, "Volume", "qc", bold=True)
    p.frame(7250, y + 240, 800, "Satuan", "qc", bold=True)
    p.frame(8200, y + 240, 1200, "Harga satuan", "qc", bold=True)
    p.frame(9700, y + 240, 1500, "(Rp)", "qc", bold=True)
    for x, w, text in ((600, 1400, "1"), (2100, 4000, "2"), (6300, 700, "3"), (7250, 800, "4"), (8200, 1200, "5"), (9700, 1500, "6 = (3 x 5)")):
        p.frame(x, y + 480, w, text, "qc", size=14)
    return y + 760


def rincian_row(p, y, i):
    row = RINCIAN[i]
    long = len(row[1]) > 46
    h = 480 if long else 240
    if row[0] is not None:
        bold = row[0].count(".") <= 2
        p.frame(600, y, 1400, row[0], bold=bold)
        p.frame(2100, y, 4000, row[1], h=h, bold=bold)
    else:
        p.frame(2100, y, 4000, row[1], h=h)
        p.frame(6300, y, 700, number(row[2]), "qr")
        p.frame(7250, y, 800, row[3])
        p.frame(8200, y, 1200, rupiah(row[4]), "qr")
    p.frame(9500, y, 1700, rupiah(JUMLAH[i]), "qr", bold=row[0] is not None and row[0].count(".") <= 2)
    return y + h


def footer(p, n):
    p.frame(8600, 16000, 2600, "Halaman %d dari 2" % n, "qr", size=14)


def page_one():
    p = Page()
    title(p, True)
    y = 1800
    for label, code, name in (("Urusan Pemerintahan",) + URUSAN, ("Organisasi",) + ORGANISASI,
                              ("Program",) + PROGRAM, ("Kegiatan",) + KEGIATAN):
        p.frame(600, y, 2600, label)
        p.frame(3250, y, 120, ":")
        p.frame(3450, y, 2400, code)
        p.frame(6100, y, 5100, name)
        y += 240
    for label, value in (("Lokasi Kegiatan", LOKASI), ("Sumber Dana", SUMBER)):
        p.frame(600, y, 2600, label)
        p.frame(3250, y, 120, ":")
        p.frame(3450, y, 7750, value)
        y += 240
    for label, amount, words_ in AMOUNTS:
        p.frame(600, y, 2600, label)
        p.frame(3250, y, 120, ":")
        p.frame(3450, y, 400, "Rp.")
        p.frame(3900, y, 1900, rupiah(amount), "qr")
        p.frame(6100, y, 5100, "(" + words_ + ")", h=480)
        y += 480
    y += 240
    p.frame(2400, y, 6000, "Indikator & Tolok Ukur Kinerja Belanja Langsung", "qc", bold=True)
    y += 360
    p.frame(600, y, 2000, "Indikator", "qc", bold=True)
    p.frame(2750, y, 5300, "Tolok Ukur Kinerja", "qc", bold=True)
    p.frame(8200, y, 3000, "Target Kinerja", "qc", bold=True)
    y += 300
    for kind, tolok, target in INDICATORS:
        h = 480 if len(tolok) > 60 else 240
        p.frame(600, y, 2000, kind)
        p.frame(2750, y, 5300, tolok, h=h)
        p.frame(8200, y, 3000, target)
        y += h + 60
    y += 180
    p.frame(600, y, 3000, "Kelompok Sasaran Kegiatan")
    p.frame(3650, y, 120, ":")
    p.frame(3850, y, 7350, SASARAN)
    y += 480
    p.frame(2400, y, 6000, "Rincian Anggaran Belanja Langsung", "qc", bold=True)
    p.frame(2400, y + 240, 6000, "Menurut Program dan Per Kegiatan Satuan Kerja Perangkat Daerah", "qc", bold=True)
    y = rincian_heading(p, y + 600)
    i = 0
    while i < len(RINCIAN) and y < 15400 and i < 15:
        y = rincian_row(p, y, i)
        i += 1
    footer(p, 1)
    return p, i


def page_two(first):
    p = Page()
    title(p, False)
    y = rincian_heading(p, 1500)
    for i in range(first, len(RINCIAN)):
        y = rincian_row(p, y, i)
    y += 120
    p.frame(8200, y, 1200, "JUMLAH", "qr", bold=True)
    p.frame(9500, y, 1700, rupiah(TAHUN_N), "qr", bold=True)
    y += 720
    for text in (TEMPAT_TANGGAL, JABATAN):
        p.frame(7000, y, 4200, text, "qc")
        y += 240
    y += 960
    p.frame(7000, y, 4200, NAMA, "qc", bold=True)
    p.frame(7000, y + 240, 4200, NIP, "qc")
    footer(p, 2)
    return p


def main():
    one, rest = page_one()
    assert 8 <= rest < len(RINCIAN), rest
    two = page_two(rest)
    head = ("{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0\\deflang1033\\deflangfe1033"
            "{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}{\\f1\\fswiss\\fcharset0\\fprq2 Arial;}}\n"
            "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green255\\blue255;}\n"
            "{\\stylesheet{\\widctlpar\\adjustright\\fs20\\cgrid\\snext0 Normal;}{\\*\\cs10\\additive Default Paragraph Font;}}\n"
            "{\\info{\\title RKA-SKPD 2.2.1}{\\author SIMDA Keuangan}{\\operator Crystal Reports}}\n"
            "\\paperw11906\\paperh16838\\margl0\\margr0\\margt0\\margb0\\widowctrl\\ftnbj\\aenddoc\\formshade\\viewkind1\\viewscale100\n"
            "\\sectd\\pgwsxn11906\\pghsxn16838\\marglsxn0\\margrsxn0\\margtsxn0\\margbsxn0\\linex0\\endnhere\\sectdefaultcl\n")
    body = "".join(one.parts) + "\\pard\\plain\\page\n" + "".join(two.parts)
    with open(OUT, "w", encoding="ascii", newline="\r\n") as f:
        f.write(head + body + "}\n")


if __name__ == "__main__":
    main()
