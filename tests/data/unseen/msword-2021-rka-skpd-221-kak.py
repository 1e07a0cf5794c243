"""Writes msword-2021-rka-skpd-221-kak.pdftotext.txt: an RKA-SKPD 2.2.1 form (Permendagri 13/2006 codes, TA 2021) of
an invented kabupaten's Dinas Kesehatan with the region's KAK, as plain `pdftotext` (default mode, no -layout) gives
the text of a PDF written by MS Word's "Save as PDF": one table cell a block, blocks set apart by blank lines, a few
rows kept on one line, ligatures as single code points (U+FB01, U+FB02), NO-BREAK SPACE after `Rp.`/`Rp` and inside
some phrases, SOFT HYPHEN and ZERO WIDTH SPACE inside words, Word's hyphenation at line ends in the KAK, Symbol-font
bullets as U+F0B7 and "•", curly quotes, en dashes, a `Halaman N dari 4` footer closing each page and a form feed after
each page. LF line ends, UTF-8 without BOM. Run: python3 msword-2021-rka-skpd-221-kak.py (writes next to itself) and it
checks the rincian's sums and prints the seeded defects."""

import os

FI = "\ufb01"    # LATIN SMALL LIGATURE FI
FL = "\ufb02"    # LATIN SMALL LIGATURE FL
NB = "\u00a0"    # NO-BREAK SPACE
SHY = "\u00ad"   # SOFT HYPHEN
ZW = "\u200b"    # ZERO WIDTH SPACE
SYM = "\uf0b7"   # Word's Symbol-font bullet (private use)
DOT = "\u2022"   # BULLET
ND = "\u2013"    # EN DASH
LQ, RQ = "\u201c", "\u201d"


def rp(n):
    s = f"{n:,}".replace(",", ".")
    return s + ",00"


# ---- the rincian (checked below) -------------------------------------------------------------------------------
# (kode, uraian lines, volume, satuan, harga, printed jumlah)
details = {
    "pptk": (12, "OB", 700_000, 8_400_000),
    "tgc": (60, "OB", 300_000, 18_000_000),
    "hvs": (25, "rim", 55_000, 1_375_000),
    "vtm": (200, "tube", 45_000, 9_000_000),
    "apd": (50, "set", 185_000, 9_500_000),       # seeded: 50 x 185.000 = 9.250.000
    "mamin": (120, "kotak", 35_000, 4_200_000),
    "pe": (120, "OH", 150_000, 18_000_000),
    "ver": (48, "OH", 150_000, 7_200_000),
}
for k, (v, s, h, j) in details.items():
    if v * h != j:
        print("seeded RKA501:", k, v, "x", h, "=", v * h, "printed", j)

r_honor = details["pptk"][3] + details["tgc"][3]
r_atk = details["hvs"][3]
r_kimia = details["vtm"][3] + details["apd"][3]
r_mamin = details["mamin"][3]
r_pd = details["pe"][3] + details["ver"][3]
r_bj = r_atk + r_kimia + r_mamin + r_pd
r_bl = r_honor + r_bj
N = r_bl
N_1 = 68_950_000
N1 = 79_458_750
print("5.2.1", r_honor, "5.2.2", r_bj, "5.2", r_bl, "n", N, "n+1 at 110 %", N * 11 // 10, "printed", N1,
      "ratio", N1 / N)
assert N == 75_675_000

