#!/usr/bin/env python3
"""Writes sipd-2024-rka-sub-kegiatan-export.xlsx: SIPD-RI's Excel download of an RKA - SUB KEGIATAN (TA 2024),
the way a web app exports it with a spreadsheet library: one sheet, merged cells, amounts as numbers with number
formats, koefisien as text, percentages as numbers. OOXML parts written by hand."""
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "sipd-2024-rka-sub-kegiatan-export.xlsx"

# styles (cellXfs index)
S_DEF, S_TITLE, S_TXT, S_AMT, S_INT, S_PCT, S_PCT2, S_RP, S_HEAD, S_RPB, S_PLAIN, S_REK, S_CTR = range(13)

rows = {}      # row -> {col: (value, style)}
merges = []
heights = {}


def col_index(c):
    return ord(c) - 64


def put(ref, value, style=S_DEF):
    col = ''.join(ch for ch in ref if ch.isalpha())
    row = int(''.join(ch for ch in ref if ch.isdigit()))
    rows.setdefault(row, {})[col] = (value, style)


def merge(a, b, value=None, style=S_DEF):
    """Merges a:b (same row), value top-left, the other cells empty with the same style (borders)."""
    row = int(''.join(ch for ch in a if ch.isdigit()))
    c1 = ''.join(ch for ch in a if ch.isalpha())
    c2 = ''.join(ch for ch in b if ch.isalpha())
    put(a, value, style)
    for c in range(col_index(c1) + 1, col_index(c2) + 1):
        put(chr(64 + c) + str(row), None, style)
    merges.append(a + ":" + b)


r = 2
merge(f"B{r}", f"H{r}", "RENCANA KERJA DAN ANGGARAN", S_TITLE)
merge(f"I{r}", f"J{r}", "Formulir", S_TITLE)
r = 3
merge(f"B{r}", f"H{r}", "SATUAN KERJA PERANGKAT DAERAH", S_TITLE)
merge(f"I{r}", f"J{r}", "RKA - SUB KEGIATAN", S_TITLE)
r = 4
merge(f"B{r}", f"H{r}", "Pemerintah Kabupaten Tanah Merapi Tahun Anggaran 2024", S_TITLE)
merge(f"I{r}", f"J{r}", None, S_TITLE)


def field(r, label, value, style=S_PLAIN):
    merge(f"B{r}", f"C{r}", label, S_PLAIN)
    put(f"D{r}", ":", S_PLAIN)
    merge(f"E{r}", f"J{r}", value, style)


field(6, "Urusan Pemerintahan", "1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR")
field(7, "Bidang Urusan", "1.03 - URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG")
field(8, "Program", "1.03.03 - PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM")
field(9, "Sasaran Program", "Meningkatnya akses rumah tangga terhadap air minum layak dan aman")
# Capaian Program: a small table in the value's columns
merge("B10", "C10", "Capaian Program", S_PLAIN)
put("D10", ":", S_PLAIN)
merge("E10", "H10", "Indikator", S_HEAD)
merge("I10", "J10", "Target", S_HEAD)
merge("E11", "H11", "Persentase rumah tangga yang mendapatkan akses air minum layak melalui SPAM jaringan perpipaan", S_TXT)
merge("I11", "J11", 0.785, S_PCT2)
heights[11] = 30
merge("E12", "H12", "Cakupan pelayanan air minum perpipaan di kawasan perkotaan", S_TXT)
merge("I12", "J12", 0.65, S_PCT)
field(13, "Kegiatan", "1.03.03.2.01 - Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota")
field(14, "Organisasi", "1.03.0.00.0.00.01.0000 - DINAS PEKERJAAN UMUM DAN PENATAAN RUANG")
field(15, "Unit", "1.03.0.00.0.00.01.0000 - DINAS PEKERJAAN UMUM DAN PENATAAN RUANG")
field(16, "Alokasi Tahun 2023", 325750000, S_RP)
field(17, "Alokasi Tahun 2024", 380000000, S_RP)
field(18, "Alokasi Tahun 2025", 418000000, S_RP)

