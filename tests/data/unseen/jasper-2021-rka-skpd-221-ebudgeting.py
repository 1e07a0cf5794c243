#!/usr/bin/env python3
"""Writes jasper-2021-rka-skpd-221-ebudgeting.pdf: an RKA-SKPD 2.2.1 (the 13/2006-style form, TA 2021, with
Permendagri 90/2019 codes) as a kota's own e-budgeting application prints it with JasperReports (iText PDF export):
A4 landscape, standard Type1 fonts (Helvetica, Helvetica-Bold, WinAnsiEncoding, not embedded), every text element its
own BT ... ET placed absolutely with Tm (wrapped lines of one element moved down with Td), right-aligned numbers placed
by the Helvetica AFM widths, cell borders drawn as separate thin lines, the title band on page 1 only, the rincian's
column header band repeated on page 2, a page footer band (print timestamp and "Halaman N dari 2") on each page.
Raw PDF syntax written by hand, streams Flate-compressed, with an xref table. Standard library only.

Seeded defects (everything else adds up; the script checks the sums):
- Jumlah Tahun 2021 (147.075.000,00): the terbilang writes "TUJUH RATUS LIMA RIBU" for "TUJUH PULUH LIMA RIBU";
- the line "Transport bidan pendamping kelas ibu hamil": 144 x 75.000,00 = 10.800.000,00, printed 12.600.000,00
  (its rekening and every level above, year n and the Masukan follow the printed figure);
- Jumlah Tahun 2022 is 162.000.000,00, not 110 % of year n (161.782.500,00)."""
import sys
import zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else "jasper-2021-rka-skpd-221-ebudgeting.pdf"

# Helvetica and Helvetica-Bold advance widths (AFM, 1/1000 em) for the characters 32..126.
W_REG = [278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
         556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
         556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 222, 556,
         556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
         500, 500, 500, 334, 260, 334, 584]
W_BOLD = [278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
          556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722,
          611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 278, 556,
          611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778,
          556, 556, 500, 389, 280, 389, 584]

PAGE_W, PAGE_H = 842, 595
LEFT, RIGHT = 20, 822
PAD = 2.5
FS = 8            # body font size
LEAD = 9.4        # line advance of a wrapped element (Jasper: 1.17 x size)


def width(s, bold=False, size=FS):
    table = W_BOLD if bold else W_REG
    return sum(table[ord(c) - 32] for c in s) * size / 1000.0


def wrap(text, maxw, bold=False, size=FS):
    """Greedy word wrap at the cell's inner width, as Jasper's line breaker does."""
    lines, cur = [], ""
    for word in text.split(" "):
        cand = word if not cur else cur + " " + word
        if width(cand, bold, size) <= maxw or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def pdf_str(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def rp(n):
    """Indonesian amount: 1.234.567,00"""
    s = f"{n:,.2f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def num(n):
    return f"{n:,}".replace(",", ".")


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, top, lines, bold=False, size=FS, align="left", cell_w=None):
        """One text element (one BT ... ET). x is the cell's inner left edge; top the element's top edge.
        Multi-line elements move down with Td, as iText's ColumnText does."""
        if isinstance(lines, str):
            lines = [lines]
        font = "/F2" if bold else "/F1"
        out = ["BT", f"{font} {size:g} Tf", "0 g"]
        prev_x = None
        for i, line in enumerate(lines):
            w = width(line, bold, size)
            if align == "right":
                lx = x + cell_w - w
            elif align == "center":
                lx = x + (cell_w - w) / 2
            else:
                lx = x
            base = PAGE_H - (top + size * 0.93 + i * LEAD * size / FS)
            if i == 0:
                out.append(f"1 0 0 1 {lx:.2f} {base:.2f} Tm")
            else:
                out.append(f"{lx - prev_x:.2f} {-LEAD * size / FS:.2f} Td")
            out.append(pdf_str(line) + " Tj")
            prev_x = lx
        out.append("ET")
        self.ops.append("\n".join(out))

    def line(self, x1, t1, x2, t2, w=0.5):
        self.ops.append(f"{w:g} w 0 G {x1:.2f} {PAGE_H - t1:.2f} m {x2:.2f} {PAGE_H - t2:.2f} l S")

    def box(self, x, top, w, h, sides="tlbr", lw=0.5):
        """A cell's border: each side its own line, as Jasper's exporter draws a box's pens."""
        if "t" in sides:
            self.line(x, top, x + w, top, lw)
        if "l" in sides:
            self.line(x, top, x, top + h, lw)
        if "b" in sides:
            self.line(x, top + h, x + w, top + h, lw)
        if "r" in sides:
            self.line(x + w, top, x + w, top + h, lw)

    def rect(self, x, top, w, h, lw=0.75):
        self.ops.append(f"{lw:g} w 0 G {x:.2f} {PAGE_H - top - h:.2f} {w:.2f} {h:.2f} re S")


