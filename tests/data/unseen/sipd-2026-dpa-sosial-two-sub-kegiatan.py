#!/usr/bin/env python3
"""Writes sipd-2026-dpa-sosial-two-sub-kegiatan.html: an SIPD-RI DPA-SUB KEGIATAN print of TA 2026 (invented
Kabupaten Rimba Sembilan, Dinas Sosial; Kepmendagri 050-5889 codes), two sub kegiatan of kegiatan 1.06.04.2.01 one
after the other, with three seeded defects (see SEEDED below). Also prints the checks of its sums."""
import html

PEMDA = "PEMERINTAH KABUPATEN RIMBA SEMBILAN"
TA = 2026

HEADER = [
    ("Urusan Pemerintahan", "1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
    ("Bidang Urusan", "1.06 - URUSAN PEMERINTAHAN BIDANG SOSIAL"),
    ("Program", "1.06.04 - PROGRAM REHABILITASI SOSIAL"),
    ("Sasaran Program", "Meningkatnya kualitas hidup dan keberfungsian sosial Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) "
                        "melalui rehabilitasi sosial dasar di luar panti sosial se-Kabupaten Rimba Sembilan"),
]
CAPAIAN_PROGRAM = [
    ("Persentase Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) yang memperoleh rehabilitasi sosial dasar di luar panti", "100 %"),
    ("Persentase penyandang disabilitas terlantar, anak terlantar, lanjut usia terlantar, serta gelandangan pengemis "
     "yang terpenuhi kebutuhan dasarnya", "92,5 %"),
]
KEGIATAN = ("1.06.04.2.01 - Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
            "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial")
ORG = "1.06.0.00.0.00.01.0000 - DINAS SOSIAL"
CAPAIAN_KEGIATAN = ("Persentase penyandang disabilitas terlantar, anak terlantar, lanjut usia terlantar, serta gelandangan "
                    "pengemis yang terpenuhi kebutuhan dasarnya di luar panti", "100 %")
HASIL = ("Meningkatnya keberfungsian sosial penyandang disabilitas terlantar, anak terlantar dan lanjut usia terlantar "
         "penerima layanan di luar panti", "90 %")

TTD = dict(tempat="Muara Sembilan", tanggal="5 Januari 2026", jabatan="Kepala Dinas Sosial",
           nama="Hj. SITI RAHMAWATI KUSUMANINGRUM PURBANEGARA, S.Sos., M.Kesos.", nip="19730412 199803 2 006")
TIM = [
    ("Drs. H. ZULKARNAIN EFENDI SIREGAR, M.Si.", "19680921 199303 1 005", "Sekretaris Daerah selaku Ketua TAPD"),
    ("AGUSTINUS BONAVENTURA MANURUNG PARDEDE, S.E., M.Ak.", "19750214 200003 1 003",
     "Kepala Badan Pengelolaan Keuangan dan Aset Daerah selaku PPKD"),
    ("Ir. RATNA DEWI ANGGRAINI WIRAKUSUMAH, M.T.", "19780630 200501 2 011",
     "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"),
    ("YOHANES MARULI TAMPUBOLON, S.H., M.H.", "19820317 200604 1 002", "Inspektur Daerah"),
]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]