merge("B20", "J20", "Indikator & Tolok Ukur Kinerja Kegiatan", S_HEAD)
merge("B21", "C21", "Indikator", S_HEAD)
merge("D21", "H21", "Tolok Ukur Kinerja", S_HEAD)
merge("I21", "J21", "Target Kinerja", S_HEAD)


def indicator(r, kind, tolok, target, style):
    merge(f"B{r}", f"C{r}", kind, S_TXT)
    merge(f"D{r}", f"H{r}", tolok, S_TXT)
    merge(f"I{r}", f"J{r}", target, style)


indicator(22, "Capaian Kegiatan", "Persentase jaringan perpipaan SPAM di kawasan perkotaan dalam kondisi baik", 1, S_PCT)
indicator(23, "Masukan", "Dana yang dibutuhkan", 380000000, S_RPB)
indicator(24, "Keluaran", "Panjang Jaringan Perpipaan SPAM yang Ditingkatkan", "1.200 Meter", S_TXT)
indicator(25, "Hasil", "Persentase rumah tangga di kawasan perkotaan yang terlayani SPAM jaringan perpipaan", 0.7, S_PCT)
heights[22] = 30
heights[25] = 30
field(26, "Kelompok Sasaran Kegiatan", "Masyarakat Kelurahan Sidomulyo dan sekitarnya")

field(28, "Sub Kegiatan", "1.03.03.2.01.0005 - Peningkatan SPAM Jaringan Perpipaan di Kawasan Perkotaan")
field(29, "Sumber Pendanaan", "DAU yang Ditentukan Penggunaannya Bidang Pekerjaan Umum")
field(30, "Lokasi", "Kabupaten Tanah Merapi, Kecamatan Merapi Kota, Kelurahan Sidomulyo")
field(31, "Waktu Pelaksanaan", "Januari s.d. Desember")
merge("B32", "C32", "Keluaran Sub Kegiatan", S_PLAIN)
put("D32", ":", S_PLAIN)
merge("E32", "H32", "Panjang Jaringan Perpipaan SPAM yang Ditingkatkan", S_PLAIN)
merge("I32", "J32", "1.200 Meter", S_PLAIN)

merge("B34", "J34", "RINCIAN BELANJA SUB KEGIATAN", S_HEAD)
put("B35", "Kode Rekening", S_HEAD)
merge("C35", "E35", "Uraian", S_HEAD)
put("F35", "Koefisien", S_HEAD)
put("G35", "Satuan", S_HEAD)
put("H35", "Harga", S_HEAD)
put("I35", "PPN", S_HEAD)
put("J35", "Jumlah", S_HEAD)