# ---------------------------------------------------------------- content
PEMDA = "PEMERINTAH KOTA LARIANG"
TA = 2021

HEADER = [  # label, code, name (None: the value spans code and name)
    ("Urusan Pemerintahan", "1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
    ("Bidang Urusan", "1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"),
    ("Organisasi", "1.02.0.00.0.00.01.0000", "DINAS KESEHATAN"),
    ("Program", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"),
    ("Kegiatan", "1.02.02.2.02",
     "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"),
    ("Sub Kegiatan", "1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil"),
    ("Lokasi Kegiatan", None,
     "Kecamatan Lariang Utara, Kecamatan Lariang Selatan, Kecamatan Tanjung Batu, Kecamatan Bukit Salu dan "
     "Kecamatan Pantai Mandar (wilayah kerja sembilan puskesmas)"),
    ("Sumber Dana", None, "DAK Non Fisik - BOK"),
]

# rincian: (kind, kode, uraian, volume, satuan, harga, jumlah); kind: R rekening, G group heading, D detail line
D = [
    ("R", "5", "BELANJA DAERAH"),
    ("R", "5.1", "BELANJA OPERASI"),
    ("R", "5.1.02", "Belanja Barang dan Jasa"),
    ("R", "5.1.02.01", "Belanja Barang"),
    ("R", "5.1.02.01.01", "Belanja Barang Pakai Habis"),
    ("R", "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    ("D", "Kertas HVS A4 70 gram", 24, "rim", 52500),
    ("D", "Buku register kohort ibu hamil", 45, "buah", 35000),
    ("R", "5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    ("D", "Cetak buku KIA (Kesehatan Ibu dan Anak) untuk ibu hamil baru, 84 halaman full colour, kertas art paper",
     2500, "eksemplar", 18500),
    ("D", "Cetak leaflet tanda bahaya kehamilan", 5000, "lembar", 1250),
    ("R", "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    ("G", "Kelas Ibu Hamil"),
    ("D", "Makan dan minum peserta kelas ibu hamil (9 puskesmas x 4 angkatan x 20 orang)", 720, "kotak", 27500),
    ("D", "Snack narasumber kelas ibu hamil", 36, "kotak", 15000),
    ("G", "Pertemuan Evaluasi Program KIA"),
    ("D", "Makan dan minum rapat evaluasi pelayanan kesehatan ibu hamil", 60, "kotak", 35000),
    ("R", "5.1.02.02", "Belanja Jasa"),
    ("R", "5.1.02.02.01", "Belanja Jasa Kantor"),
    ("R", "5.1.02.02.01.0003",
     "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
    ("D", "Honorarium narasumber kelas ibu hamil", 36, "OJ", 450000),
    ("R", "5.1.02.04", "Belanja Perjalanan Dinas"),
    ("R", "5.1.02.04.01", "Belanja Perjalanan Dinas Dalam Negeri"),
    ("R", "5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
    ("D", "Transport petugas kunjungan rumah ibu hamil risiko tinggi", 540, "OK", 75000),
    ("D", "Transport bidan pendamping kelas ibu hamil", 144, "OK", 75000, 12600000),  # seeded: 10.800.000,00
]

rows = []
for item in D:
    if item[0] == "R":
        rows.append({"kind": "R", "kode": item[1], "uraian": item[2]})
    elif item[0] == "G":
        rows.append({"kind": "G", "uraian": item[1]})
    else:
        vol, harga = item[2], item[4]
        jumlah = item[5] if len(item) > 5 else vol * harga
        rows.append({"kind": "D", "uraian": item[1], "volume": vol, "satuan": item[3], "harga": harga,
                     "jumlah": jumlah})

# rekening subtotals: the detail lines (printed jumlah) under a rekening's code
current = None
for r in rows:
    if r["kind"] == "R":
        current = r["kode"]
    else:
        r["rek"] = current
for r in rows:
    if r["kind"] == "R":
        r["jumlah"] = sum(d["jumlah"] for d in rows if d["kind"] == "D"
                          and (d["rek"] == r["kode"] or d["rek"].startswith(r["kode"] + ".")))

TOTAL = rows[0]["jumlah"]
assert TOTAL == sum(d["jumlah"] for d in rows if d["kind"] == "D")
# every rekening equals the sum of its direct children rekening (or its lines)
for r in rows:
    if r["kind"] == "R":
        kids = [k for k in rows if k["kind"] == "R" and k["kode"].startswith(r["kode"] + ".")
                and k["kode"].count(".") == r["kode"].count(".") + 1]
        if kids:
            assert r["jumlah"] == sum(k["jumlah"] for k in kids), r["kode"]

N_MIN1 = 132480000
N = TOTAL
N_PLUS1 = 162000000   # seeded: 110 % of N is 161.782.500,00
assert N == 147075000, N
assert N * 11 // 10 != N_PLUS1

SATUAN = ["", "SATU", "DUA", "TIGA", "EMPAT", "LIMA", "ENAM", "TUJUH", "DELAPAN", "SEMBILAN", "SEPULUH", "SEBELAS"]


def words(n):
    if n < 12:
        return SATUAN[n]
    if n < 20:
        return SATUAN[n - 10] + " BELAS"
    if n < 100:
        return (SATUAN[n // 10] + " PULUH " + words(n % 10)).strip()
    if n < 200:
        return ("SERATUS " + words(n - 100)).strip()
    if n < 1000:
        return (SATUAN[n // 100] + " RATUS " + words(n % 100)).strip()
    if n < 2000:
        return ("SERIBU " + words(n - 1000)).strip()
    if n < 1000000:
        return (words(n // 1000) + " RIBU " + words(n % 1000)).strip()
    if n < 1000000000:
        return (words(n // 1000000) + " JUTA " + words(n % 1000000)).strip()
    raise ValueError(n)


def terbilang(n):
    return words(n) + " RUPIAH"


T_MIN1 = terbilang(N_MIN1)
T_N = terbilang(N).replace("TUJUH PULUH LIMA RIBU", "TUJUH RATUS LIMA RIBU")   # seeded wrong number word
assert T_N != terbilang(N)
T_PLUS1 = terbilang(N_PLUS1)

AMOUNTS = [("Jumlah Tahun 2020", N_MIN1, T_MIN1), ("Jumlah Tahun 2021", N, T_N), ("Jumlah Tahun 2022", N_PLUS1, T_PLUS1)]

INDICATORS = [
    ("Capaian Program", "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", "100 %"),
    ("Masukan", "Dana yang dibutuhkan", "Rp. " + rp(N)),
    ("Keluaran", "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar melalui kelas ibu hamil, "
                 "kunjungan rumah ibu hamil risiko tinggi dan pemeriksaan antenatal terpadu", "2.450 Orang"),
    ("Hasil", "Cakupan kunjungan ibu hamil K4 (kunjungan antenatal minimal empat kali selama kehamilan)", "95 %"),
]
KELOMPOK = "Ibu hamil di wilayah kerja sembilan puskesmas Kota Lariang"

SIGN = ["Lariang, 12 Oktober 2020", "Kepala Dinas Kesehatan", None, "dr. ANDI MUHAMMAD RIZAL, M.Kes",
        "Pembina Utama Muda", "NIP. 19720814 200003 1 006"]
PRINTED = "Dicetak dari e-Budgeting Kota Lariang pada 14/10/2020 09:41:26"

# ---------------------------------------------------------------- layout
pages = [Page()]
p = pages[0]

# title band (page 1 only): left cell centred title, right cell the form number
TITLE_TOP, TITLE_H, SPLIT = 20, 56, 680
p.box(LEFT, TITLE_TOP, SPLIT - LEFT, TITLE_H)
p.box(SPLIT, TITLE_TOP, RIGHT - SPLIT, TITLE_H)
p.text(LEFT, TITLE_TOP + 5, "RENCANA KERJA DAN ANGGARAN", bold=True, size=10, align="center", cell_w=SPLIT - LEFT)
p.text(LEFT, TITLE_TOP + 17, "SATUAN KERJA PERANGKAT DAERAH", bold=True, size=10, align="center",
       cell_w=SPLIT - LEFT)
p.text(LEFT, TITLE_TOP + 29, PEMDA, bold=True, size=9, align="center", cell_w=SPLIT - LEFT)
p.text(LEFT, TITLE_TOP + 41, "Tahun Anggaran " + str(TA), size=9, align="center", cell_w=SPLIT - LEFT)
p.text(SPLIT, TITLE_TOP + 14, "Formulir", size=9, align="center", cell_w=RIGHT - SPLIT)
p.text(SPLIT, TITLE_TOP + 27, "RKA-SKPD 2.2.1", bold=True, size=11, align="center", cell_w=RIGHT - SPLIT)

# header band: label | : | code | name, each its own element; the band's elements in definition order
# (all labels, then the colons, then the values), as a designer adds them
X_LABEL, X_COLON, X_CODE, X_NAME, X_END = LEFT + PAD, 135, 142, 245, 600
y = TITLE_TOP + TITLE_H + 4
placed = []
for label, code, name in HEADER:
    if code is None:
        lines = wrap(name, X_END - X_CODE)
    else:
        lines = wrap(name, X_END - X_NAME)
    h = len(lines) * LEAD + 2.5
    placed.append((y, label, code, lines))
    y += h
for top, label, code, lines in placed:
    p.text(X_LABEL, top, label)
for top, label, code, lines in placed:
    p.text(X_COLON, top, ":")
for top, label, code, lines in placed:
    if code is None:
        p.text(X_CODE, top, lines)
    else:
        p.text(X_CODE, top, code)
        p.text(X_NAME, top, lines)

# amounts: label | : | Rp. | amount (right-aligned) | terbilang (wrapped in its cell)
y += 3
X_RP, X_AMT_END, X_TERB, X_TERB_END = 142, 232, 242, 470
for label, amount, words_ in AMOUNTS:
    lines = wrap(words_, X_TERB_END - X_TERB)
    p.text(X_LABEL, y, label)
    p.text(X_COLON, y, ":")
    p.text(X_RP, y, "Rp.")
    s = rp(amount)
    p.text(X_AMT_END - 60, y, s, align="right", cell_w=60)
    p.text(X_TERB, y, lines)
    y += len(lines) * LEAD + 3
HEADER_BOTTOM = y + 1
p.box(LEFT, TITLE_TOP + TITLE_H, RIGHT - LEFT, HEADER_BOTTOM - TITLE_TOP - TITLE_H, sides="lbr")

# indicator table
y = HEADER_BOTTOM
p.box(LEFT, y, RIGHT - LEFT, 13, sides="lbr")
p.text(LEFT, y + 2.5, "Indikator & Tolok Ukur Kinerja Belanja Langsung", bold=True, align="center",
       cell_w=RIGHT - LEFT)
y += 13
C_IND, C_TU, C_TG = (LEFT, 140), (140, 600), (600, RIGHT)
for (x0, x1), head in zip((C_IND, C_TU, C_TG), ("Indikator", "Tolok Ukur Kinerja", "Target Kinerja")):
    p.box(x0, y, x1 - x0, 13)
    p.text(x0, y + 2.5, head, bold=True, align="center", cell_w=x1 - x0)
y += 13
for kind, tolok, target in INDICATORS:
    lines = wrap(tolok, C_TU[1] - C_TU[0] - 2 * PAD)
    h = len(lines) * LEAD + 4
    p.box(C_IND[0], y, C_IND[1] - C_IND[0], h)
    p.box(C_TU[0], y, C_TU[1] - C_TU[0], h)
    p.box(C_TG[0], y, C_TG[1] - C_TG[0], h)
    p.text(C_IND[0] + PAD, y + 2, kind)
    p.text(C_TU[0] + PAD, y + 2, lines)
    p.text(C_TG[0] + PAD, y + 2, target)
    y += h
# Kelompok Sasaran: the label one element, ": value" another
p.box(LEFT, y, RIGHT - LEFT, 14)
p.text(LEFT + PAD, y + 3, "Kelompok Sasaran Kegiatan")
p.text(LEFT + 120, y + 3, ": " + KELOMPOK)
y += 14 + 4

# rincian caption
p.box(LEFT, y, RIGHT - LEFT, 24)
p.text(LEFT, y + 3, "Rincian Anggaran Belanja Langsung", bold=True, align="center", cell_w=RIGHT - LEFT)
p.text(LEFT, y + 13, "Menurut Program dan Per Kegiatan Satuan Kerja Perangkat Daerah", bold=True, align="center",
       cell_w=RIGHT - LEFT)
y += 24

COLS = [(LEFT, 108), (108, 470), (470, 530), (530, 600), (600, 700), (700, RIGHT)]


def column_header(pg, top):
    """The column header band: two heading rows (Kode Rekening, Uraian and Jumlah over both) and the numbering row."""
    (k0, k1), (u0, u1), (v0, v1), (s0, s1), (h0, h1), (j0, j1) = COLS
    pg.box(k0, top, k1 - k0, 26)
    pg.text(k0, top + 4, ["Kode", "Rekening"], bold=True, align="center", cell_w=k1 - k0)
    pg.box(u0, top, u1 - u0, 26)
    pg.text(u0, top + 9, "Uraian", bold=True, align="center", cell_w=u1 - u0)
    pg.box(v0, top, h1 - v0, 13)
    pg.text(v0, top + 2.5, "Rincian Perhitungan", bold=True, align="center", cell_w=h1 - v0)
    for (a, b), t in (((v0, v1), "Volume"), ((s0, s1), "Satuan"), ((h0, h1), "Harga Satuan")):
        pg.box(a, top + 13, b - a, 13)
        pg.text(a, top + 15.5, t, bold=True, align="center", cell_w=b - a)
    pg.box(j0, top, j1 - j0, 26)
    pg.text(j0, top + 4, ["Jumlah", "(Rp)"], bold=True, align="center", cell_w=j1 - j0)
    top += 26
    for (a, b), t in zip(COLS, ("1", "2", "3", "4", "5", "6 = (3 x 5)")):
        pg.box(a, top, b - a, 11)
        pg.text(a, top + 1.5, t, size=7, align="center", cell_w=b - a)
    return top + 11


def footer(pg, n, total):
    pg.line(LEFT, 568, RIGHT, 568, 0.5)
    pg.text(LEFT, 572, PRINTED, size=7)
    s = f"Halaman {n} dari {total}"
    pg.text(RIGHT - 100, 572, s, size=7, align="right", cell_w=100)


y = column_header(p, y)
BOTTOM = 562
for r in rows:
    bold = r["kind"] == "R"
    x_u = COLS[1][0] + PAD + (8 if r["kind"] == "D" else 0)
    lines = wrap(r["uraian"], COLS[1][1] - x_u - PAD, bold)
    h = len(lines) * LEAD + 3
    if y + h > BOTTOM:
        pages.append(Page())
        p = pages[-1]
        y = column_header(p, 20)
    for a, b in COLS:
        p.box(a, y, b - a, h)
    if r["kind"] == "R":
        p.text(COLS[0][0] + PAD, y + 1.5, r["kode"], bold=True)
    p.text(x_u, y + 1.5, lines, bold=bold)
    if r["kind"] == "D":
        p.text(COLS[2][0] + PAD, y + 1.5, num(r["volume"]), align="right", cell_w=COLS[2][1] - COLS[2][0] - 2 * PAD)
        p.text(COLS[3][0] + PAD, y + 1.5, r["satuan"])
        p.text(COLS[4][0] + PAD, y + 1.5, rp(r["harga"]), align="right", cell_w=COLS[4][1] - COLS[4][0] - 2 * PAD)
    if r["kind"] != "G":
        p.text(COLS[5][0] + PAD, y + 1.5, rp(r["jumlah"]), bold=bold, align="right",
               cell_w=COLS[5][1] - COLS[5][0] - 2 * PAD)
    y += h

# total row (column footer band)
p.box(LEFT, y, COLS[4][1] - LEFT, 13)
p.box(COLS[5][0], y, COLS[5][1] - COLS[5][0], 13)
p.text(LEFT, y + 2.5, "JUMLAH", bold=True, align="right", cell_w=COLS[4][1] - LEFT - PAD - 4)
p.text(COLS[5][0] + PAD, y + 2.5, rp(TOTAL), bold=True, align="right", cell_w=COLS[5][1] - COLS[5][0] - 2 * PAD)
y += 13 + 14

# signature (summary band), centred in a right-hand frame
SX0, SX1 = 560, RIGHT
for line in SIGN:
    if line is None:
        y += 38
        continue
    bold = line.startswith("dr.")
    p.text(SX0, y, line, bold=bold, align="center", cell_w=SX1 - SX0)
    if bold:
        w = width(line, True)
        mid = (SX0 + SX1) / 2
        p.line(mid - w / 2, y + 9, mid + w / 2, y + 9, 0.5)
    y += 11

for i, pg in enumerate(pages):
    footer(pg, i + 1, len(pages))
assert len(pages) == 2, len(pages)

# ---------------------------------------------------------------- PDF objects
objs = []


def add(body):
    objs.append(body)
    return len(objs)


def stream(data):
    raw = zlib.compress(data.encode("latin-1"))
    return b"<< /Length " + str(len(raw)).encode() + b" /Filter /FlateDecode >>\nstream\n" + raw + b"\nendstream"


catalog = add(None)
pages_obj = add(None)
f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
kids = []
for pg in pages:
    content = add(stream("\n".join(pg.ops) + "\n"))
    kids.append(add((f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                     f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> /ProcSet [/PDF /Text] >> "
                     f"/Contents {content} 0 R >>").encode()))
objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
objs[pages_obj - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>").encode()
info = add(b"<< /Creator (JasperReports \\(rka_skpd_221\\)) /Producer (iText 2.1.7 by 1T3XT) "
           b"/CreationDate (D:20201014094126+08'00') /ModDate (D:20201014094126+08'00') >>")

out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for i, body in enumerate(objs, 1):
    offsets.append(len(out))
    out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
xref = len(out)
out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
for off in offsets:
    out += f"{off:010d} 00000 n \n".encode()
out += (f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
with open(OUT, "wb") as fh:
    fh.write(out)
print(OUT, len(out), "bytes,", len(pages), "pages, year n", rp(N))
