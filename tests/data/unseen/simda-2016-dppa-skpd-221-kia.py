#!/usr/bin/env python3
"""Writes simda-2016-dppa-skpd-221-kia.html: a SIMDA DPPA-SKPD 2.2.1 (Permendagri 13/2006, TA 2016) of the invented
Kota Sungai Limau's Dinas Kesehatan, laid out as SIMDA's Crystal report prints it (A4 landscape, bordered tables,
small font, three pages with the title box repeated as page header and the rincian heading repeated on page 2).
Three seeded defects (SEEDED below). Prints the sums it checks."""
import html
from decimal import Decimal, ROUND_HALF_UP

PEMDA = "PEMERINTAH KOTA SUNGAI LIMAU"
TA = 2016
NOMOR = ["1.02", "1.02.01", "32", "05", "5", "2"]
FIELDS = [
    ("Urusan Pemerintahan", "1.02", "Urusan Wajib Kesehatan"),
    ("Organisasi", "1.02 . 1.02.01", "Dinas Kesehatan"),
    ("Program", "1.02 . 1.02.01 . 32", "Program Peningkatan Keselamatan Ibu Melahirkan dan Anak"),
    ("Kegiatan", "1.02 . 1.02.01 . 32 . 05", "Peningkatan Pelayanan Kesehatan Ibu dan Anak"),
    ("Lokasi Kegiatan", None, "12 Puskesmas se-Kota Sungai Limau"),
    ("Sumber Dana", None, "DAU"),
]

# Rincian rows. ("rek", kode, uraian) | ("det", uraian, before, after) with before/after = (vol, satuan, harga) or
# None (no line before the perubahan). PRINTED overrides: (index, field) -> printed value.
ROWS = [
    ("rek", "5.2", "BELANJA LANGSUNG"),
    ("rek", "5.2.1", "Belanja Pegawai"),
    ("rek", "5.2.1.01", "Honorarium PNS"),
    ("rek", "5.2.1.01.01", "Honorarium Panitia Pelaksana Kegiatan"),
    ("det", "Honorarium Penanggung Jawab Kegiatan (1 org x 12 bln)", (12, "OB", 300000), (12, "OB", 300000)),
    ("det", "Honorarium PPTK (1 org x 12 bln)", (12, "OB", 250000), (12, "OB", 250000)),
    ("rek", "5.2.1.02", "Honorarium Non PNS"),
    ("rek", "5.2.1.02.02", "Honorarium Tenaga Ahli/Instruktur/Narasumber"),
    ("det", "Honorarium narasumber kelas ibu hamil", (24, "OJ", 400000), (36, "OJ", 400000)),
    ("rek", "5.2.2", "Belanja Barang dan Jasa"),
    ("rek", "5.2.2.01", "Belanja Bahan Pakai Habis"),
    ("rek", "5.2.2.01.01", "Belanja Alat Tulis Kantor"),
    ("det", "Kertas HVS F4 70 gram", (30, "rim", 42000), (24, "rim", 42000)),
    ("det", "Ballpoint", (10, "kotak", 27500), (10, "kotak", 27500)),
    ("rek", "5.2.2.02", "Belanja Bahan/Material"),
    ("rek", "5.2.2.02.05", "Belanja Bahan Obat-obatan"),
    ("det", "Tablet tambah darah ibu hamil (botol isi 30 tablet)", (2000, "botol", 18500), (2400, "botol", 18500)),
    ("det", "Kapsul vitamin A ibu nifas 200.000 IU", (5000, "kapsul", 450), (0, "kapsul", 450)),
    ("rek", "5.2.2.06", "Belanja Cetak dan Penggandaan"),
    ("rek", "5.2.2.06.01", "Belanja Cetak"),
    ("det", "Cetak buku KIA (Kesehatan Ibu dan Anak)", (1500, "buku", 12000), (1800, "buku", 12000)),
    ("rek", "5.2.2.11", "Belanja Makanan dan Minuman"),
    ("rek", "5.2.2.11.02", "Belanja Makanan dan Minuman Rapat"),
    ("det", "Snack kelas ibu hamil", (480, "kotak", 12500), (720, "kotak", 12500)),
    ("det", "Nasi kotak pertemuan evaluasi program KIA", (60, "kotak", 30000), (80, "kotak", 30000)),
    ("rek", "5.2.2.15", "Belanja Perjalanan Dinas"),
    ("rek", "5.2.2.15.01", "Belanja Perjalanan Dinas Dalam Daerah"),
    ("det", "Uang transport bidan kunjungan rumah ibu hamil risiko tinggi ke kelurahan", (240, "OK", 75000), (300, "OK", 75000)),
    ("det", "Uang transport pendampingan rujukan ibu hamil", None, (48, "OK", 100000)),
    ("det", "Uang harian supervisi ke puskesmas", (96, "OH", 150000), (72, "OH", 150000)),
]
# SEEDED defects:
#  1. row 24 (nasi kotak) prints jumlah Setelah 2.700.000 for 80 x 30.000 = 2.400.000 (all totals follow it): RKA501
#  2. row 27 (uang transport bidan) prints Bertambah 5.400.000 for 22.500.000 - 18.000.000 = 4.500.000: RKA505
#  3. the Sebelum Perubahan terbilang writes "delapan puluh enam ribu" for 115.185.000 (lima): RKA201
PRINTED_JUMLAH = {24: 2700000}
PRINTED_SELISIH = {27: 5400000}