# rincian: ("R", kode, uraian, jumlah) | ("G", uraian, jumlah) | ("D", uraian, koef, vol, satuan, harga, ppn, jumlah)
rincian = [
    ("R", "5", "BELANJA DAERAH", 378775350),
    ("R", "5.1", "BELANJA OPERASI", 91143350),
    ("R", "5.1.02", "Belanja Barang dan Jasa", 91143350),
    ("R", "5.1.02.01", "Belanja Barang", 7943350),
    ("R", "5.1.02.01.01", "Belanja Barang Pakai Habis", 7943350),
    ("R", "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 1843350),
    ("G", "[ # ] Alat Tulis Kantor", 1843350),
    ("G", "[ - ] Pengawasan Peningkatan SPAM", 1843350),
    ("D", "Kertas HVS A4 80 gram", "15 Rim", 15, "Rim", 65000, 0, 975000),
    ("D", "Map Plastik Snelhecter", "10 Pak", 10, "Pak", 48500, 0.11, 538350),
    ("D", "Buku Folio 100 Lembar", "12 Buah", 12, "Buah", 27500, 0, 330000),
    ("R", "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 6100000),
    ("G", "[ # ] Makan Minum Rapat", 6100000),
    ("G", "[ - ] Rapat Koordinasi Teknis SPAM", 6100000),
    ("D", "Nasi Kotak", "30 Orang x 4 Kali", 120, "Orang / Kali", 35000, 0, 4200000),
    # DEFECT 1: 120 x 15.000 = 1.800.000
    ("D", "Snack Rapat", "30 Orang x 4 Kali", 120, "Orang / Kali", 15000, 0, 1900000),
    ("R", "5.1.02.02", "Belanja Jasa", 66000000),
    ("R", "5.1.02.02.01", "Belanja Jasa Kantor", 66000000),
    ("R", "5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 66000000),
    ("G", "[ # ] Tenaga Pendukung Teknis", 66000000),
    ("G", "[ - ] Pengawasan Peningkatan SPAM", 66000000),
    ("D", "Tenaga Administrasi Teknis", "12 Bulan x 2 Orang", 24, "OB", 2750000, 0, 66000000),
    ("R", "5.1.02.04", "Belanja Perjalanan Dinas", 17200000),
    ("R", "5.1.02.04.01", "Belanja Perjalanan Dinas Dalam Negeri", 17200000),
    # DEFECT 2: its lines add up to 16.200.000
    ("R", "5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", 17200000),
    ("G", "[ # ] Perjalanan Dinas Pengawasan Lapangan", 16200000),
    ("G", "[ - ] Pengawasan Peningkatan SPAM", 16200000),
    ("D", "Transport Pengawasan Lapangan", "4 Orang x 24 Kali", 96, "OK", 150000, 0, 14400000),
    ("D", "Transport Tim Uji Kualitas Air", "2 Orang x 6 Kali", 12, "OK", 150000, 0, 1800000),
    ("R", "5.2", "BELANJA MODAL", 287632000),
    ("R", "5.2.04", "Belanja Modal Jalan, Jaringan, dan Irigasi", 287632000),
    ("R", "5.2.04.03", "Belanja Modal Jaringan", 287632000),
    ("R", "5.2.04.03.01", "Belanja Modal Jaringan Air Minum", 287632000),
    ("R", "5.2.04.03.01.0002", "Belanja Modal Jaringan Distribusi", 287632000),
    ("G", "[ # ] Peningkatan Jaringan Pipa Distribusi Kelurahan Sidomulyo", 287632000),
    ("G", "[ - ] Pekerjaan Persiapan", 3250000),
    ("D", "Papan Nama Proyek", "1 Buah", 1, "Buah", 750000, 0, 750000),
    ("D", "Mobilisasi dan Demobilisasi", "1 Ls", 1, "Ls", 2500000, 0, 2500000),
    ("G", "[ - ] Pekerjaan Pemasangan Pipa", 284382000),
    ("D", "Pipa HDPE PN 10 Dia. 110 mm", "1.200 Meter", 1200, "Meter", 185000, 0.11, 246420000),
    ("D", "Galian dan Urugan Tanah Pipa", "360 M3", 360, "M3", 95000, 0.11, 37962000),
]
JUMLAH_TOTAL = 378775350

r = 36
for item in rincian:
    if item[0] == "R":
        put(f"B{r}", item[1], S_REK)
        merge(f"C{r}", f"E{r}", item[2], S_REK)
        for c in "FGHI":
            put(f"{c}{r}", None, S_TXT)
        put(f"J{r}", item[3], S_AMT)
    elif item[0] == "G":
        put(f"B{r}", None, S_TXT)
        merge(f"C{r}", f"E{r}", item[1], S_TXT)
        for c in "FGHI":
            put(f"{c}{r}", None, S_TXT)
        put(f"J{r}", item[2], S_AMT)
    else:
        _, uraian, koef, vol, sat, harga, ppn, jumlah = item
        put(f"B{r}", None, S_TXT)
        merge(f"C{r}", f"E{r}", uraian, S_TXT)
        put(f"F{r}", koef, S_TXT)
        put(f"G{r}", sat, S_TXT)
        put(f"H{r}", harga, S_INT)
        put(f"I{r}", ppn, S_PCT)
        put(f"J{r}", jumlah, S_AMT)
    r += 1
merge(f"B{r}", f"I{r}", "Jumlah Total", S_HEAD)
put(f"J{r}", JUMLAH_TOTAL, S_AMT)
total_row = r

r += 2
field(r, "Keterangan", None); r += 1
field(r, "Tanggal Pembahasan", None); r += 1
field(r, "Catatan Hasil Pembahasan", None); r += 1
merge(f"B{r}", f"J{r}", "1.", S_PLAIN); r += 1
merge(f"B{r}", f"J{r}", "2.", S_PLAIN); r += 2
merge(f"G{r}", f"J{r}", "Tanah Merapi, 16 Oktober 2023", S_CTR); r += 1
merge(f"G{r}", f"J{r}", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", S_CTR); r += 4
merge(f"G{r}", f"J{r}", "Ir. BAMBANG SUHARTONO, M.T.", S_CTR); r += 1
merge(f"G{r}", f"J{r}", "NIP. 19690512 199503 1 002", S_CTR); r += 2

merge(f"B{r}", f"J{r}", "Tim Anggaran Pemerintah Daerah:", S_PLAIN); r += 1
put(f"B{r}", "No", S_HEAD)
merge(f"C{r}", f"E{r}", "Nama", S_HEAD)
merge(f"F{r}", f"G{r}", "NIP", S_HEAD)
merge(f"H{r}", f"I{r}", "Jabatan", S_HEAD)
put(f"J{r}", "Tanda Tangan", S_HEAD)
r += 1
for n, (nama, nip, jab) in enumerate([
        ("Drs. H. SYAMSUL BAHRI, M.Si.", "19680304 199303 1 007", "Sekretaris Daerah"),
        ("RATNA DEWI KUSUMA, S.E., M.Ak.", "19750821 200003 2 004", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah"),
        ("Ir. DEDI HERMAWAN, M.Eng.", "19710117 199803 1 005", "Kepala Badan Perencanaan Pembangunan Daerah")], 1):
    put(f"B{r}", n, S_CTR)
    merge(f"C{r}", f"E{r}", nama, S_TXT)
    merge(f"F{r}", f"G{r}", nip, S_TXT)
    merge(f"H{r}", f"I{r}", jab, S_TXT)
    put(f"J{r}", None, S_TXT)
    r += 1
last_row = r - 1

# ---- write the parts
strings = []
index = {}


def sst(s):
    if s not in index:
        index[s] = len(strings)
        strings.append(s)
    return index[s]


def cell_xml(ref, value, style):
    if value is None:
        return f'<c r="{ref}" s="{style}"/>'
    if isinstance(value, str):
        return f'<c r="{ref}" s="{style}" t="s"><v>{sst(value)}</v></c>'
    return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'


sheet_rows = []
for rn in sorted(rows):
    cells = rows[rn]
    ht = f' ht="{heights[rn]}" customHeight="1"' if rn in heights else ""
    xs = "".join(cell_xml(f"{c}{rn}", *cells[c]) for c in sorted(cells, key=col_index))
    sheet_rows.append(f'<row r="{rn}"{ht}>{xs}</row>')

sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<dimension ref="A1:K{last_row}"/>'
         '<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>'
         '<sheetFormatPr defaultRowHeight="15"/>'
         '<cols><col min="1" max="1" width="2.7" customWidth="1"/><col min="2" max="2" width="20" customWidth="1"/>'
         '<col min="3" max="5" width="14" customWidth="1"/><col min="6" max="6" width="18" customWidth="1"/>'
         '<col min="7" max="7" width="12" customWidth="1"/><col min="8" max="8" width="14" customWidth="1"/>'
         '<col min="9" max="9" width="8" customWidth="1"/><col min="10" max="10" width="18" customWidth="1"/>'
         '<col min="11" max="11" width="2.7" customWidth="1"/></cols>'
         '<sheetData>' + "".join(sheet_rows) + '</sheetData>'
         f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + '</mergeCells>'
         '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
         '<pageSetup paperSize="9" orientation="portrait" fitToHeight="0"/>'
         '</worksheet>')

shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
          + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + '</sst>')

B = 'borderId="1" applyBorder="1"'
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Rp. &quot;#,##0.00"/></numFmts>'
          '<fonts count="2"><font><sz val="10"/><name val="Arial"/></font>'
          '<font><b/><sz val="10"/><name val="Arial"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
          '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="13">'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'  # 0 default
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'  # 1 title
          f'<xf numFmtId="0" fontId="0" fillId="0" {B} xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'  # 2 text
          f'<xf numFmtId="4" fontId="0" fillId="0" {B} xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>'  # 3 #,##0.00
          f'<xf numFmtId="3" fontId="0" fillId="0" {B} xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf>'  # 4 #,##0
          f'<xf numFmtId="9" fontId="0" fillId="0" {B} xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>'  # 5 0%
          f'<xf numFmtId="10" fontId="0" fillId="0" {B} xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>'  # 6 0.00%
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left"/></xf>'  # 7 Rp
          f'<xf numFmtId="0" fontId="1" fillId="0" {B} xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'  # 8 head
          f'<xf numFmtId="164" fontId="0" fillId="0" {B} xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>'  # 9 Rp bordered
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'  # 10 plain
          f'<xf numFmtId="49" fontId="1" fillId="0" {B} xfId="0" applyFont="1" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'  # 11 rekening
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/></xf>'  # 12 centred
          '</cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>')

workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="RKA SUB KEGIATAN" sheetId="1" r:id="rId1"/></sheets>'
            f'<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'RKA SUB KEGIATAN\'!$A$1:$K${last_row}</definedName></definedNames>'
            '</workbook>')

wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
           '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
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
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                 '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                 '</Types>')

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                       ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/styles.xml", styles),
                       ("xl/sharedStrings.xml", shared), ("xl/worksheets/sheet1.xml", sheet)]:
        info = zipfile.ZipInfo(name, date_time=(2023, 10, 16, 9, 12, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)

# ---- checks: everything adds up except the three seeded defects
lines = rincian
def level(code):
    return code.count(".") + 1 if code else None
problems = []
for i, it in enumerate(lines):
    if it[0] == "D":
        _, u, k, v, s, h, p, j = it
        exp = round(v * h * (1 + p))
        if exp != j:
            problems.append(f"RKA501 {i} {u}: {j} vs {exp}")
    if it[0] == "R":
        lv = level(it[1]); tot = 0; child = None
        for jt in lines[i + 1:]:
            if jt[0] == "R" and level(jt[1]) <= lv:
                break
            if jt[0] == "R":
                if child is None:
                    child = level(jt[1])
                if level(jt[1]) == child:
                    tot += jt[3]
            elif jt[0] == "D" and child is None:
                tot += jt[7]
        if tot != it[3]:
            problems.append(f"RKA502 {i} {it[1]}: {it[3]} vs {tot}")
# groups: [#] sums the lines up to the next [#]/rekening, [-] up to the next group/rekening
for i, it in enumerate(lines):
    if it[0] == "G":
        hash_ = it[1].startswith("[ # ]"); tot = 0
        for jt in lines[i + 1:]:
            if jt[0] == "R" or (jt[0] == "G" and (not hash_ or jt[1].startswith("[ # ]"))):
                break
            if jt[0] == "D":
                tot += jt[7]
        if tot != it[2]:
            problems.append(f"group {i} {it[1]}: {it[2]} vs {tot}")
if lines[0][3] != JUMLAH_TOTAL:
    problems.append("total")
if JUMLAH_TOTAL != 380000000:
    problems.append(f"alokasi 2024 380000000 vs Jumlah Total {JUMLAH_TOTAL}")
if round(380000000 * 1.1) != 418000000:
    problems.append("2025")
print("\n".join(problems))
print("rincian lines", len(lines))