# Rincian rows: ("rek", kode, uraian) | ("grp", uraian) | ("det", uraian, spesifikasi, koefisien, satuan, harga, ppn)
# Printed jumlah of rek/grp rows is computed from the lines below unless overridden (OVERRIDE: index -> printed).
F1_ROWS = [
    ("rek", "5", "BELANJA DAERAH"),
    ("rek", "5.1", "BELANJA OPERASI"),
    ("rek", "5.1.02", "Belanja Barang dan Jasa"),
    ("rek", "5.1.02.01", "Belanja Barang"),
    ("rek", "5.1.02.01.01", "Belanja Barang Pakai Habis"),
    ("rek", "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    ("grp", "[ # ] Alat Tulis Kantor"),
    ("grp", "[ - ] Administrasi Pendataan dan Penyaluran Permakanan Lanjut Usia Terlantar dan Penyandang Disabilitas Terlantar"),
    ("det", "Kertas HVS A4 75 gram", "Kertas HVS putih ukuran A4 75 gram isi 500 lembar per rim", "12 Rim", "Rim", 58500, 0),
    ("det", "Map Plastik Kancing", None, "5 Pak", "Pak", 42000, 0),
    ("det", "Tinta Printer", "Tinta isi ulang 70 ml warna hitam dan warna", "8 Botol", "Botol", 95000, 11),
    ("rek", "5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    ("grp", "[ # ] Bahan Cetak"),
    ("grp", "[ - ] Administrasi Pendataan dan Penyaluran Permakanan"),
    ("det", "Cetak Kartu Penerima Permakanan", "Art carton 260 gram, laminasi doff, ukuran 9 x 5,5 cm", "200 Lembar", "Lembar", 4500, 11),
    ("det", "Penggandaan Formulir Verifikasi Penerima", None, "150 Lembar x 4 Kali", "Lembar", 350, 0),
    ("rek", "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    ("grp", "[ # ] Makan Minum Rapat"),
    ("grp", "[ - ] Rapat Verifikasi dan Validasi Data Calon Penerima Permakanan"),
    ("det", "Nasi Kotak", None, "25 Orang x 2 Kali", "Kotak", 40000, 0),
    ("det", "Kue Kotak", None, "25 Orang x 2 Kali", "Kotak", 17500, 0),
    ("rek", "5.1.02.02", "Belanja Jasa"),
    ("rek", "5.1.02.02.01", "Belanja Jasa Kantor"),
    ("rek", "5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"),
    ("grp", "[ # ] Tenaga Pendukung Penyaluran Permakanan"),
    ("grp", "[ - ] Penyaluran Permakanan ke Rumah Penerima"),
    ("det", "Honorarium Tenaga Pengantar Permakanan",
     "Tenaga harian lepas, pengantaran ke rumah penerima di enam kecamatan", "6 Orang x 6 Bulan", "OB", 1750000, 0),
    ("rek", "5.1.02.03", "Belanja Barang untuk Diserahkan kepada Masyarakat/Pihak Ketiga"),
    ("rek", "5.1.02.03.02", "Belanja Barang yang Akan Diserahkan kepada Masyarakat"),
    ("rek", "5.1.02.03.02.0001", "Belanja Barang Pakai Habis yang Akan Diserahkan kepada Masyarakat"),
    ("grp", "[ # ] Permakanan Lanjut Usia Terlantar dan Penyandang Disabilitas Terlantar"),
    ("grp", "[ - ] Pemberian Permakanan Lanjut Usia Terlantar di Luar Panti"),
    ("det", "Paket Permakanan Lanjut Usia",
     "Makanan siap saji (nasi, lauk hewani, lauk nabati, sayur dan buah) dalam kotak, diantar ke rumah penerima",
     "100 Orang x 2 Kali x 120 Hari", "Porsi", 17500, 0),
    ("grp", "[ - ] Pemberian Permakanan Penyandang Disabilitas Terlantar di Luar Panti"),
    ("det", "Paket Permakanan Penyandang Disabilitas",
     "Makanan siap saji (nasi, lauk hewani, lauk nabati, sayur dan buah) dalam kotak, diantar ke rumah penerima",
     "40 Orang x 2 Kali x 120 Hari", "Porsi", 17500, 0),
    ("det", "Susu UHT", "Susu UHT rendah lemak kemasan kotak 200 ml", "40 Orang x 120 Hari", "Kotak", 6000, 11),
]
# Seeded (form 1): rincian[14] Cetak Kartu: 200 x 4.500 with PPN 11 % is 999.000, printed 990.000 (PPN at 10 %); every
# level above adds up the printed figure.  The Jumlah Total row prints 688.789.600,00 (digits swapped) while rekening 5
# and the alokasi read 688.798.600,00.
F1_JUMLAH_OVERRIDE = {14: 990000}
F1_TOTAL_ROW = 688789600

F2_ROWS = [
    ("rek", "5", "BELANJA DAERAH"),
    ("rek", "5.1", "BELANJA OPERASI"),
    ("rek", "5.1.02", "Belanja Barang dan Jasa"),
    ("rek", "5.1.02.01", "Belanja Barang"),
    ("rek", "5.1.02.01.01", "Belanja Barang Pakai Habis"),
    ("rek", "5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    ("grp", "[ # ] Bahan Cetak"),
    ("grp", "[ - ] Bimbingan Sosial Kelompok bagi Anak Terlantar dan Lanjut Usia Terlantar"),
    ("det", "Penggandaan Modul Bimbingan Sosial",
     "Ukuran A5, 48 halaman, sampul art carton 210 gram, jilid steples", "150 Eksemplar", "Eksemplar", 22500, 11),
    ("det", "Spanduk Kegiatan", "Flexi 280 gram ukuran 1 x 3 meter", "4 Lembar", "Lembar", 165000, 11),
    ("rek", "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    ("grp", "[ # ] Makan Minum Bimbingan"),
    ("grp", "[ - ] Bimbingan Sosial Kelompok bagi Anak Terlantar dan Lanjut Usia Terlantar"),
    ("det", "Nasi Kotak", None, "50 Orang x 2 Hari x 6 Angkatan", "Kotak", 35000, 0),
    ("det", "Kue Kotak", None, "50 Orang x 2 Kali x 6 Angkatan", "Kotak", 15000, 0),
    ("rek", "5.1.02.02", "Belanja Jasa"),
    ("rek", "5.1.02.02.01", "Belanja Jasa Kantor"),
    ("rek", "5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
    ("grp", "[ # ] Honorarium Narasumber dan Pembimbing"),
    ("grp", "[ - ] Bimbingan Mental, Spiritual dan Sosial"),
    ("det", "Honorarium Narasumber Pejabat Eselon III/Setara",
     "Narasumber dari instansi vertikal dan perguruan tinggi", "2 Orang x 6 Kali x 2 Jam", "OJ", 900000, 0),
    ("det", "Honorarium Pembimbing Keagamaan", None, "4 Orang x 6 Kali", "OK", 500000, 0),
    ("rek", "5.1.02.03", "Belanja Barang untuk Diserahkan kepada Masyarakat/Pihak Ketiga"),
    ("rek", "5.1.02.03.02", "Belanja Barang yang Akan Diserahkan kepada Masyarakat"),
    ("rek", "5.1.02.03.02.0001", "Belanja Barang Pakai Habis yang Akan Diserahkan kepada Masyarakat"),
    ("grp", "[ # ] Paket Perlengkapan Bimbingan"),
    ("grp", "[ - ] Bimbingan Fisik bagi Lanjut Usia Terlantar"),
    ("det", "Paket Perlengkapan Senam Lansia",
     "Kaos olahraga, celana training, handuk kecil dan botol minum", "150 Paket", "Paket", 185000, 11),
    ("grp", "[ - ] Bimbingan Spiritual dan Sosial"),
    ("det", "Paket Perlengkapan Ibadah",
     "Mukena atau sarung, sajadah, dan kitab suci sesuai agama penerima", "150 Paket", "Paket", 210000, 11),
    ("rek", "5.1.02.04", "Belanja Perjalanan Dinas"),
    ("rek", "5.1.02.04.01", "Belanja Perjalanan Dinas Dalam Negeri"),
    ("rek", "5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    ("grp", "[ # ] Perjalanan Dinas Dalam Daerah"),
    ("grp", "[ - ] Pendampingan Bimbingan Sosial di Kecamatan"),
    ("det", "Uang Harian Perjalanan Dinas Dalam Kabupaten", None, "25 Orang x 2 Kali", "OK", 150000, 0),
    ("det", "Sewa Kendaraan Roda Empat",
     "Minibus 7 penumpang termasuk pengemudi dan bahan bakar", "2 Unit x 6 Hari", "Hari", 650000, 11),
]
# Seeded (form 2): rekening rincian[17] 5.1.02.02.01.0003 prints 36.300.000,00 but its lines add up to 33.600.000,00
# (its groups print 33.600.000,00); every level above, the alokasi, the Masukan and the penarikan follow 36.300.000,00.
F2_JUMLAH_OVERRIDE = {17: 36300000}
F2_TOTAL_ROW = None  # the rekening 5 figure

FORMS = [
    dict(no="001", sub="1.06.04.2.01.0001 - Penyediaan Permakanan",
         sumber="DAU yang Tidak Ditentukan Penggunaannya",
         lokasi=("Kabupaten Rimba Sembilan, Kecamatan Muara Sembilan, Kecamatan Sungai Lebar, Kecamatan Bukit Tinjau, "
                 "Kecamatan Air Hitam Hulu, Kecamatan Tanjung Gading, Kecamatan Padang Rimbun"),
         waktu="Februari s.d. September",
         keluaran=("Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan", "140 Orang"),
         kelompok=("Lanjut usia terlantar dan penyandang disabilitas terlantar yang tinggal di luar panti se-Kabupaten "
                   "Rimba Sembilan"),
         alokasi_prev=612450000,
         rows=F1_ROWS, override=F1_JUMLAH_OVERRIDE, total_row=F1_TOTAL_ROW,
         penarikan=[0, 5830600, 112000000, 112000000, 112000000, 112000000, 112000000, 112968000, 10000000, 0, 0, 0]),
    dict(no="002", sub="1.06.04.2.01.0005 - Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
         sumber="Pendapatan Asli Daerah",
         lokasi="Kabupaten Rimba Sembilan, Semua Kecamatan, Semua Kelurahan",
         waktu="Maret s.d. September",
         keluaran=("Jumlah Orang yang Mendapatkan Bimbingan Fisik, Mental, Spiritual, dan Sosial", "150 Orang"),
         kelompok="Anak terlantar dan lanjut usia terlantar penerima layanan rehabilitasi sosial dasar di luar panti",
         alokasi_prev=138250000,
         rows=F2_ROWS, override=F2_JUMLAH_OVERRIDE, total_row=F2_TOTAL_ROW,
         penarikan=[0, 0, 24500000, 24500000, 24500000, 24500000, 24500000, 24500000, 5704350, 0, 0, 0]),
]


def rp(n):
    """Indonesian format with ,00"""
    s = f"{n:,}".replace(",", ".")
    return s + ",00"


def volume(koef):
    v = 1
    for part in koef.split(" x "):
        v *= int(part.split()[0].replace(".", ""))
    return v


def compute(form):
    rows = form["rows"]
    n = len(rows)
    jumlah = [None] * n
    true = [None] * n
    for i, r in enumerate(rows):
        if r[0] == "det":
            _, u, spek, koef, sat, harga, ppn = r
            base = volume(koef) * harga
            assert (base * (100 + ppn)) % 100 == 0
            true[i] = base * (100 + ppn) // 100
            jumlah[i] = form["override"].get(i, true[i])

    def level(r):
        return r[1].count(".") + 1 if r[0] == "rek" else None

    def gl(r):
        return 1 if r[1].startswith("[ # ]") else 2

    # groups: sum of detail lines until next rek or group of level <= own
    for i, r in enumerate(rows):
        if r[0] == "grp":
            s = 0
            for j in range(i + 1, n):
                if rows[j][0] == "rek" or (rows[j][0] == "grp" and gl(rows[j]) <= gl(r)):
                    break
                if rows[j][0] == "det":
                    s += jumlah[j]
            jumlah[i] = form["override"].get(i, s)
    # rekening bottom-up: deepest levels first; sum of direct children (nearest sub-rekening) or detail lines
    order = sorted([i for i, r in enumerate(rows) if r[0] == "rek"], key=lambda i: -level(rows[i]))
    for i in order:
        lv = level(rows[i])
        end = i + 1
        while end < n and not (rows[end][0] == "rek" and level(rows[end]) <= lv):
            end += 1
        kids = [j for j in range(i + 1, end) if rows[j][0] == "rek"]
        if kids:
            cl = min(level(rows[j]) for j in kids)
            s = sum(jumlah[j] for j in kids if level(rows[j]) == cl)
        else:
            s = sum(jumlah[j] for j in range(i + 1, end) if rows[j][0] == "det")
        jumlah[i] = form["override"].get(i, s)
    form["jumlah"] = jumlah
    form["true"] = true
    total = jumlah[0]
    form["alokasi"] = total
    form["alokasi_next"] = total * 11 // 10
    assert total * 11 % 10 == 0
    if form["total_row"] is None:
        form["total_row"] = total
    assert sum(form["penarikan"]) == total, (sum(form["penarikan"]), total)


def esc(s):
    return html.escape(s, quote=False)


CSS = """
  @page {
    size: A4 landscape; margin: 9mm 11mm 13mm 11mm;
    @bottom-left { content: "Dicetak melalui SIPD-RI pada 05/01/2026 09:14:37"; font: 6.5pt "DejaVu Sans Condensed", sans-serif; }
    @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font: 6.5pt "DejaVu Sans Condensed", sans-serif; }
  }
  body { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 8pt; line-height: 1.15; margin: 0; color: #000; }
  table { border-collapse: collapse; width: 100%; }
  .bx td, .bx th { border: 0.8px solid #000; padding: 2px 3px; vertical-align: top; }
  th { font-weight: bold; text-align: center; vertical-align: middle; background: #e6e6e6; }
  .judul td { text-align: center; font-weight: bold; vertical-align: middle; font-size: 9pt; }
  .judul td.no { width: 24%; font-size: 7.5pt; }
  .judul td.frm { width: 15%; font-size: 7.5pt; }
  .kop { border: 0.8px solid #000; border-top: none; }
  .kop td { padding: 1px 3px; vertical-align: top; }
  .kop td.l { width: 14%; }
  .kop td.s { width: 8px; padding: 1px 0; text-align: center; }
  .kop td.v { padding-right: 28%; }
  .kop td.v.wide { padding-right: 3px; }
  .nest td, .nest th { border: 0.8px solid #000; padding: 1px 3px; }
  .band { text-align: center; font-weight: bold; border: 0.8px solid #000; border-top: none; padding: 2px; background: #e6e6e6; }
  .r { text-align: right; white-space: nowrap; }
  .c { text-align: center; }
  .rin thead { display: table-header-group; }
  .rin tr { break-inside: avoid; }
  .rin tr.rek td { font-weight: bold; }
  .rin td.spek { }
  .rin span.spek { display: block; font-size: 7pt; color: #222; }
  .tot td { font-weight: bold; }
  .bawah { margin-top: 6px; break-inside: avoid; }
  .bawah > tbody > tr > td { vertical-align: top; padding: 0; }
  .tarik td { border: 0.8px solid #000; padding: 1px 4px; }
  .ttd { text-align: center; }
  .ttd td { padding: 1px 4px; text-align: center; }
  .ttd td.nm { font-weight: bold; text-decoration: underline; }
  .tim { margin-top: 8px; break-inside: avoid; }
  section.form + section.form { break-before: page; }
"""


def form_html(f):
    out = []
    a = out.append
    a('<section class="form">')
    a('<table class="bx judul">')
    a('  <tr><td>DOKUMEN PELAKSANAAN ANGGARAN<br>SATUAN KERJA PERANGKAT DAERAH</td>'
      f'<td class="no">NOMOR DPA<br>DPA/A.1/1.06.0.00.0.00.01.0000/{f["no"]}/{TA}</td>'
      '<td class="frm" rowspan="2">Formulir<br>DPA-SUB KEGIATAN</td></tr>')
    a(f'  <tr><td colspan="2">{PEMDA}<br>TAHUN ANGGARAN {TA}</td></tr>')
    a('</table>')
    a('<table class="kop">')

    def fld(label, value, wide=False):
        cls = "v wide" if wide else "v"
        a(f'  <tr><td class="l">{esc(label)}</td><td class="s">:</td><td class="{cls}">{value}</td></tr>')

    for label, value in HEADER:
        fld(label, esc(value))
    cp = ['<table class="nest"><tr><th style="width:80%">Indikator</th><th>Target</th></tr>']
    for t, v in CAPAIAN_PROGRAM:
        cp.append(f'<tr><td>{esc(t)}</td><td class="c">{esc(v)}</td></tr>')
    cp.append('</table>')
    fld("Capaian Program", "".join(cp), wide=True)
    fld("Kegiatan", esc(KEGIATAN))
    fld("Organisasi", esc(ORG))
    fld("Unit", esc(ORG))
    fld(f"Alokasi Tahun {TA - 1}", "Rp. " + rp(f["alokasi_prev"]))
    fld(f"Alokasi Tahun {TA}", "Rp. " + rp(f["alokasi"]))
    fld(f"Alokasi Tahun {TA + 1}", "Rp. " + rp(f["alokasi_next"]))
    a('</table>')
    a('<div class="band">Indikator &amp; Tolok Ukur Kinerja Kegiatan</div>')
    a('<table class="bx ind">')
    a('  <tr><th style="width:13%">Indikator</th><th style="width:57%">Tolok Ukur Kinerja</th><th>Target Kinerja</th></tr>')
    ind = [("Capaian Kegiatan",) + CAPAIAN_KEGIATAN,
           ("Masukan", "Dana yang dibutuhkan", "Rp. " + rp(f["alokasi"])),
           ("Keluaran",) + f["keluaran"],
           ("Hasil",) + HASIL]
    for k, t, v in ind:
        a(f'  <tr><td>{k}</td><td>{esc(t)}</td><td>{esc(v)}</td></tr>')
    a('</table>')
    a('<table class="kop">')
    a(f'  <tr><td class="l">Kelompok Sasaran Kegiatan</td><td class="s">:</td><td class="v">{esc(f["kelompok"])}</td></tr>')
    a('</table>')
    a('<table class="kop" style="margin-top:5px; border-top:0.8px solid #000">')
    fld("Sub Kegiatan", esc(f["sub"]))
    fld("Sumber Pendanaan", esc(f["sumber"]))
    fld("Lokasi", esc(f["lokasi"]))
    fld("Waktu Pelaksanaan", esc(f["waktu"]))
    kel = ('<table class="nest"><tr><th style="width:80%">Tolok Ukur</th><th>Target</th></tr>'
           f'<tr><td>{esc(f["keluaran"][0])}</td><td class="c">{esc(f["keluaran"][1])}</td></tr></table>')
    fld("Keluaran Sub Kegiatan", kel, wide=True)
    a('</table>')
    a('<div class="band">RINCIAN ANGGARAN BELANJA SUB KEGIATAN</div>')
    a('<table class="bx rin">')
    a('  <colgroup><col style="width:11%"><col style="width:39%"><col style="width:13%"><col style="width:6%">'
      '<col style="width:10%"><col style="width:4%"><col style="width:17%"></colgroup>')
    a('  <thead>')
    a('    <tr><th rowspan="2">Kode Rekening</th><th rowspan="2">Uraian</th><th colspan="4">Rincian Perhitungan</th>'
      '<th rowspan="2">Jumlah (Rp)</th></tr>')
    a('    <tr><th>Koefisien</th><th>Satuan</th><th>Harga</th><th>PPN</th></tr>')
    a('  </thead>')
    a('  <tbody>')
    for i, r in enumerate(f["rows"]):
        j = rp(f["jumlah"][i])
        if r[0] == "rek":
            a(f'    <tr class="rek"><td>{r[1]}</td><td>{esc(r[2])}</td><td></td><td></td><td></td><td></td>'
              f'<td class="r">{j}</td></tr>')
        elif r[0] == "grp":
            a(f'    <tr class="grp"><td></td><td>{esc(r[1])}</td><td></td><td></td><td></td><td></td>'
              f'<td class="r">{j}</td></tr>')
        else:
            _, u, spek, koef, sat, harga, ppn = r
            ur = esc(u) + (f'<span class="spek">Spesifikasi : {esc(spek)}</span>' if spek else "")
            p = f"{ppn}%" if ppn else "0"
            a(f'    <tr><td></td><td>{ur}</td><td>{esc(koef)}</td><td>{esc(sat)}</td><td class="r">{rp(harga)}</td>'
              f'<td class="c">{p}</td><td class="r">{j}</td></tr>')
    a(f'    <tr class="tot"><td colspan="6" class="r">Jumlah Total</td><td class="r">{rp(f["total_row"])}</td></tr>')
    a('  </tbody>')
    a('</table>')
    # Penarikan (left) and signature (right)
    a('<table class="bawah"><tr><td style="width:46%">')
    a('<table class="tarik">')
    a('  <tr><th colspan="3">Rencana Penarikan Dana per Bulan</th></tr>')
    a('  <tr><th style="width:8%">No</th><th>Bulan</th><th style="width:45%">Jumlah</th></tr>')
    for k, (m, v) in enumerate(zip(MONTHS, f["penarikan"]), 1):
        a(f'  <tr><td class="c">{k}</td><td>{m}</td><td class="r">Rp. {rp(v)}</td></tr>')
    a(f'  <tr class="tot"><td></td><td style="font-weight:bold">Jumlah</td><td class="r" style="font-weight:bold">Rp. {rp(sum(f["penarikan"]))}</td></tr>')
    a('</table>')
    a('</td><td style="width:16%"></td><td>')
    a('<table class="ttd" style="margin-top:40px">')
    a(f'  <tr><td>{TTD["tempat"]}, {TTD["tanggal"]}</td></tr>')
    a(f'  <tr><td>{TTD["jabatan"]}</td></tr>')
    a('  <tr><td style="height:60px"></td></tr>')
    a(f'  <tr><td class="nm">{esc(TTD["nama"])}</td></tr>')
    a(f'  <tr><td>NIP. {TTD["nip"]}</td></tr>')
    a('</table>')
    a('</td></tr></table>')
    a('<table class="bx tim">')
    a('  <tr><th colspan="5">Tim Anggaran Pemerintah Daerah</th></tr>')
    a('  <tr><th style="width:4%">No</th><th style="width:30%">Nama</th><th style="width:17%">NIP</th>'
      '<th style="width:35%">Jabatan</th><th>Tanda Tangan</th></tr>')
    for k, (nm, nip, jab) in enumerate(TIM, 1):
        a(f'  <tr><td class="c">{k}</td><td>{esc(nm)}</td><td>{nip}</td><td>{esc(jab)}</td><td></td></tr>')
    a('</table>')
    a('</section>')
    return "\n".join(out)


def main():
    for f in FORMS:
        compute(f)
    body = "\n".join(form_html(f) for f in FORMS)
    doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>SIPD-RI | Cetak DPA Sub Kegiatan</title>
<!-- An SIPD-RI "DPA-SUB KEGIATAN" print of TA 2026 (Kepmendagri 050-5889 codes): Pemerintah Kabupaten Rimba Sembilan
     (invented), Dinas Sosial, two sub kegiatan of kegiatan 1.06.04.2.01 printed one after the other, A4 landscape;
     names and amounts invented, with seeded defects. Printed with headless Chromium to
     sipd-2026-dpa-sosial-two-sub-kegiatan.pdf. -->
<style>{CSS}</style>
</head>
<body>
{body}
</body>
</html>
"""
    with open("sipd-2026-dpa-sosial-two-sub-kegiatan.html", "w", encoding="utf-8") as fh:
        fh.write(doc)
    for k, f in enumerate(FORMS):
        print(f"form {k}: alokasi {rp(f['alokasi_prev'])} / {rp(f['alokasi'])} / {rp(f['alokasi_next'])}, total row {rp(f['total_row'])}")
        for i, r in enumerate(f["rows"]):
            flag = ""
            if f["true"][i] is not None and f["true"][i] != f["jumlah"][i]:
                flag = f"   <-- true {rp(f['true'][i])}"
            if i in f["override"] and r[0] != "det":
                flag = "   <-- overridden"
            label = r[1] if r[0] == "rek" else ("" if r[0] == "grp" else "   ")
            text = r[2] if r[0] == "rek" else r[1]
            print(f"  [{i}] {label:18} {text[:60]:60} {rp(f['jumlah'][i]):>18}{flag}")


if __name__ == "__main__":
    main()