page1 = f"""RENCANA KERJA DAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH

FORMULIR
RKA - SKPD 2.2.1

PEMERINTAH KABUPATEN LEMBAH WANGI
TAHUN ANGGARAN 2021

Urusan Pemerintahan

: 1.02

Kesehatan

Organisasi

: 1.02.01

Dinas Kesehatan

Program

: 1.02.1.02.01.22

Program Pencegahan dan Penanggulangan Penyakit Menular

Kegiatan

: 1.02.1.02.01.22.07

Peningkatan Surveilans Epidemiologi dan Penanggulangan Wabah

Lokasi Kegiatan

: Kabupaten Lembah Wangi ({"24" + NB + "Puskesmas"})

Sumber Dana

: DAU

Jumlah Tahun 2020

: Rp.{NB}{rp(N_1)}

(Enam puluh delapan juta sembilan ratus lima puluh ribu rupiah)

Jumlah Tahun 2021

: Rp.{NB}{rp(N)}

(Tujuh puluh lima juta enam ratus tujuh puluh empat ribu
rupiah)

Jumlah Tahun 2022

: Rp.{NB}{rp(N1)}

(Tujuh puluh sembilan juta empat ratus lima puluh delapan ribu tujuh ratus
lima puluh rupiah)

Indikator & Tolok Ukur Kinerja Belanja Langsung

Indikator

Tolok Ukur Kinerja

Target Kinerja

Capaian Program

Persentase desa/kelurahan mengalami KLB yang ditangani
kurang dari 24 jam

100 %

Masukan

Jumlah Dana

Rp{NB}{rp(N)}

Keluaran

Jumlah laporan mingguan SKDR puskesmas yang diveri{FI}kasi

1.248 laporan

Hasil

Kelengkapan dan kete{SHY}patan laporan mingguan SKDR
puskesmas

90 %

Kelompok Sasaran Kegiatan

: Masyarakat Kabupaten Lembah Wangi dan petugas surveilans puskesmas/{ZW}jejaring

Rincian Anggaran Belanja Langsung
Menurut Program dan Per Kegiatan Satuan Kerja Perangkat Daerah

Kode
Rekening

Uraian

Rincian Perhitungan
Volume

Satuan

Harga Satuan

Jumlah
(Rp)

1

2

3

4

5

6 = (3 x 5)

5.2

BELANJA LANGSUNG

{rp(r_bl)}

5.2.1

Belanja Pegawai

{rp(r_honor)}

5.2.1.01

Honorarium PNS

{rp(r_honor)}

5.2.1.01.01

Honorarium Panitia Pelaksana Kegiatan

{rp(r_honor)}

Honorarium Pejabat Pelaksana Teknis Kegiatan (PPTK)

12 OB

700.000,00

8.400.000,00

Honorarium Tim Gerak Cepat (TGC) kabupaten
(5 orang x 12 bulan)

60

OB

300.000,00

18.000.000,00

5.2.2

Belanja Barang dan Jasa

{rp(r_bj)}

5.2.2.01

Belanja Bahan Pakai Habis

{rp(r_atk)}

5.2.2.01.01

Belanja Alat Tulis Kantor

{rp(r_atk)}

Kertas HVS A4 80 gram

25

rim

55.000,00

1.375.000,00

5.2.2.02

Belanja Bahan/Material

{rp(r_kimia)}

5.2.2.02.03

Belanja Bahan Kimia

{rp(r_kimia)}

Reagen rapid test in{FL}uenza dan media transport virus
(VTM)

200

tube

45.000,00

9.000.000,00

Alat pelindung diri (APD) lengkap untuk TGC

50

set

185.000,00

9.500.000,00

Halaman 1 dari 4
\f"""

page2 = f"""Kode
Rekening

Uraian

Rincian Perhitungan
Volume

Satuan

Harga Satuan

Jumlah
(Rp)

1

2

3

4

5

6 = (3 x 5)

5.2.2.11

Belanja Makanan dan Minuman

{rp(r_mamin)}

5.2.2.11.02 Belanja Makanan dan Minuman Rapat

{rp(r_mamin)}

Makan minum rapat validasi data surveilans (4 kali x 30 orang)

120 kotak

35.000,00

4.200.000,00

5.2.2.15

Belanja Perjalanan Dinas

{rp(r_pd)}

5.2.2.15.01

Belanja Perjalanan Dinas Dalam Daerah

{rp(r_pd)}

Uang harian pe{SHY}nyelidikan epidemiologi KLB (5 orang x 24 kali)

120

OH

150.000,00

18.000.000,00

Uang harian veri{FI}kasi sinyal SKDR ke puskesmas
(2 orang x 24 puskesmas)

48

OH

150.000,00

7.200.000,00

JUMLAH

{rp(r_bl)}

Ciwangi, 19 Oktober 2020
Kepala Dinas Kesehatan
Kabupaten Lembah Wangi

dr. RATNA KUSUMAWATI, M.Kes.
Pembina Tingkat I
NIP. 19720614 200212 2 004

Halaman 2 dari 4
\f"""

