#!/usr/bin/env python3
"""Writes simda-2016-rka-skpd-221-workbook.xlsx: SIMDA Keuangan's "export to Excel" of the RKA-SKPD report of a
kabupaten's Dinas Kesehatan (Permendagri 13/2006, TA 2016): one workbook, a first sheet "Ringkasan" with the
RKA-SKPD 2.2 recap (the kegiatan of the SKPD and their totals; no 2.2.1 form), then one sheet per RKA-SKPD 2.2.1 form,
"RKA 2.2.1 (1)" to "RKA 2.2.1 (3)", three kegiatan of one program. OOXML parts written by hand (standard library only):
shared strings and some inline strings, numbers as numeric cells with number formats ("Rp "#,##0.00, #,##0.00, #,##0,
0%), merged cells, a hidden column A of SIMDA's internal ids, empty spacer rows, the signature date an Excel serial with
an Indonesian date format next to the place, jumlah cells as formulas with their cached values.

Seeded defects (everything else is computed and checked below):
- form 1: the Jumlah Tahun n terbilang has a wrong number word ("enam ratus" for "lima ratus");
- form 2: the jumlah of "- Snack pagi dan sore" was typed over its formula (9.500.000 for 900 x 10.000 = 9.000.000); the
  group, its rekening and every total above follow the typed figure;
- form 3: the rekening 5.2.2.11.02 prints 5.400.000 for lines that add up to 4.500.000 (the totals above follow the
  printed figure), and its kegiatan code 1.02 . 1.02.01 . 15 . 08 is under program 15, the form's program is 16.
"""
import datetime
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "simda-2016-rka-skpd-221-workbook.xlsx"

PEMDA = "PEMERINTAH KABUPATEN KEDUNG ASRI"
TA = 2016
TEMPAT = "Asrirejo,"
TANGGAL = datetime.date(2015, 10, 12)
SERIAL = (TANGGAL - datetime.date(1899, 12, 30)).days
JABATAN = "Kepala Dinas Kesehatan"
NAMA = "dr. SRI WAHYUNINGSIH, M.Kes"
NIP = "NIP. 19680623 199703 2 004"
URUSAN = ("1.02", "Kesehatan")
ORGANISASI = ("1.02 . 1.02.01", "Dinas Kesehatan")
PROGRAM = ("1.02 . 1.02.01 . 16", "Program Upaya Kesehatan Masyarakat")
CAPAIAN = ("Persentase Puskesmas yang melaksanakan upaya kesehatan masyarakat esensial sesuai standar", 0.85)