N1 = 104350000


def rp(v):
    s = f"{abs(v):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def signed(v):
    return "(" + rp(v) + ")" if v < 0 else rp(v)


def pct(d, b):
    if b == 0:
        p = Decimal(100) if d > 0 else Decimal(0)
    else:
        p = (Decimal(d) * 100 / Decimal(b)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    s = f"{abs(p):.2f}".replace(".", ",")
    return "(" + s + ")" if p < 0 else s


def vol(v):
    return f"{v:,}".replace(",", ".")


def level(k):
    return len(k.split("."))


def spaced(k):
    return " . ".join(k.split("."))


# compute
computed = []  # (kind, kode, uraian, before, after, jb, ja, sel)
for i, r in enumerate(ROWS):
    if r[0] == "det":
        _, u, b, a = r
        jb = b[0] * b[2] if b else None
        ja = PRINTED_JUMLAH.get(i, a[0] * a[2])
        sel = PRINTED_SELISIH.get(i, ja - (jb or 0))
        computed.append(["det", None, u, b, a, jb, ja, sel])
    else:
        computed.append(["rek", r[1], r[2], None, None, 0, 0, 0])
for i, c in enumerate(computed):
    if c[0] != "rek":
        continue
    lv = level(c[1])
    jb = ja = 0
    for j in range(i + 1, len(computed)):
        d = computed[j]
        if d[0] == "rek" and level(d[1]) <= lv:
            break
        if d[0] == "det":
            jb += d[5] or 0
            ja += d[6]
    c[5], c[6], c[7] = jb, ja, ja - jb
TOTAL_B, TOTAL_A = computed[0][5], computed[0][6]
N_PLUS_1 = int(Decimal(TOTAL_A) * Decimal("1.1"))
TW = [("Triwulan I", 18450000), ("Triwulan II", 36200000), ("Triwulan III", 52633000), ("Triwulan IV", 30800000)]
assert sum(v for _, v in TW) == TOTAL_A, (sum(v for _, v in TW), TOTAL_A)
AMOUNTS = [
    ("Jumlah Tahun n - 1", N1, "Seratus empat juta tiga ratus lima puluh ribu rupiah"),
    ("Jumlah Tahun n Sebelum Perubahan", TOTAL_B, "Seratus lima belas juta seratus delapan puluh enam ribu rupiah"),
    ("Jumlah Tahun n Setelah Perubahan", TOTAL_A, "Seratus tiga puluh delapan juta delapan puluh tiga ribu rupiah"),
    ("Jumlah Tahun n + 1", N_PLUS_1, "Seratus lima puluh satu juta delapan ratus sembilan puluh satu ribu tiga ratus rupiah"),
]
INDICATORS = [
    ("Capaian Program", "Persentase persalinan yang ditolong tenaga kesehatan di fasilitas pelayanan kesehatan", "88 %", "90 %"),
    ("Masukan", "Jumlah Dana", "Rp. " + rp(TOTAL_B), "Rp. " + rp(TOTAL_A)),
    ("Keluaran", "Jumlah ibu hamil yang mendapat tablet tambah darah 90 tablet", "2.000 orang", "2.400 orang"),
    ("", "Jumlah kelas ibu hamil yang dilaksanakan di puskesmas", "24 kelas", "36 kelas"),
    ("Hasil", "Cakupan kunjungan ibu hamil K4", "92 %", "95 %"),
]
KELOMPOK = "Ibu hamil, ibu bersalin, ibu nifas dan bayi di wilayah kerja 12 puskesmas"
TTD = dict(tempat="Sungai Limau", tanggal="14 September 2016", jabatan="Kepala Dinas Kesehatan",
           nama="dr. Hj. Rosmaniar Siregar, M.Kes", nip="19680415 199803 2 006")
KET = [("Tanggal Pembahasan", "6 September 2016"), ("Catatan Hasil Pembahasan", "")]
CATATAN = ["1. Penambahan kelas ibu hamil dari 24 kelas menjadi 36 kelas",
           "2. Kapsul vitamin A ibu nifas disediakan oleh Dinas Kesehatan Provinsi"]
TIM = [
    ("Drs. H. Marzuki Lubis, M.Si", "19620817 198903 1 004", "Sekretaris Daerah"),
    ("Ir. Syafrida Hanum, MT", "19690322 199403 2 005", "Kepala Bappeda"),
    ("Muhammad Ridwan Nasution, SE, M.Si", "19710106 199603 1 002", "Kepala DPPKAD"),
]

BREAK_AFTER = 11  # rows 0..11 on page 1
PAGES = 3

CSS = """
@page { size: A4 landscape; margin: 9mm 10mm 8mm 10mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 8pt; margin: 0; }
.page { position: relative; height: 192mm; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.8px solid #000; padding: 1.5px 3px; vertical-align: top; }
th { font-weight: normal; text-align: center; vertical-align: middle; }
.title td { vertical-align: middle; text-align: center; font-weight: bold; }
.title td.head { width: 44%; font-size: 9pt; }
.title td.nomor { width: 38%; padding: 2px 4px; }
.title td.form { width: 18%; font-size: 9pt; }
.boxes { width: auto; margin: 3px auto 0 auto; }
.boxes td { border: 0.8px solid #000; padding: 1px 6px; font-weight: normal; }
.fields td { border: none; padding: 1px 3px; }
.fieldbox { border: 0.8px solid #000; border-top: none; }
.fields td.label { width: 20%; }
.fields td.colon { width: 1%; }
.fields td.code { width: 13%; white-space: nowrap; }
.fields td.rp { width: 2%; }
.fields td.amt { width: 10%; text-align: right; white-space: nowrap; }
.fields td.terb { width: 31%; }
.caption { text-align: center; font-weight: bold; border: 0.8px solid #000; border-top: none; border-bottom: none; padding: 3px; }
.num { text-align: right; white-space: nowrap; }
.ctr { text-align: center; }
.b td { font-weight: bold; }
.kel { border: 0.8px solid #000; border-top: none; padding: 2px 3px; }
.rin { font-size: 7.5pt; }
.rin td { padding: 1px 3px; }
.rin tr.r td:first-child { white-space: nowrap; }
.rin td.u { padding-left: 3px; }
.rin tr.d td.u { padding-left: 12px; }
.footer { position: absolute; bottom: 0; right: 0; font-size: 7pt; }
.bottom { width: 100%; margin-top: 6px; }
.bottom td { border: none; vertical-align: top; }
.tw td { border: 0.8px solid #000; }
.sign td { border: none; text-align: center; padding: 1px; }
.ket td { border: none; padding: 1px 3px; }
.tim td, .tim th { border: 0.8px solid #000; }
"""


def e(s):
    return html.escape(s, quote=False)


def title_box():
    boxes = "".join(f"<td>{e(b)}</td>" for b in NOMOR)
    return f"""<table class="title">
<tr><td class="head">DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN<br>SATUAN KERJA PERANGKAT DAERAH</td>
<td class="nomor" rowspan="2">NOMOR DPPA SKPD<table class="boxes"><tr>{boxes}</tr></table></td>
<td class="form" rowspan="2">Formulir<br>DPPA - SKPD<br>2.2.1</td></tr>
<tr><td class="head">{e(PEMDA)}<br>Tahun Anggaran {TA}</td></tr>
</table>
"""


def header():
    out = ['<div class="fieldbox"><table class="fields">']
    for label, code, name in FIELDS:
        if code:
            out.append(f'<tr><td class="label">{e(label)}</td><td class="colon">:</td><td class="code">{e(code)}</td>'
                       f'<td colspan="3">{e(name)}</td></tr>')
        else:
            out.append(f'<tr><td class="label">{e(label)}</td><td class="colon">:</td><td colspan="4">{e(name)}</td></tr>')
    out.append('</table></div><div class="fieldbox"><table class="fields">')
    for label, amt, terb in AMOUNTS:
        out.append(f'<tr><td class="label">{e(label)}</td><td class="colon">:</td><td class="rp">Rp.</td>'
                   f'<td class="amt">{rp(amt)}</td><td class="terb">({e(terb)})</td><td></td></tr>')
    out.append('</table></div>')
    return "\n".join(out)


def indicators():
    out = ['<div class="caption">Indikator &amp; Tolok Ukur Kinerja Belanja Langsung</div>', '<table>',
           '<tr><th rowspan="2" style="width:14%">Indikator</th><th rowspan="2" style="width:38%">Tolok Ukur Kinerja</th>'
           '<th style="width:24%">Target Kinerja</th><th style="width:24%">Target Kinerja</th></tr>'
           '<tr><th>Sebelum Perubahan</th><th>Setelah Perubahan</th></tr>']
    for i, (kind, tu, tb, ta) in enumerate(INDICATORS):
        if kind == "Keluaran":
            kind_cell = f'<td rowspan="2">{kind}</td>'
        elif kind == "":
            kind_cell = ""
        else:
            kind_cell = f"<td>{kind}</td>"
        out.append(f"<tr>{kind_cell}<td>{e(tu)}</td><td>{e(tb)}</td><td>{e(ta)}</td></tr>")
    out.append("</table>")
    out.append(f'<div class="kel">Kelompok Sasaran Kegiatan : {e(KELOMPOK)}</div>')
    return "\n".join(out)


COLS = ('<colgroup><col style="width:8.5%"><col style="width:19.5%">'
        '<col style="width:4%"><col style="width:4.5%"><col style="width:7%"><col style="width:8.5%">'
        '<col style="width:4%"><col style="width:4.5%"><col style="width:7%"><col style="width:8.5%">'
        '<col style="width:8%"><col style="width:5%"></colgroup>')
HEAD = """<tr><th rowspan="3">Kode<br>Rekening</th><th rowspan="3">Uraian</th>
<th colspan="4">Sebelum Perubahan</th><th colspan="4">Setelah Perubahan</th><th colspan="2" rowspan="2">Bertambah/(Berkurang)</th></tr>
<tr><th colspan="3">Rincian Perhitungan</th><th rowspan="2">Jumlah</th><th colspan="3">Rincian Perhitungan</th><th rowspan="2">Jumlah</th></tr>
<tr><th>Volume</th><th>Satuan</th><th>Harga Satuan</th><th>Volume</th><th>Satuan</th><th>Harga Satuan</th><th>Rp</th><th>%</th></tr>
<tr><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6 = (3 x 5)</th><th>7</th><th>8</th><th>9</th><th>10 = (7 x 9)</th><th>11</th><th>12</th></tr>"""


def row_html(i):
    c = computed[i]
    kind, kode, u, b, a, jb, ja, sel = c
    p = pct(sel if i not in PRINTED_SELISIH else ja - (jb or 0), jb or 0)
    if kind == "rek":
        return (f'<tr class="r"><td>{spaced(kode)}</td><td class="u">{e(u)}</td><td></td><td></td><td></td>'
                f'<td class="num">{rp(jb)}</td><td></td><td></td><td></td><td class="num">{rp(ja)}</td>'
                f'<td class="num">{signed(sel)}</td><td class="num">{p}</td></tr>')
    if b:
        bc = f'<td class="num">{vol(b[0])}</td><td>{e(b[1])}</td><td class="num">{rp(b[2])}</td><td class="num">{rp(jb)}</td>'
    else:
        bc = "<td></td><td></td><td></td><td></td>"
    ac = f'<td class="num">{vol(a[0])}</td><td>{e(a[1])}</td><td class="num">{rp(a[2])}</td><td class="num">{rp(ja)}</td>'
    return (f'<tr class="d"><td></td><td class="u">{e(u)}</td>{bc}{ac}'
            f'<td class="num">{signed(sel)}</td><td class="num">{p}</td></tr>')


def rincian(rows, caption, total):
    out = []
    if caption:
        out.append('<div class="caption" style="border-top:0.8px solid #000">RINCIAN DOKUMEN PELAKSANAAN PERUBAHAN '
                   'ANGGARAN BELANJA LANGSUNG<br>PROGRAM DAN PER KEGIATAN SATUAN KERJA PERANGKAT DAERAH</div>')
    out.append('<table class="rin">' + COLS + HEAD)
    for i in rows:
        out.append(row_html(i))
    if total:
        out.append(f'<tr class="b"><td colspan="5" class="num">Jumlah</td><td class="num">{rp(TOTAL_B)}</td>'
                   f'<td colspan="3"></td><td class="num">{rp(TOTAL_A)}</td><td class="num">{signed(TOTAL_A - TOTAL_B)}</td>'
                   f'<td class="num">{pct(TOTAL_A - TOTAL_B, TOTAL_B)}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


def bottom():
    tw = "".join(f'<tr><td>{t}</td><td>Rp.</td><td class="num">{rp(v)}</td></tr>' for t, v in TW)
    tw += f'<tr class="b"><td>Jumlah</td><td>Rp.</td><td class="num">{rp(TOTAL_A)}</td></tr>'
    sign = (f'<table class="sign"><tr><td>{e(TTD["tempat"])}, {e(TTD["tanggal"])}</td></tr>'
            f'<tr><td>{e(TTD["jabatan"])}</td></tr><tr><td style="height:42px"></td></tr>'
            f'<tr><td><u><b>{e(TTD["nama"])}</b></u></td></tr><tr><td>NIP. {e(TTD["nip"])}</td></tr></table>')
    ket = "".join(f'<tr><td style="width:22%">{e(k)}</td><td style="width:1%">:</td><td>{e(v)}</td></tr>' for k, v in [("Keterangan", "")] + KET)
    ket += "".join(f'<tr><td colspan="3">{e(c)}</td></tr>' for c in CATATAN)
    tim = "".join(f'<tr><td class="ctr">{n}</td><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td>'
                  f'<td style="height:16px;padding-left:{6 if n % 2 else 60}px">{n}.</td></tr>'
                  for n, (a, b, c) in enumerate(TIM, 1))
    return f"""<table class="bottom"><tr>
<td style="width:40%"><div style="font-weight:bold;margin-bottom:2px">Rencana Penarikan Dana per Triwulan</div>
<table class="tw"><colgroup><col style="width:40%"><col style="width:10%"><col></colgroup>{tw}</table></td>
<td style="width:20%"></td><td style="width:40%">{sign}</td></tr></table>
<table class="ket" style="margin-top:8px;width:60%">{ket}</table>
<div style="text-align:center;font-weight:bold;margin-top:8px;margin-bottom:2px">Tim Anggaran Pemerintah Daerah</div>
<table class="tim"><tr><th style="width:4%">No</th><th style="width:26%">Nama</th><th style="width:17%">NIP</th>
<th style="width:28%">Jabatan</th><th>Tanda Tangan</th></tr>{tim}</table>"""


def footer(n):
    return f'<div class="footer">Halaman {n} dari {PAGES}</div>'


def main():
    p1 = list(range(0, BREAK_AFTER + 1))
    p2 = list(range(BREAK_AFTER + 1, len(ROWS)))
    doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>DPPA-SKPD 2.2.1 1.02.1.02.01.32.05</title>
<!-- A SIMDA DPPA-SKPD 2.2.1 (Permendagri 13/2006, TA 2016, invented Kota Sungai Limau, Dinas Kesehatan) laid out as
     SIMDA's Crystal report prints it: three A4 landscape pages, the title box with its NOMOR DPPA SKPD boxes as the
     page header, the rincian heading repeated on page 2. Written by make.py; region, names and amounts invented. -->
<style>{CSS}</style>
</head>
<body>
<div class="page">
{title_box()}
{header()}
{indicators()}
{rincian(p1, True, False)}
{footer(1)}
</div>
<div class="page">
{title_box()}
{rincian(p2, False, True)}
{footer(2)}
</div>
<div class="page">
{title_box()}
{bottom()}
{footer(3)}
</div>
</body>
</html>
"""
    open("simda-2016-dppa-skpd-221-kia.html", "w", encoding="utf-8").write(doc)
    for i, c in enumerate(computed):
        kind, kode, u, b, a, jb, ja, sel = c
        print(i, kind, kode or "", u, b, a, jb, ja, sel, pct(ja - (jb or 0), jb or 0))
    print("total", TOTAL_B, TOTAL_A, TOTAL_A - TOTAL_B, "n+1", N_PLUS_1)


main()