page3 = f"""KERANGKA ACUAN KERJA (KAK)
KEGIATAN PENINGKATAN SURVEILANS EPIDEMIOLOGI DAN PENANGGULANGAN WABAH
DINAS KESEHATAN KABUPATEN LEMBAH WANGI
TAHUN ANGGARAN 2021

A. LATAR BELAKANG

Kabupaten Lembah Wangi dengan 24 puskesmas dan 186 desa/kelurahan masih menghadapi ancaman
kejadian luar biasa (KLB) penyakit menular seperti demam berdarah dengue, diare, campak dan in{FL}u-
enza. Pada tahun 2020 tercatat 9 KLB, dua di antaranya baru ditangani lebih dari 24 jam setelah
sinyal pertama muncul karena laporan mingguan puskesmas terlambat masuk.

Sistem Kewaspadaan Dini dan Respon ({LQ}SKDR{RQ}) menuntut setiap puskesmas mengirim laporan
mingguan (W2) tepat waktu dan Dinas Kesehatan melakukan veri{FI}kasi atas setiap sinyal yang
muncul. Kelengkapan laporan SKDR tahun 2020 baru mencapai 78{NB}%, di bawah target nasional 90{NB}%.

Karena itu diperlukan ke-
giatan yang memperkuat identi{FI}kasi dini kasus, penyelidikan epidemiologi dan respon cepat
oleh Tim Gerak Cepat (TGC) agar setiap KLB dapat ditanggulangi kurang dari 24 jam.

B. DASAR HUKUM

1. Undang-Undang Nomor 4 Tahun 1984 tentang Wabah Penyakit Menular;
2. Undang-Undang Nomor 36 Tahun 2009 tentang Kesehatan;
3. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah
terakhir dengan Undang-Undang Nomor 9 Tahun 2015;
4. Peraturan Pemerintah Nomor 40 Tahun 1991 tentang Penanggulangan Wabah Penyakit Menular;
5. Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006 tentang Pedoman Pengelolaan Keuangan
Daerah sebagaimana telah diubah terakhir dengan Peraturan Menteri Dalam Negeri Nomor 21 Tahun
2011;
6. Peraturan Menteri Kesehatan Nomor 1501/MENKES/PER/X/2010 tentang Jenis Penyakit Menular
Tertentu yang Dapat Menimbulkan Wabah dan Upaya Penanggulangan;
7. Peraturan Menteri Kesehatan Nomor 45 Tahun 2014 tentang Penyelenggaraan Surveilans Kesehatan.

C. MAKSUD DAN TUJUAN

Maksud kegiatan ini adalah memperkuat sistem surveilans epidemiologi di Kabupaten Lembah Wangi
agar setiap sinyal penyakit menular potensial wabah terdeteksi dan direspon sedini mungkin.
Tujuan kegiatan ini adalah:
a. meningkatkan kelengkapan dan ketepatan laporan mingguan SKDR puskesmas menjadi 90{NB}%;
b. menangani setiap KLB di desa/kelurahan kurang dari 24 jam sejak sinyal diveri{FI}kasi.

D. BENTUK KEGIATAN

Kegiatan dilaksanakan secara swakelola oleh Bidang Pencegahan dan Pengendalian Penyakit, berupa:
{DOT} rapat validasi data surveilans bersama petugas surveilans puskesmas;
{DOT} veri{FI}kasi sinyal SKDR dan kunjungan ke puskesmas;
{DOT} penyelidikan epidemiologi dan pemeriksaan {FI}sik kasus oleh Tim Gerak Cepat (TGC) pada setiap
dugaan KLB, termasuk pengambilan spesimen;
{DOT} penyediaan reagen, media transport virus dan alat pelindung diri bagi TGC.

E. KONSEP KEGIATAN

Setiap Senin puskesmas mengirim laporan W2 melalui aplikasi SKDR. Petugas surveilans kabupaten
memeriksa kelengkapan laporan pada hari Selasa dan memveri{FI}kasi setiap sinyal (alert) yang
muncul paling lambat 1 x 24 jam. Sinyal yang benar mengarah ke KLB ditindaklanjuti oleh TGC dengan
penyelidikan epidemiologi di lapangan.

Halaman 3 dari 4
\f"""

page4 = f"""F. MEKANISME PELAKSANAAN

1. Persiapan: penyusunan jadwal, pengadaan reagen, VTM dan APD;
2. Pelaksanaan: rapat validasi data triwulanan, veri{FI}kasi sinyal SKDR ke puskesmas dan penyelidikan
epidemiologi oleh TGC;
3. Pelaporan: laporan penyelidikan epidemiologi dan laporan bulanan kepada Kepala Dinas.

G. ALUR DAN JADWAL KEGIATAN

Kegiatan dilaksanakan selama 12 (dua belas) bulan, Januari {ND} Desember 2021, dengan alur dan
jadwal sebagai berikut:

No

Tahapan

Waktu

1

Persiapan dan pengadaan bahan

Januari {ND} Februari 2021

2

Rapat validasi data surveilans (4 kali)

Maret, Juni, September dan
November 2021

3

Veri{FI}kasi sinyal SKDR dan penyelidikan epidemiologi

Januari {ND} Desember 2021

4

Penyusunan laporan akhir

Desember 2021

H. MANFAAT

{SYM} Sinyal penyakit menular potensial wabah terdeteksi dan diveri{FI}kasi lebih awal;
{SYM} Setiap KLB di desa/kelurahan ditangani kurang dari 24 jam sehingga penularan dapat
dicegah;
{SYM} Data surveilans puskesmas lengkap, tepat waktu dan dapat dipakai untuk perencanaan;
{SYM} Kapasitas petugas surveilans puskesmas dan TGC meningkat.

Demikian Kerangka Acuan Kerja ini dibuat sebagai pedoman pelaksanaan ke-
giatan.

Ciwangi, 19 Oktober 2020
Pejabat Pelaksana Teknis Kegiatan

HENDRA WIBISONO, S.K.M., M.Epid.
NIP. 19810305 200604 1 011

Halaman 4 dari 4
\f"""

text = page1 + page2 + page3 + page4
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "msword-2021-rka-skpd-221-kak.pdftotext.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write(text)