# ---------------------------------------------------------------- terbilang (SIMDA: sentence case, "rupiah")
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
    if n < 1_000_000_000:
        return (words(n // 1_000_000) + " juta " + words(n % 1_000_000)).strip()
    return (words(n // 1_000_000_000) + " miliar " + words(n % 1_000_000_000)).strip()


def terbilang(amount):
    assert amount == int(amount)
    w = (words(int(amount)) or "nol") + " rupiah"
    return w[0].upper() + w[1:]


# ---------------------------------------------------------------- the three forms
# rincian: ("R", kode, uraian) rekening (subtotal computed, or forced with a 4th item)
#          ("G", uraian) group sub-heading (subtotal of the "- " lines under it)
#          ("D", uraian, volume, satuan, harga[, typed jumlah]) detail line, jumlah = volume x harga as a formula
FORMS = [
    dict(
        kegiatan=("1.02 . 1.02.01 . 16 . 02", "Peningkatan Pelayanan Kesehatan Ibu dan Anak"),
        lokasi="21 Puskesmas se-Kabupaten Kedung Asri",
        n1=78250000,
        terbilang_n=("lima ratus", "enam ratus"),     # DEFECT form 1
        keluaran=("Jumlah Buku Kesehatan Ibu dan Anak (KIA) yang dicetak dan didistribusikan", "2.500 buku"),
        hasil=("Cakupan kunjungan ibu hamil K4", 0.95),
        sasaran="Ibu hamil, ibu nifas dan bayi",
        rincian=[
            ("R", "5.2", "BELANJA LANGSUNG"),
            ("R", "5.2.1", "Belanja Pegawai"),
            ("R", "5.2.1.01", "Honorarium PNS"),
            ("R", "5.2.1.01.01", "Honorarium Panitia Pelaksana Kegiatan"),
            ("G", "Honor Pengelola Kegiatan"),
            ("D", "- Pejabat Pelaksana Teknis Kegiatan (PPTK)", 12, "OB", 450000),
            ("D", "- Bendahara Pengeluaran Pembantu", 12, "OB", 300000),
            ("R", "5.2.2", "Belanja Barang dan Jasa"),
            ("R", "5.2.2.06", "Belanja Cetak dan Penggandaan"),
            ("R", "5.2.2.06.01", "Belanja Cetak"),
            ("D", "Cetak Buku Kesehatan Ibu dan Anak (KIA)", 2500, "eksemplar", 14500),
            ("D", "Cetak Kartu Ibu Hamil (Kohort)", 3000, "lembar", 1250),
            ("R", "5.2.2.11", "Belanja Makanan dan Minuman"),
            ("R", "5.2.2.11.02", "Belanja Makanan dan Minuman Rapat"),
            ("D", "Makan minum pertemuan kelas ibu hamil", 840, "kotak", 17500),
            ("R", "5.2.2.15", "Belanja Perjalanan Dinas"),
            ("R", "5.2.2.15.01", "Belanja Perjalanan Dinas Dalam Daerah"),
            ("G", "Pembinaan dan supervisi bidan desa"),
            ("D", "- Uang transport petugas kabupaten", 96, "OK", 100000),
            ("D", "- Uang harian petugas kabupaten", 96, "OH", 75000),
        ],
    ),
    dict(
        kegiatan=("1.02 . 1.02.01 . 16 . 11", "Pelatihan dan Pembinaan Kader Posyandu"),
        lokasi="Aula Dinas Kesehatan Kabupaten Kedung Asri",
        n1=0,
        terbilang_n=None,
        keluaran=("Jumlah kader Posyandu yang dilatih", "150 orang"),
        hasil=("Persentase Posyandu aktif (purnama dan mandiri)", 0.6),
        sasaran="Kader Posyandu se-Kabupaten Kedung Asri",
        rincian=[
            ("R", "5.2", "BELANJA LANGSUNG"),
            ("R", "5.2.1", "Belanja Pegawai"),
            ("R", "5.2.1.02", "Honorarium Non PNS"),
            ("R", "5.2.1.02.02", "Honorarium Tenaga Ahli/Instruktur/Narasumber"),
            ("D", "Honor narasumber pelatihan kader", 24, "OJ", 400000),
            ("R", "5.2.2", "Belanja Barang dan Jasa"),
            ("R", "5.2.2.01", "Belanja Bahan Pakai Habis Kantor"),
            ("R", "5.2.2.01.01", "Belanja Alat Tulis Kantor"),
            ("D", "Paket ATK peserta pelatihan", 150, "paket", 35000),
            ("R", "5.2.2.06", "Belanja Cetak dan Penggandaan"),
            ("R", "5.2.2.06.02", "Belanja Penggandaan"),
            ("D", "Penggandaan modul pelatihan kader", 150, "eksemplar", 27500),
            ("R", "5.2.2.11", "Belanja Makanan dan Minuman"),
            ("R", "5.2.2.11.04", "Belanja Makanan dan Minuman Pelatihan"),
            ("G", "Konsumsi peserta pelatihan (150 orang x 3 hari)"),
            ("D", "- Makan siang", 450, "kotak", 25000),
            ("D", "- Snack pagi dan sore", 900, "kotak", 10000, 9500000),   # DEFECT form 2: typed over 9.000.000
            ("R", "5.2.2.15", "Belanja Perjalanan Dinas"),
            ("R", "5.2.2.15.01", "Belanja Perjalanan Dinas Dalam Daerah"),
            ("D", "Uang transport peserta pelatihan", 450, "OK", 50000),
        ],
    ),
    dict(
        kegiatan=("1.02 . 1.02.01 . 15 . 08", "Pengembangan Pos Pembinaan Terpadu Penyakit Tidak Menular (Posbindu PTM)"),   # DEFECT form 3: program 15
        lokasi="Desa binaan 21 Puskesmas",
        n1=65400000,
        terbilang_n=None,
        keluaran=("Jumlah Posbindu PTM yang dilengkapi Posbindu kit", "21 unit"),
        hasil=("Persentase desa yang melaksanakan Posbindu PTM", 0.4),
        sasaran="Masyarakat usia 15 tahun ke atas",
        rincian=[
            ("R", "5.2", "BELANJA LANGSUNG"),
            ("R", "5.2.1", "Belanja Pegawai"),
            ("R", "5.2.1.01", "Honorarium PNS"),
            ("R", "5.2.1.01.01", "Honorarium Panitia Pelaksana Kegiatan"),
            ("D", "Honor Pejabat Pelaksana Teknis Kegiatan (PPTK)", 12, "OB", 450000),
            ("R", "5.2.2", "Belanja Barang dan Jasa"),
            ("R", "5.2.2.02", "Belanja Bahan/Material"),
            ("R", "5.2.2.02.04", "Belanja Bahan Obat-obatan"),
            ("G", "Bahan pemeriksaan Posbindu PTM"),
            ("D", "- Strip tes gula darah", 60, "box", 185000),
            ("D", "- Strip tes kolesterol", 40, "box", 395000),
            ("D", "- Lanset", 60, "box", 45000),
            ("R", "5.2.2.11", "Belanja Makanan dan Minuman"),
            ("R", "5.2.2.11.02", "Belanja Makanan dan Minuman Rapat", 5400000),   # DEFECT form 3: lines add up to 4.500.000
            ("D", "Makan minum rapat koordinasi lintas sektor", 120, "kotak", 25000),
            ("D", "Snack rapat koordinasi lintas sektor", 120, "kotak", 12500),
            ("R", "5.2.3", "Belanja Modal"),
            ("R", "5.2.3.20", "Belanja Modal Pengadaan Alat-alat Kedokteran"),
            ("R", "5.2.3.20.01", "Belanja Modal Pengadaan Alat-alat Kedokteran Umum"),
            ("D", "Posbindu kit (tensimeter digital, timbangan badan, alat ukur lingkar perut)", 21, "set", 2750000),
        ],
    ),
]


def level(code):
    return code.count(".") + 1


def compute(form):
    """Jumlah of every line: details volume x harga (or typed), groups the sum of their "- " lines, rekening the sum of
    their child rekening or lines (their printed figure where forced); the upper levels sum what is printed."""
    lines = form["rincian"]
    jumlah = [None] * len(lines)
    for i, it in enumerate(lines):
        if it[0] == "D":
            jumlah[i] = it[5] if len(it) > 5 else it[2] * it[4]
    for i, it in enumerate(lines):
        if it[0] == "G":
            jumlah[i] = sum(jumlah[k] for k in range(i + 1, len(lines))
                            if lines[k][0] == "D" and all(lines[m][0] == "D" for m in range(i + 1, k + 1)))
    for i in sorted((i for i, it in enumerate(lines) if it[0] == "R"), key=lambda i: -level(lines[i][1])):
        it = lines[i]
        if len(it) > 3:
            jumlah[i] = it[3]
            continue
        lv, tot, child = level(it[1]), 0, None
        for k in range(i + 1, len(lines)):
            jt = lines[k]
            if jt[0] == "R" and level(jt[1]) <= lv:
                break
            if jt[0] == "R":
                child = child or level(jt[1])
                if level(jt[1]) == child:
                    tot += jumlah[k]
            elif child is None and (jt[0] == "G" or (jt[0] == "D" and not jt[1].startswith("- "))):
                tot += jumlah[k]
        jumlah[i] = tot
    form["jumlah"] = jumlah
    form["n"] = jumlah[0]
    form["n+1"] = round(form["n"] * 11 / 10, 2)
    if form["n+1"] == int(form["n+1"]):
        form["n+1"] = int(form["n+1"])
    form["pegawai"] = sum(j for it, j in zip(lines, jumlah) if it[0] == "R" and it[1] == "5.2.1")
    form["barang"] = sum(j for it, j in zip(lines, jumlah) if it[0] == "R" and it[1] == "5.2.2")
    form["modal"] = sum(j for it, j in zip(lines, jumlah) if it[0] == "R" and it[1] == "5.2.3")


for f in FORMS:
    compute(f)

# ---------------------------------------------------------------- styles (cellXfs index)
(S_DEF, S_TITLE, S_TXT, S_AMT, S_INT, S_PCT, S_RP, S_HEAD, S_PLAIN, S_RPB, S_DATE, S_REK, S_REKAMT, S_CTR,
 S_BOLD, S_TXTC, S_NAME) = range(17)


class Sheet:
    def __init__(self, name, widths, last_col):
        self.name = name
        self.widths = widths
        self.last_col = last_col
        self.rows = {}
        self.merges = []
        self.heights = {}

    def put(self, ref, value, style=S_DEF, inline=False, formula=None):
        col = ''.join(ch for ch in ref if ch.isalpha())
        row = int(''.join(ch for ch in ref if ch.isdigit()))
        self.rows.setdefault(row, {})[col] = (value, style, inline, formula)

    def merge(self, a, b, value=None, style=S_DEF, inline=False):
        """Merges a:b, the value top-left, the other cells empty with the same style (borders)."""
        r1 = int(''.join(ch for ch in a if ch.isdigit()))
        r2 = int(''.join(ch for ch in b if ch.isdigit()))
        c1 = ord(''.join(ch for ch in a if ch.isalpha())) - 64
        c2 = ord(''.join(ch for ch in b if ch.isalpha())) - 64
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    self.put(chr(64 + c) + str(r), None, style)
        self.put(a, value, style, inline)
        self.merges.append(a + ":" + b)

    def spacer(self, r, height=6):
        self.rows.setdefault(r, {})
        self.heights[r] = height


strings, sst_index = [], {}


def sst(s):
    if s not in sst_index:
        sst_index[s] = len(strings)
        strings.append(s)
    return sst_index[s]


def cell_xml(ref, value, style, inline, formula):
    if value is None:
        return f'<c r="{ref}" s="{style}"/>'
    if isinstance(value, str):
        if inline:
            return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'
        return f'<c r="{ref}" s="{style}" t="s"><v>{sst(value)}</v></c>'
    v = repr(value) if isinstance(value, float) else str(value)
    f = f'<f>{formula}</f>' if formula else ''
    return f'<c r="{ref}" s="{style}">{f}<v>{v}</v></c>'


def sheet_xml(sh):
    out = []
    for rn in sorted(sh.rows):
        cells = sh.rows[rn]
        ht = f' ht="{sh.heights[rn]}" customHeight="1"' if rn in sh.heights else ""
        xs = "".join(cell_xml(f"{c}{rn}", *cells[c]) for c in sorted(cells))
        out.append(f'<row r="{rn}"{ht}>{xs}</row>')
    last = max(sh.rows)
    hidden = ' hidden="1"'
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"{hidden if i == 1 else ""}/>'
                   for i, w in enumerate(sh.widths, 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<dimension ref="A1:{sh.last_col}{last}"/>'
            '<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="12.75"/>'
            f'<cols>{cols}</cols>'
            '<sheetData>' + "".join(out) + '</sheetData>'
            f'<mergeCells count="{len(sh.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sh.merges)
            + '</mergeCells>'
            '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>'
            '<pageSetup paperSize="5" orientation="portrait" fitToHeight="0"/>'
            '</worksheet>')


def signature(sh, r, c1, c2, c3):
    """Place in c1 and the date (an Excel serial) in c2:c3; jabatan, room to sign, name and NIP over c1:c3."""
    sh.put(f"{c1}{r}", TEMPAT, S_PLAIN)
    sh.merge(f"{c2}{r}", f"{c3}{r}", SERIAL, S_DATE)
    r += 1
    sh.merge(f"{c1}{r}", f"{c3}{r}", JABATAN, S_CTR)
    r += 1
    for _ in range(3):
        sh.spacer(r, 12.75)
        r += 1
    sh.merge(f"{c1}{r}", f"{c3}{r}", NAMA, S_NAME)
    r += 1
    sh.merge(f"{c1}{r}", f"{c3}{r}", NIP, S_CTR)
    return r


# ---------------------------------------------------------------- sheet 1: Ringkasan (RKA-SKPD 2.2)
rk = Sheet("Ringkasan", [0, 19, 8, 34, 20, 14, 14, 15, 15, 16, 16], "K")
rk.merge("B1", "I1", "REKAPITULASI ANGGARAN BELANJA LANGSUNG BERDASARKAN PROGRAM DAN KEGIATAN", S_TITLE)
rk.merge("J1", "K1", "Formulir", S_TITLE)
rk.merge("B2", "I2", "SATUAN KERJA PERANGKAT DAERAH", S_TITLE)
rk.merge("J2", "K2", "RKA - SKPD 2.2", S_TITLE)
rk.merge("B3", "I3", PEMDA, S_TITLE)
rk.merge("J3", "K3", None, S_TITLE)
rk.merge("B4", "I4", f"Tahun Anggaran {TA}", S_TITLE)
rk.merge("J4", "K4", None, S_TITLE)
rk.spacer(5)
rk.put("A6", 1)
rk.put("B6", "Urusan Pemerintahan", S_PLAIN)
rk.put("C6", ":", S_PLAIN, inline=True)
rk.put("D6", URUSAN[0] + "   " + URUSAN[1], S_PLAIN)
rk.put("A7", 2)
rk.put("B7", "Organisasi", S_PLAIN)
rk.put("C7", ":", S_PLAIN, inline=True)
rk.put("D7", ORGANISASI[0] + "   " + ORGANISASI[1], S_PLAIN)
rk.spacer(8)
rk.merge("B9", "C9", "Kode", S_HEAD)
rk.merge("D9", "D10", "Uraian", S_HEAD)
rk.merge("E9", "E10", "Lokasi Kegiatan", S_HEAD)
rk.merge("F9", "F10", "Target Kinerja (Kuantitatif)", S_HEAD)
rk.merge("G9", "I9", "Jenis Belanja", S_HEAD)
rk.merge("J9", "J10", "Jumlah", S_HEAD)
rk.merge("K9", "K10", "Tahun n+1", S_HEAD)
rk.put("B10", "Program", S_HEAD)
rk.put("C10", "Kegiatan", S_HEAD)
rk.put("G10", "Pegawai", S_HEAD)
rk.put("H10", "Barang & Jasa", S_HEAD)
rk.put("I10", "Modal", S_HEAD)
for i, t in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9 = 6+7+8", "10"]):
    rk.put(f"{chr(66 + i)}11", int(t) if t.isdigit() else t, S_HEAD)
r = 12
rk.put(f"A{r}", 16)
rk.put(f"B{r}", PROGRAM[0].replace(" ", ""), S_REK)
rk.put(f"C{r}", None, S_REK)
rk.put(f"D{r}", PROGRAM[1], S_REK)
rk.put(f"E{r}", None, S_REK)
rk.put(f"F{r}", None, S_REK)
for c, key in zip("GHIJK", ["pegawai", "barang", "modal", "n", "n+1"]):
    rk.put(f"{c}{r}", sum(f[key] for f in FORMS), S_REKAMT)
for f in FORMS:
    r += 1
    code = f["kegiatan"][0].replace(" ", "")
    rk.put(f"A{r}", int(code.split(".")[-1]))
    rk.put(f"B{r}", code.rsplit(".", 1)[0], S_TXT)
    rk.put(f"C{r}", code.rsplit(".", 1)[1], S_TXTC)
    rk.put(f"D{r}", f["kegiatan"][1], S_TXT)
    rk.put(f"E{r}", f["lokasi"], S_TXT)
    rk.put(f"F{r}", f["keluaran"][1], S_TXTC, inline=True)
    rk.put(f"G{r}", f["pegawai"], S_AMT)
    rk.put(f"H{r}", f["barang"], S_AMT)
    rk.put(f"I{r}", f["modal"], S_AMT)
    rk.put(f"J{r}", f["n"], S_AMT, formula=f"SUM(G{r}:I{r})")
    rk.put(f"K{r}", f["n+1"], S_AMT)
    rk.heights[r] = 38.25
r += 1
rk.merge(f"B{r}", f"F{r}", "Jumlah", S_HEAD)
for c, key in zip("GHIJK", ["pegawai", "barang", "modal", "n", "n+1"]):
    rk.put(f"{c}{r}", sum(f[key] for f in FORMS), S_REKAMT, formula=f"SUM({c}13:{c}{r - 1})")
r += 2
signature(rk, r, "I", "J", "K")

# ---------------------------------------------------------------- sheets 2-4: the RKA-SKPD 2.2.1 forms
sheets = [rk]
for number, f in enumerate(FORMS, 1):
    sh = Sheet(f"RKA 2.2.1 ({number})", [0, 15, 12, 3, 22, 9, 10, 15, 17], "I")
    sh.put("A1", f"KEG{f['kegiatan'][0].replace(' ', '').replace('.', '')}")
    sh.merge("B1", "H1", "RENCANA KERJA DAN ANGGARAN", S_TITLE)
    sh.put("I1", "Formulir", S_TITLE)
    sh.merge("B2", "H2", "SATUAN KERJA PERANGKAT DAERAH", S_TITLE)
    sh.put("I2", "RKA - SKPD", S_TITLE)
    sh.merge("B3", "H3", PEMDA, S_TITLE)
    sh.put("I3", "2.2.1", S_TITLE)
    sh.merge("B4", "H4", f"Tahun Anggaran {TA}", S_TITLE)
    sh.put("I4", None, S_TITLE)
    sh.spacer(5)

    def field(r, label, code, name, ident):
        sh.put(f"A{r}", ident)
        sh.merge(f"B{r}", f"C{r}", label, S_PLAIN)
        sh.put(f"D{r}", ":", S_PLAIN, inline=True)
        if code is None:
            sh.merge(f"E{r}", f"I{r}", name, S_PLAIN)
        else:
            sh.put(f"E{r}", code, S_PLAIN)
            sh.merge(f"F{r}", f"I{r}", name, S_PLAIN)
        if len(name) > 55:
            sh.heights[r] = 25.5

    keg_parts = f["kegiatan"][0].replace(" ", "").split(".")
    field(6, "Urusan Pemerintahan", URUSAN[0], URUSAN[1], 1)
    field(7, "Organisasi", ORGANISASI[0], ORGANISASI[1], 2)
    field(8, "Program", PROGRAM[0], PROGRAM[1], 16)
    field(9, "Kegiatan", f["kegiatan"][0], f["kegiatan"][1], int(keg_parts[-1]))
    field(10, "Lokasi Kegiatan", None, f["lokasi"], None)
    tb = {"n-1": terbilang(f["n1"]), "n": terbilang(f["n"]), "n+1": terbilang(f["n+1"])}
    if f["terbilang_n"]:
        right, wrong = f["terbilang_n"]
        assert right in tb["n"]
        tb["n"] = tb["n"].replace(right, wrong, 1)
    for r, label, key, amount in [(11, "Jumlah Tahun n - 1", "n-1", f["n1"]), (12, "Jumlah Tahun n", "n", f["n"]),
                                  (13, "Jumlah Tahun n + 1", "n+1", f["n+1"])]:
        sh.merge(f"B{r}", f"C{r}", label, S_PLAIN)
        sh.put(f"D{r}", ":", S_PLAIN, inline=True)
        sh.put(f"E{r}", amount, S_RP)
        sh.merge(f"F{r}", f"I{r}", "(" + tb[key] + ")", S_PLAIN)
        sh.heights[r] = 25.5
    sh.spacer(14)
    sh.merge("B15", "I15", "Indikator & Tolok Ukur Kinerja Belanja Langsung", S_HEAD)
    sh.merge("B16", "C16", "Indikator", S_HEAD)
    sh.merge("D16", "G16", "Tolok Ukur Kinerja", S_HEAD)
    sh.merge("H16", "I16", "Target Kinerja", S_HEAD)
    for r, kind, tolok, target, style in [
            (17, "Capaian Program", CAPAIAN[0], CAPAIAN[1], S_PCT),
            (18, "Masukan", "Jumlah Dana", f["n"], S_RPB),
            (19, "Keluaran", f["keluaran"][0], f["keluaran"][1], S_TXTC),
            (20, "Hasil", f["hasil"][0], f["hasil"][1], S_PCT)]:
        sh.merge(f"B{r}", f"C{r}", kind, S_TXT)
        sh.merge(f"D{r}", f"G{r}", tolok, S_TXT)
        sh.merge(f"H{r}", f"I{r}", target, style, inline=isinstance(target, str))
        if len(tolok) > 50:
            sh.heights[r] = 25.5
    sh.merge("B21", "C21", "Kelompok Sasaran Kegiatan", S_PLAIN)
    sh.put("D21", ":", S_PLAIN, inline=True)
    sh.merge("E21", "I21", f["sasaran"], S_PLAIN)
    sh.spacer(22)
    sh.merge("B23", "I23", "Rincian Anggaran Belanja Langsung", S_BOLD)
    sh.merge("B24", "I24", "Menurut Program dan Per Kegiatan Satuan Kerja Perangkat Daerah", S_BOLD)
    sh.merge("B25", "B26", "Kode Rekening", S_HEAD)
    sh.merge("C25", "E26", "Uraian", S_HEAD)
    sh.merge("F25", "H25", "Rincian Perhitungan", S_HEAD)
    sh.merge("I25", "I26", "Jumlah (Rp)", S_HEAD)
    sh.put("F26", "Volume", S_HEAD)
    sh.put("G26", "Satuan", S_HEAD)
    sh.put("H26", "Harga Satuan", S_HEAD)
    sh.put("B27", 1, S_HEAD)
    sh.merge("C27", "E27", 2, S_HEAD)
    sh.put("F27", 3, S_HEAD)
    sh.put("G27", 4, S_HEAD)
    sh.put("H27", 5, S_HEAD)
    sh.put("I27", "6 = (3 x 5)", S_HEAD)
    r = 28
    detail_id = 0
    for it, jumlah in zip(f["rincian"], f["jumlah"]):
        if it[0] == "R":
            sh.put(f"A{r}", int(it[1].replace(".", "")))
            sh.put(f"B{r}", it[1], S_REK)
            sh.merge(f"C{r}", f"E{r}", it[2], S_REK)
            for c in "FGH":
                sh.put(f"{c}{r}", None, S_TXT)
            sh.put(f"I{r}", jumlah, S_REKAMT)
        elif it[0] == "G":
            sh.put(f"B{r}", None, S_TXT)
            sh.merge(f"C{r}", f"E{r}", it[1], S_TXT, inline=True)
            for c in "FGH":
                sh.put(f"{c}{r}", None, S_TXT)
            sh.put(f"I{r}", jumlah, S_AMT)
        else:
            detail_id += 1
            sh.put(f"A{r}", detail_id)
            sh.put(f"B{r}", None, S_TXT)
            sh.merge(f"C{r}", f"E{r}", it[1], S_TXT)
            sh.put(f"F{r}", it[2], S_INT)
            sh.put(f"G{r}", it[3], S_TXTC, inline=True)
            sh.put(f"H{r}", it[4], S_AMT)
            typed = len(it) > 5
            sh.put(f"I{r}", jumlah, S_AMT, formula=None if typed else f"F{r}*H{r}")
        if len(it[2 if it[0] == "R" else 1]) > 45:
            sh.heights[r] = 25.5
        r += 1
    sh.merge(f"B{r}", f"H{r}", "JUMLAH", S_HEAD)
    sh.put(f"I{r}", f["n"], S_REKAMT)
    r += 2
    signature(sh, r, "G", "H", "I")
    sheets.append(sh)

# ---------------------------------------------------------------- the package
sheet_parts = [sheet_xml(sh) for sh in sheets]   # fills the shared strings

shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
          f'uniqueCount="{len(strings)}">'
          + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + '</sst>')

B = 'borderId="1" applyBorder="1"'
XF = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',  # 0 default
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>',  # 1 title
    f'<xf numFmtId="0" fontId="0" fillId="0" {B} xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',  # 2 text
    f'<xf numFmtId="4" fontId="0" fillId="0" {B} xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>',  # 3 #,##0.00
    f'<xf numFmtId="3" fontId="0" fillId="0" {B} xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>',  # 4 #,##0
    f'<xf numFmtId="9" fontId="0" fillId="0" {B} xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>',  # 5 0%
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>',  # 6 Rp
    f'<xf numFmtId="0" fontId="1" fillId="0" {B} xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',  # 7 head
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',  # 8 plain
    f'<xf numFmtId="164" fontId="0" fillId="0" {B} xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>',  # 9 Rp bordered
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left"/></xf>',  # 10 date
    f'<xf numFmtId="49" fontId="1" fillId="0" {B} xfId="0" applyFont="1" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',  # 11 rekening
    f'<xf numFmtId="4" fontId="1" fillId="0" {B} xfId="0" applyFont="1" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>',  # 12 rekening amount
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/></xf>',  # 13 centred
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>',  # 14 bold centred
    f'<xf numFmtId="0" fontId="0" fillId="0" {B} xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="top" wrapText="1"/></xf>',  # 15 text centred
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>',  # 16 name
]
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;Rp &quot;#,##0.00"/>'
          '<numFmt numFmtId="165" formatCode="[$-421]dd\\ mmmm\\ yyyy;@"/></numFmts>'
          '<fonts count="3"><font><sz val="9"/><name val="Arial"/></font>'
          '<font><b/><sz val="9"/><name val="Arial"/></font>'
          '<font><b/><u/><sz val="9"/><name val="Arial"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
          '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          f'<cellXfs count="{len(XF)}">' + "".join(XF) + '</cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>')

workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<workbookPr date1904="0"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
            + "".join(f'<sheet name="{escape(sh.name)}" sheetId="{i}" r:id="rId{i}"/>' for i, sh in enumerate(sheets, 1))
            + '</sheets><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>')

n = len(sheets)
wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                     for i in range(1, n + 1))
           + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
           f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
           '</Relationships>')

rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')

content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                           for i in range(1, n + 1))
                 + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                 '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                 '</Types>')

parts = [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
         ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", shared)]
parts += [(f"xl/worksheets/sheet{i}.xml", x) for i, x in enumerate(sheet_parts, 1)]
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts:
        info = zipfile.ZipInfo(name, date_time=(2015, 10, 12, 10, 4, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)

# ---------------------------------------------------------------- checks: only the seeded defects
problems = []
for number, f in enumerate(FORMS, 1):
    lines, jumlah = f["rincian"], f["jumlah"]
    for i, it in enumerate(lines):
        if it[0] == "D" and it[2] * it[4] != jumlah[i]:
            problems.append(f"form {number} RKA501 rincian[{i}] {it[1]}: {jumlah[i]} vs {it[2] * it[4]}")
        if it[0] == "R":
            lv, tot, child = level(it[1]), 0, None
            for k in range(i + 1, len(lines)):
                jt = lines[k]
                if jt[0] == "R" and level(jt[1]) <= lv:
                    break
                if jt[0] == "R":
                    child = child or level(jt[1])
                    if level(jt[1]) == child:
                        tot += jumlah[k]
                elif jt[0] == "D" and child is None:
                    tot += jumlah[k]
            if tot != jumlah[i]:
                problems.append(f"form {number} RKA502 rincian[{i}] {it[1]}: {jumlah[i]} vs lines {tot}")
    if round(f["n"] * 1.1, 2) != f["n+1"]:
        problems.append(f"form {number} n+1")
    if f["pegawai"] + f["barang"] + f["modal"] != f["n"]:
        problems.append(f"form {number} jenis belanja")
    if f["terbilang_n"]:
        problems.append(f"form {number} terbilang n has a wrong word: {f['terbilang_n']}")
    if not f["kegiatan"][0].startswith(PROGRAM[0] + " . "):
        problems.append(f"form {number} RKA102 kegiatan {f['kegiatan'][0]} not under {PROGRAM[0]}")
print("\n".join(problems))
for number, f in enumerate(FORMS, 1):
    print(f"form {number}: n-1 {f['n1']}, n {f['n']}, n+1 {f['n+1']}, rincian {len(f['rincian'])}, "
          f"pegawai {f['pegawai']}, barang {f['barang']}, modal {f['modal']}")
print("date serial", SERIAL)
