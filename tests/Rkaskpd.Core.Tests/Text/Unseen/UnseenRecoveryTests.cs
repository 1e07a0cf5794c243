using Rkaskpd.Text;
using Xunit;
using Xunit.Abstractions;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>
/// The recovery measurement: documents no reader test was written against (other systems, layouts and years, and
/// seeded defects), each with its expected values written by reading it (<c>tests/data/unseen/*.expected</c>). Each
/// test prints how many of those values the reader gets right and fails below its floor, the figure reached when the
/// floor was last raised; run with <c>--logger "console;verbosity=detailed"</c> to see the figures.
/// </summary>
public class UnseenRecoveryTests(ITestOutputHelper output)
{
    /// <summary>Document, its expected file, and the number of expected values it must get right. Before the reader
    /// learnt these documents (commit "Unseen documents ... baseline figures") it got 96, 48 and 60 of 134 for the
    /// three SIPD RKA layouts, 64 of 81 for the SIPD DPA, 13 of 67 for the SIPKD document, 16 of 24 for the Lombok
    /// Barat cover and 36 of 36 for the seeded defects. The second round's documents read, before their fixes: 32 of 32
    /// (SIPD DPA with seeded defects), 41 of 73 (SIPD DPPA), 58 of 60 (SIMDA 2.2.1 as pdftotext -layout), 41 of 41
    /// (Word/Excel Windows-1252), and 23 of 24 for Lombok Barat (its sumber dana). The SIPD DPPA then stood at 50 of 73
    /// until its rincian rows, which print the Sebelum and Setelah Perubahan groups side by side, were split into cells
    /// by the column positions of the table's header (73 of 73). The third round's documents read, before their fixes:
    /// 76 of 115 (SIPD TA 2022 as plain pdftotext over four pages), 69 of 78 (Excel Unicode Text, UTF-16) and 41 of 63
    /// (SIMDA DPA with seeded defects); after their fixes (a quoted multi-line tab cell, "Halaman N dari M" footers,
    /// spaced [ # ] groups, a koefisien with a thousands dot, merged indicator cells, an English volume, the column
    /// formula row, the quarterly penarikan plan) 115, 78 and 63. The fourth round's documents read, before their
    /// fixes: 39 of 91 (an RKA-SKPD 2.2.1 scanned and OCR'd), 121 of 121 (SIPD-RI TA 2025 RKA - SUB KEGIATAN as
    /// pdftotext -layout) and 87 of 89 (Excel CSV, Windows-1252, with seeded defects); after their fixes (numbers with
    /// OCR letters and slipped separators, words hyphenated over lines, stray table-rule strokes, two rows merged on
    /// one line, a kind cell holding the tolok ukur, a CSV table cell with a line break) 91, 121 and 89. The signature
    /// (place, date, jabatan, name, NIP) was added to three documents of the earlier rounds later: before the reader
    /// stopped at the Tim Anggaran table and read two signatures by columns, 2 of those 5 values were right in each
    /// (the team table's NIP heading, the left column's NIP); after, all 5 in the SIPD and SIPKD prints and 4 in the
    /// flattened SIMDA DPA (the jabatan lines of its merged columns cannot be told apart). The fifth round's documents
    /// read, before their fixes: 89 of 117 (SIPD TA 2021 converted to Markdown), 51 of 103 (SIMDA 2.2.1 as pdftotext
    /// -raw) and 79 of 97 (a city e-budgeting page saved as text, with seeded defects); after their fixes (a Markdown
    /// cell's <c>&lt;br&gt;</c> and a converter's copies of merged cells; pdftotext -raw's whole page title inside the
    /// table, cells written after a wrapped uraian or tolok ukur, a volume 1.050; a label alone above its value) 117,
    /// 102 and 97 (the SIMDA print's wrapped kegiatan name is still reported as a line glued to the field above,
    /// RKA017). A kabupaten's LibreOffice Calc template with seeded defects, saved as XLSX, read 151 of 154 when it was
    /// added: its Capaian Program target is a percentage number shown as 100% (read as its raw value 1) and its Masukan
    /// a number shown with an "Rp " prefix (read without it, so not as an amount, and RKA302 reports it); with numbers
    /// written as their format shows them, 154. The SIPD-RI TA 2024 DPA-SUB KEGIATAN with seeded defects, as a
    /// document-hosting site gives its text, read 41 of 172 when it was added: each page's repeated title started a new
    /// form, so the sub kegiatan block and the rincian fell into two other forms; with the title held atop a page until
    /// the next line tells a new form from the form going on (and SIPD's print stamp read as a page footer), 134; with
    /// every row of the Capaian Program table printed one cell per line joined, 138; with a flattened tolok ukur's rest
    /// under its row, after the target, joined, 140; with a SIPD rincian row's wrapped uraian or koefisien under the
    /// row joined it, 170 (left: the penarikan plan printed one cell per line, RKA006, and the program name's wrapped
    /// last word, RKA017). A header value wrapped at the page's width onto a line of a few words written as the value
    /// is written now joins it without RKA017: 103 of 103 for the SIMDA print as pdftotext -raw, 171 of 172 for the
    /// SIPD 2024 text. With the penarikan plan's month and amount on lines of their own paired, and the Tim Anggaran
    /// table on a page of its own read as the form's closing lines, 172. Two RKA-SKPD 2.2.1 forms of one SKPD and
    /// program typed in Writer tables after a cover page, with seeded defects, as pdftotext -layout of Writer's print,
    /// read 125 of 300 when it was added: the rincian table's three heading lines leave "Volume Satuan Harga Satuan
    /// (Rp)" as a rincian line of its own in each form, and again where the heading is repeated after form 2's page
    /// break, so every later line is off by one (and RKA501 names rincian[28]); form 2's title lines after form 1's
    /// signature and page footer are not taken for a title (RKA006 on each, RKA008, no pemerintah daerah or tahun
    /// anggaran). With a header cell of several headings ("Volume Satuan Harga Satuan") read as a header row, and an
    /// indented title right after a page's foot held as a title, 300. A SIMDA DPA-SKPD 2.2.1 of TA 2013 over four pages
    /// as a document-hosting site gives its text, with the old prints' carried totals ("Jumlah dipindahkan" at a page's
    /// bottom, "Jumlah pindahan" atop the next) and seeded defects, read 85 of 209 when it was added: the first "Jumlah
    /// dipindahkan" is taken for the rincian table's total row (RKA504), so the table ends on page 2 and the 17 rincian
    /// lines of pages 3 and 4 are reported one by one as RKA006; a wrapped rekening name's last word is a rincian line
    /// of its own, so every later line is off by one; the group headings of the belanja modal lines, a subtotal without
    /// volume or harga ("Pekerjaan Persiapan 9.230.000,00"), are read as detail lines (RKA502 on their rekening); the
    /// host's "You are on page 2of 4" is RKA006. With carried totals read as page furniture (the mismatch between a
    /// page's "Jumlah pindahan" and the "Jumlah dipindahkan" before it reported, RKA024), the host's page marker read
    /// as a page break, a long rekening name's wrapped end joined, and a line with a jumlah only that the detail lines
    /// under it add up to not counted again by RKA502, 204 (left: the five group headings are not group lines in the
    /// model, which knows SIPD's [#] only). A SIPD-RI TA 2023 RKA - SUB KEGIATAN holding two sub kegiatan forms of one
    /// kegiatan, as a document-hosting site gives its text ("Anda di halaman N dari 6" atop each page, the title
    /// repeated, parts one cell per line and parts one row per line), with seeded defects, read 279 of 364 when it was
    /// added: in form 2's rows on one line, the wrapped end of a "[ - ]" group name ("Tingkat Kabupaten") is a rincian
    /// line of its own, twice, so every later line of form 2 is off by one or two (and RKA501 names rincian[22]); in
    /// form 1 a row whose uraian and koefisien both wrap ("Kegiatan Kegiatan" on the line after) gives both words to
    /// the uraian. With a rekening's or group's name wrapped under its row joined to it, and the last of such words
    /// given to an open koefisien as its unit, 364. The eighth round's documents read, before their fixes: 103 of 175
    /// (a SIMDA DPPA-SKPD 2.2.1 of TA 2015 as pdftotext -layout, with seeded defects) and 123 of 403 (two RKA-SKPD
    /// 2.2.1 forms kept in an Excel template with the kode rekening over five cells, saved as tab text). With a jumlah
    /// in thousands no longer taken for a kode rekening and a code over several cells read as one, 392 of 403 for the
    /// Excel template; with the signatory's rank (pangkat) line under the name read as the pangkat, 398 of 405 (its two
    /// pangkat values added; left: the sub-headings with their subtotals are not group lines in the model). Two more
    /// documents of that round read, before their fixes: 139 of 143 (an RKA-SKPD 2.2.1 typed in a word processor with
    /// the region's KAK after it, its headings lettered A.-H., as .docx) and 84 of 212 (a SIPD DPA of TA 2022 printed,
    /// scanned and OCR'd). With KAK headings after a list marker on lines of their own read as headings, 143 of 143 for
    /// the Word document. With a perubahan heading line naming only the column groups read as a heading, a rekening
    /// row's difference in percent, a new line's before group without satuan and a total row's label right of the
    /// uraian column read as printed, 160 of 175 for the SIMDA DPPA (left: its indicator table of one tolok ukur and
    /// two target columns read as SIPD's five); with RKA204 passing over the label's Setelah Perubahan, 161; with an
    /// indicator row of one tolok ukur and two targets read as such, 175. The OCR'd SIPD DPA, with a stray mark at a
    /// tab row's end taken out, two rows merged at the rule between them split, a lone O between two amounts read as
    /// the PPN 0 and a rekening name ending with a comma joined to its wrapped rest, 204 of 212; with a kind cell's
    /// neighbour holding tolok ukur and target split, 206 (left: the kegiatan name's wrapped last word "Lokasi" taken
    /// for the Lokasi label, the Tim Anggaran heading misspelled by the OCR, "Kegiatari" in the indicator heading). The
    /// ninth and tenth rounds' documents read, before their fixes: a kota's e-budgeting page saved as HTML 177 of 256
    /// (a &lt;br&gt; in a middle cell split its row; a group heading row was glued to the rekening above); a SIMDA
    /// Crystal Reports print as pdftotext -layout 145, plain 46 and -raw 164 of 164 (heading lines printed at their own
    /// heights read as rincian lines; one cell per line with blank lines between every part); SIPD-RI's Excel download
    /// 187 of 245 (a spacer column shifted every row); a Google Sheets CSV 264 of 264; an RKA-SKPD 2.2.1 with its KAK
    /// in the TOR outline 136 of 142 (three of its headings unknown); SIPD's DPA of TA 2021 as -layout 299 and HTML 301
    /// of 301. With the fixes: HTML 253 (left: a last cell's wrapped kegiatan name gets RKA017; group headings without
    /// [#] are not group lines), Crystal -layout 164 and plain 70 (left: its rincian one cell per line with blank lines
    /// between, scrambled on page 2), Excel 245, TOR KAK 141 (left: Gambaran Umum stays in Dasar Hukum), SIPD 2021
    /// -layout 301. With a TOR's parts outside the eight sections reported instead of run into the section before, the
    /// TOR KAK 142. The eleventh round's text document, an RKA-SKPD 2.2.1 with its KAK copied out of a PDF viewer
    /// (merged label pairs, a labels line over a values line, seeded defects), read 221 of 225 when it was added; with
    /// the KAK's title lines that repeat the form's header read as its title (no RKA406), 222 (left: three Dasar Hukum
    /// items wrapped over two lines read as six references, two road-section sub-headings with subtotals not group
    /// lines); with a numbered item wrapped onto a line of no marker joined to it, 223. The twelfth round's documents
    /// read, before their fixes: a Word document with its KAK converted by pandoc 196 (plain), 174 (Markdown) and, as
    /// .docx, 197 of 200 (a misspelled heading in capitals without a marker not recognised; a list with blank lines
    /// between its items at the document's end left outside the form; pandoc's block quotes, escapes and underline
    /// spans kept, which hid the signature); a SIMDA Excel export of three forms and a recap sheet 32 of 395 (its
    /// internal IDs in a hidden column A hid every form; a date cell read as its serial number). With those fixed: 200,
    /// 200, 200 and 391 (left: four sub-headings with subtotals not group lines). The thirteenth round's five forms
    /// with a catalogue of seeded defects read 380 of 380; its SIPD-RI TA 2024 RKA - SUB KEGIATAN printed by a browser
    /// with its own page header and footer, as pdftotext -layout, 326 of 345 when it was added (the header before the
    /// title hid it; the footer and header at each break were lines not recognised; a group's name wrapped with numbers
    /// of its own was a row of its own); with a browser's page header and footer read as a page break, a group's or
    /// detail row's wrapped name joined when the rows are not set apart, and a koefisien with a unit's power (1.250 M2)
    /// no number wanting its unit, 345. With an older print's group heading that carries the subtotal of its lines read
    /// as a group line (RincianLine.IsSubtotal), the SIMDA DPA of 2013 209 of 209, the Excel template of 2018 405 of
    /// 405, the PDF viewer's copy 225 of 225 and the SIMDA workbook 395 of 395. With RKA502 checking SIPD's group
    /// subtotals, the SIPD DPA of 2021 (-layout and HTML) 303 of 303 and the 2024 browser print 347 of 347 (each one
    /// more seeded defect reported). The fourteenth round's documents read, before their fixes: an RKA-SKPD 2.2.1 with
    /// its KAK typed in MS Word and saved as a Web Page (Windows-1252, mso markup) 165 of 166 (a Word space run kept as
    /// a double space in an uraian); the same kind of document as plain pdftotext of Word's Save as PDF (one cell a
    /// block, ligatures, no-break spaces, soft hyphens, Symbol bullets) 88 of 162 (the rincian table one cell per line
    /// not read after its first detail line; a heading "ALUR DAN JADWAL KEGIATAN" not recognised; Word's private-use
    /// Symbol bullet not a list marker). With a rincian table whose cells are blocks set apart by blank lines read
    /// block by block (RincianCells), 159 of 162 for the Word PDF's text and, from 70, 94 of 164 for the Crystal
    /// print's plain text (left: its page 2 scrambled). The fifteenth round's documents read, before their fixes: a
    /// SIMDA-style boxed print by Chromium as plain pdftotext 81 and -raw 111 of 171 (the plain text's table of blocks;
    /// -raw: a group heading glued to the wrapped uraian written before its row); LibreOffice Writer's own exports of
    /// an RKA-SKPD 2.2.1 with its KAK as "Text" 77, HTML 149 and .docx 149 of 150 (the text export's table, a grid of
    /// one line a cell with empty lines for empty cells, ended at its first empty cell). With tables of blocks and
    /// grids read, the boxed print's plain text 104 (left: a group heading in one block with the uraian under it; an
    /// indicator table whose kind cell spans two rows) and Writer's text 149 (left, in all three: the Manfaat's lead-in
    /// and closing sentence taken for points). The sixteenth round's SIPD DPA of TA 2022 printed by Chromium read,
    /// before its fixes, 189 of 197 as -layout (a koefisien's last factors wrapped under it, "x 2 Kali", joined to the
    /// satuan or the uraian) and 104 as plain pdftotext (its rincian blocks written out of order: a later rekening's
    /// kode and uraian before the earlier rows' numbers); with the wrapped factors ending the koefisien, -layout 197.
    /// With a bulleted list's lead-in ending with a colon read as the Manfaat's intro and a closing sentence after the
    /// list ("Demikian ...") no point (also when the bullets were list formatting that did not come with the text), and
    /// Word's Symbol bullets read as bullets, Writer's three exports 150 of 150 and the Word PDF's text 160. The
    /// seventeenth round's whole RKA book of a kecamatan (cover with the SKPD's fields and its list of forms,
    /// ringkasan, RKA-SKPD 1, 2.1, the 2.2 recap, two 2.2.1 forms, 3.1) printed by Chromium read 38 of 231 as -layout
    /// when it was added: the cover and the other forms' pages were read as forms (their number beside a title line in
    /// the title box, or no number), so the two forms were [5] and [6]. With a page naming the SKPD only dropped beside
    /// a 2.2.1 form and a form number in the title box's cell recognised, 226 (left: form 1's title lines after the
    /// recap page's signature not read as its title; a wrapped uraian's end starting with a digit, "25 orang)", a line
    /// of its own). The Writer and Calc sources of two documents above, saved as OpenDocument (<c>soffice --headless
    /// --convert-to odt</c>, <c>--convert-to ods</c>) and read as such flat XML (<c>.fodt</c>, <c>.fods</c>), read when
    /// they were added as their <c>.docx</c> and <c>.xlsx</c> do: 150 of 150 and 154 of 154. With a title line opening
    /// a form outside any form even when indented, the RKA book's <c>-layout</c> text 229. The eighteenth round, the
    /// first real OCR (Tesseract 5.3 <c>-l ind</c> of a Chromium print with its KAK, a Sulawesi kabupaten's TA 2018
    /// form), read when it was added: 64 of 170 (default segmentation: labels and values in separate blocks, the
    /// rincian heading's column numbers <c>6-(3x5)</c> read as a code), 80 (<c>--psm 6</c>) and 46 (a scan-like 200 dpi
    /// copy); its HTML source 170. The nineteenth round, three prints above run through PDF converters (<c>pdftohtml -s
    /// -i -noframes</c>, LibreOffice's PDF import saved as .docx and .odt, Draw's import saved as HTML), read when it
    /// was added: the SIMDA boxed print 107, 83, 32 and 107 of 171; the SIPD DPA 102, 101, 35 and 102 of 197; the two
    /// Writer forms 63, 54, 25 and 63 of 300 (positions thrown away, every run a line; the .odt's text frames not read
    /// at all). With SIPD's <c>Spesifikasi : ...</c> line going on with its row in a rincian printed one cell per line
    /// (it ended the table), the SIPD DPA's pdftohtml and Draw texts 197 of 197, its .docx 107. With two indicator rows
    /// under one kind cell printed one cell per line each ended at its target, the SIMDA boxed print's pdftohtml and
    /// Draw texts 112 and its plain pdftotext 109; with SIMDA's <c>- </c> group heading without amounts a row of its
    /// own there (it was joined to the next detail row's uraian), its pdftohtml and Draw texts 171 of 171. With a form
    /// of title lines and nothing else read dropped as a cover beside the forms (the Writer book's cover ran into form
    /// 1's title without a page break, and its list of forms made it a form of its own), the two Writer forms'
    /// pdftohtml and Draw texts 229 and the .docx 126 of 300. With the OCR's rincian heading read as a heading (a stray
    /// mark between headings, the formula <c>6-(3x5)</c>, a heading line of mostly heading words atop page 2 with
    /// <c>Rekenin</c> / <c>g</c>), the Tesseract texts 87 (default) and 70 (scan-like) of 170; with a bracketed
    /// <c>(PPTK)</c> under its row joined to it and <c>1201|</c> read as 120 (the row's numbers agree), 145 and 127;
    /// with a percent sign read <c>Yo</c> or <c>X0</c> read as one, 146 and 128. The <c>--psm 6</c> text fell from 80
    /// to 69 with those fixes, as the OCR dropped five of its rekening rows and the two spurious lines the fixes took
    /// away had kept the positional comparison aligned; with the form's name taken off the region's title line (<c>SALU
    /// TAMBE RKA-SKPD</c>), 70 (left in all three: the header's labels and <c>: value</c>s in separate blocks, so
    /// amounts go to the wrong year and Lokasi is lost; a rekening name's wrapped <c>Pertanian</c> on a line shorter
    /// than the wrap width; the Capaian Program target <c>5 X0</c> alone after a blank line). With the header's column
    /// of labels paired in order with the column of <c>: value</c>s after it, 156 (default) and 137 (scan-like). With
    /// text placed by position laid out as pdftotext -layout writes a page (PlacedRunLayout: pdftohtml's runs, the
    /// .odt's frames anchored to pages, the .docx's text boxes anchored at offsets; a form feed between pages) and a
    /// fixed-width '- ' group heading a row of its own: pdftohtml 164 of 171 (SIMDA; 171 as a line a run, before: a
    /// wrapped uraian starting with a number, "60 liter ...", is read as a row of its own), 197 of 197 (SIPD) and 300
    /// of 300 (Writer, from 229); .docx 164, 197 and 300 (from 83, 107 and 126); .odt 164, 197 and 300 (from 32, 35 and
    /// 25). With a line starting with a number joined to the uraian above it when that uraian stops where no text ends
    /// (<c>... kapasitas 3 x</c> over <c>60 liter ...</c>, <c>(12 desa x</c> over <c>25 orang)</c>), the SIMDA print's
    /// pdftohtml, .docx and .odt 171 of 171 and the RKA book's <c>-layout</c> text 231 of 231. With a detail row's
    /// volume written with a thousands separator (<c>18.000</c> / <c>liter</c> / <c>5.150,00</c>) no longer taken for
    /// the row's last amount in a rincian printed one cell per line, the Writer forms' Draw HTML 229 → 300 of 300. With
    /// a DPA's Rencana Penarikan Dana held by the form (RencanaPenarikanDana, RKA210 checking it) the DPAs' expected
    /// files name each period's amount and the plan's Jumlah: the SIMDA DPAs of 2013 and 2014 214 and 74, the SIPD DPAs
    /// of 2021 318, of 2022 212 in -layout and all four converters' texts (Draw's once its title line, which carries
    /// January's row, gives that row up) and 119 in plain pdftotext (whose months are written a month's amount before
    /// the next column's month), of 2023 95 and of 2024 186, each all of its values but the plain text. The twentieth
    /// round's documents read, when they were added: a province's SIPD-RI RKA - SUB KEGIATAN of TA 2024 with two sub
    /// kegiatan, printed landscape by Chromium, 391 of 394 as -layout, 386 as its HTML source and 136 as plain
    /// pdftotext (the header as blocks of labels, colons and values; Spesifikasi lines written after later rows; the
    /// rincian ending at a wrapped group name); a city's SIMRAL-style RKA-SKPD 2.2.1 of TA 2016, 196 of 198 as -layout
    /// and HTML and 130 as plain pdftotext (left in all: a Plafon Anggaran Sementara row joined to the Waktu
    /// Pelaksanaan above it; in the plain text the jumlah cells written out of row order). With that Plafon Anggaran
    /// Sementara row recognised and reported as not held (RKA016), the SIMRAL form's -layout and HTML 198 of 198. With
    /// the Keluaran Sub Kegiatan's nested table heading (Tolok Ukur, Target) no part of its value, on the label's line
    /// or on a line of its own, and the Capaian Program's heading on a line of its own under its empty label read as
    /// the table's heading, the province's SIPD form 394 of 394 as -layout and as HTML. With an indicator kind alone
    /// that heads no row (plain pdftotext wrote the <c>Hasil</c> cell after its row's tolok ukur and target, which
    /// share its baseline) read as the kind of the row above it, the SIMDA boxed print's plain pdftotext 109 → 112 of
    /// 171; with SIMDA's <c>- </c> group heading a row of its own in a rincian of blocks too (plain pdftotext wrote it
    /// in one block with the uraian under it) and a marked group heading (<c>- </c>, <c>[ # ]</c>) after a blank line
    /// read as a row, 171 of 171. With the jumlahs that plain pdftotext wrote further down, in a run after a later
    /// row's own amounts (it read a stretch of the table column by column), given to the rows above that lack them when
    /// the run's extra amounts are as many as those rows, the Crystal print's plain text 94 → 105 of 164; with a kode
    /// rekening line right under a wrapped uraian's last line (no blank between) starting the next row instead of
    /// ending the uraian, 109. With SIPD's Keluaran Sub Kegiatan target (<c>60 Orang</c>, a cell of its own set apart
    /// by a blank line) ending the field's value, the SIPD DPA's plain pdftotext 104 → 105 of 197; with the header's
    /// column numbers counting up from 1 (the first row's kode <c>5</c> after SIPD's header of blocks was passed over
    /// as one), 106. Together with the Rencana Penarikan Dana held by the form, the SIPD DPA's plain text 121 of 212.
    /// Those fixes took the plain text of the twentieth round's province form from 136 to 133 of 394 (its rows are
    /// scrambled: a group heading now a row of its own takes a later row's words, and the comparison by position counts
    /// the shift), and, with the column numbers counting up from 1, its SIMRAL form's from 130 to 65 (plain pdftotext
    /// wrote them 2, 3, 4, 5, 1: the table was never found); with a column number one not yet passed over, and a number
    /// alone with no other column number about it the first row's kode, the SIMRAL form's plain text 150 of 198. With a
    /// header table written as three blocks (the labels, a column of colons, the values) paired in order, and the
    /// nested Capaian Program or Keluaran Sub Kegiatan table, written after the values or after the next block, going
    /// with its label, the province form's plain text 133 → 186 of 394. With the Masukan row's amount, written after
    /// the Hasil row's own target, taken for the Masukan row, the SIMRAL form's plain text 150 → 154 of 198. The
    /// twenty-first round's documents read, when they were added: a kabupaten's SIPD-RI RKA - RINCIAN BELANJA SUB
    /// KEGIATAN of TA 2026 drawn with ReportLab as a report engine draws it (every cell's text placed on its own), as
    /// MuPDF's <c>mutool draw -F txt</c> 94, pdfminer's <c>pdf2txt</c> 47 and Ghostscript's <c>txtwrite</c> 107 of 246
    /// (MuPDF: a detail row's uraian in one block and its koefisien, satuan, harga, PPN and jumlah one a line in the
    /// next, and the table lost after a <c>[ # ]</c> group's amount; pdfminer: the header's labels and its <c>:
    /// value</c>s in separate boxes, the rincian written column by column; txtwrite: a <c>Spesifikasi : ...</c> line
    /// wider than the uraian column a rincian line of its own, and the jabatan on the Keterangan block's line); a
    /// kecamatan's RKA-SKPD 2.2.1 of TA 2012 typeset with groff and tbl, 196 of 197 as <c>pdftotext -layout</c> (which
    /// writes <c>1 x 5 m</c> as <c>1 x5m</c>) and 188 as <c>pdftohtml</c> (an indicator row's kind and target in one
    /// run padded with spaces, the tolok ukur placed over it). With a header value wrapped just before a word that is
    /// also a label (<c>... Teknologi dan Spesifik</c>, then <c>Lokasi</c> alone, then the next field) joining the
    /// value, the indicator heading read with an OCR's letter pair for one letter (<c>Kegiatari</c>), and a misread
    /// <c>Tim Anqgaran</c> heading still ending the signatures, the OCR'd SIPD DPA 206 → 212 of 212. With the
    /// Keterangan block's labels at the start of the signature's lines passed over, the ReportLab print's txtwrite text
    /// 107 → 108 of 246; with a converter's run padded with <c>&amp;nbsp;</c> parted into cells at its padding (the
    /// tolok ukur placed over it then stands between them), the groff print's pdftohtml page 188 → 197 of 197. With a
    /// rincian row whose cells MuPDF writes one a line in one block read cell by cell (a koefisien under the uraian
    /// starts a cell, the line under it is the satuan unless it goes on with the factors; a Spesifikasi line goes on
    /// with the uraian) and a page footer on two lines (the form's name and code over <c>Halaman 1 dari 2</c>) joined
    /// into the footer it is, the ReportLab print's MuPDF text 94 → 246 of 246. With a <c>Spesifikasi :</c> line
    /// continuing its SIPD row's uraian whatever numbers it holds (Ghostscript's txtwrite runs it on past the uraian's
    /// column), the ReportLab print's txtwrite text 108 → 246 of 246. With the title box repeated atop a page still the
    /// title until the page's first row with a jumlah (plain pdftotext wrote it after the header and the page's first
    /// uraian, and it started a form of no fields), the Crystal print's plain text 109 → 114 of 164 (its second page's
    /// rows and its signature were the lines of no form). The twenty-second round's documents read, when they were
    /// added: a kota's SIPD-RI DPPA - RINCIAN BELANJA SUB KEGIATAN of TA 2025 (a perubahan: Sebelum and Setelah
    /// Perubahan groups in the alokasi, indicators and rincian, a line removed and one added) printed landscape by
    /// Chromium, 254 of 406 as <c>-layout</c>, 18 as plain pdftotext, 17 as MuPDF's text and 17 as its HTML source (the
    /// Formulir box's <c>SUB KEGIATAN</c> on a line of its own is taken for the Sub Kegiatan label: in <c>-layout</c>
    /// it keeps the field empty, in the others it ends the title in a form of its own and the rest is read as a second
    /// form, where HTML would get 159, plain 58 and MuPDF 57; the alokasi printed as four rows, 2025 Sebelum and
    /// Setelah Perubahan, read as three years; an indicator row of a tolok ukur and a target before and after read as
    /// one tolok ukur with the three other cells as its target; in <c>-layout</c> a Setelah koefisien one space after
    /// the Sebelum jumlah, so all 15 detail lines lose their columns); a kabupaten's DPA-SKPD 2.2.1 of TA 2015 typed in
    /// LibreOffice Writer, 81 of 222 as Writer's text, 78 as .docx and as .odt (the rincian caption's second line,
    /// <c>Program dan Per Kegiatan Satuan Kerja Perangkat Daerah</c>, is a rincian line of its own, so every line after
    /// it is off by one; in the text a detail row's volume and satuan go to its uraian, the Rencana Penarikan Dana per
    /// Triwulan with <c>Rp.</c> in a cell of its own is not read, and the two-column signature is read across both
    /// columns). With the rincian title's second line wrapped after <c>Menurut</c> (<c>Program dan Per Kegiatan Satuan
    /// Kerja Perangkat Daerah</c>) no row, the Writer DPA's .docx and .odt 78 → 222 of 222 and its text 81 → 116; with
    /// a volume alone over its satuan in a block of cells a cell of its own, and a volume with a thousands separator
    /// (<c>4.000</c>) no kode rekening, its text 182. With <c>SUB KEGIATAN</c> alone in capitals before the form's
    /// first field the form's name wrapped in the title box, not the Sub Kegiatan label, the DPPA's HTML 17 → 163 of
    /// 406, plain pdftotext 18 → 60, MuPDF's text 17 → 59 and -layout 254 → 257; with <c>(Berkurang)</c> under the
    /// header's <c>Bertambah/</c> a heading word, its HTML 395; with the alokasi's <c>Sebelum Perubahan</c> and
    /// <c>Setelah Perubahan</c> rows of year n read as its before and after amounts, HTML 404, plain 67, MuPDF 66,
    /// -layout 264; with the indicator table's second heading row under both column groups a heading, -layout
    /// 265. With the marks an OCR misreads read as the print shows them (<c>Yo</c> and <c>X0</c> after a target's
    /// number for <c>%</c>, <c>n #1</c> for <c>n + 1</c>, <c>(#1</c> for <c>[ # ]</c>) and the column numbers'
    /// <c>6-(3x5)</c> in a cell of its own the heading's last row, the Tesseract texts 156 → 158, 70 → 72 and
    /// 137 → 139 of 170.
    /// Four Writer sources above saved as Rich Text Format by LibreOffice
    /// (<c>soffice --headless --convert-to rtf</c>, as written), read when they were added as their <c>.docx</c> do: 143
    /// of 143, 200 of 200, 300 of 300 and 150 of 150; an RKA-SKPD 2.2.1 of TA 2016 as Crystal Reports exports a SIMDA
    /// report to Rich Text Format (every field a frame placed on the page), with two seeded defects, 153 of 153 (69
    /// with its frames written where they stand in the text instead of laid out by their places).
    /// Five LibreOffice documents above saved by Writer as Word 97-2003 (<c>soffice --headless --convert-to
    /// doc</c>) and read as <c>.doc</c> read, when they were added, as their <c>.docx</c> (or, for the two Writer forms,
    /// their text) do: 143 of 143, 200 of 200, 300 of 300, 150 of 150 and 222 of 222. The SIPD DPA boxed print OCR'd
    /// to text by Tesseract 5.3.0 at 300 dpi (default segmentation: the indicator table's first row one cell a block,
    /// the rows after it each on one line; rincian rows on one line with bars for rules, <c>35.000,00|</c>) read 143 of
    /// 212 when it was added; with a flattened indicator row ending the row written cell by cell above it, 152; with
    /// a bar glued to an amount's decimals dropped once the OCR's hand is seen, 168. The two Writer forms OCR'd to text
    /// the same way read 139 of 300 when they were added: Tesseract writes each form's header as three blocks without
    /// colons (the labels, then the codes and the lokasi, then the names and the amounts), which no layout pairs yet.
    /// Blocks of header labels and runs of their values pairing in order took the pdfminer text from 47 to 67 and the
    /// 200 dpi Tesseract scan from 139 to 149. Five blind families written by helpers were added then (values when added
    /// → now): the SIPD-RI DPA of 2026 in landscape, HTML 429 → 470, -layout 430 → 462, MuPDF 425 → 429, txtwrite
    /// 419 → 451 and plain 60 → 190 of 470 (the numbered plan with the signature beside it; a Spesifikasi glued to its
    /// uraian; wrapped header values past the title box); the Calc template of 2011, .fods, .xlsx and .csv 259 of 259,
    /// -layout 248 → 257 and Tesseract 92 → 97 (kind cells centred over their rows, a Hal. N footer); the docplayer copy
    /// of 2019 with a KAK outline of its own, 114 → 205 of 205 (the related-documents tail, the glued page numbers, a
    /// page's rincian rows one cell a line, a Latar Belakang of sub-points); the SIMDA DPPA of 2016, HTML 119 → 255 of
    /// 255, raw 61 → 84, site copy 65 → 74, -layout 144 → 232 (the Sebelum/Setelah headings set right, '12 OB' read
    /// apart) and plain 29; the Word template of 2023 with a TOR KAK, 178 → 206 of 207 in four renderings (a PPN of
    /// '-', Tahapan dan Waktu Pelaksanaan) and plain 30. Two more: the 2014 spreadsheet template with Rp in cells of its
    /// own, .fods, .xlsx and .csv 102 → 169 of 169, -layout 96 → 161; the SIPD-RI kecamatan RKA of 2025 in portrait,
    /// HTML 152 → 153 of 154, -layout 101 → 151 (a Spesifikasi wrapped before its number, the colon in the Capaian
    /// Program's value cell), raw 75 and plain 73.</summary>
    public static TheoryData<string, string, int> Documents => new()
    {
        { "sipd-2023-rka-rincian-belanja.layout.txt", "sipd-2023-rka-rincian-belanja.expected", 134 },
        { "sipd-2023-rka-rincian-belanja.plain.txt", "sipd-2023-rka-rincian-belanja.expected", 134 },
        { "sipd-2023-rka-rincian-belanja.flat.txt", "sipd-2023-rka-rincian-belanja.expected", 134 },
        { "sipd-2023-dpa-rincian-belanja.layout.txt", "sipd-2023-dpa-rincian-belanja.expected", 95 },
        { "sipkd-2014-rka-skpd-221-word.txt", "sipkd-2014-rka-skpd-221-word.expected", 72 },
        { "corpus/kab-lombok-barat-2015-dpa-skpd-221-dinkes-penanggulangan-kep-gizi.txt", "lombok-barat-2015-dpa-cover.expected", 24 },
        { "simda-2018-rka-skpd-221-defects.flat.txt", "simda-2018-rka-skpd-221-defects.expected", 36 },
        { "sipd-2023-dpa-defects.layout.txt", "sipd-2023-dpa-defects.expected", 32 },
        { "sipd-2023-dppa-rincian-belanja.layout.txt", "sipd-2023-dppa-rincian-belanja.expected", 73 },
        { "simda-2016-rka-skpd-221.layout.txt", "simda-2016-rka-skpd-221.expected", 60 },
        { "word-2019-rka-skpd-221-cp1252.txt", "word-2019-rka-skpd-221-cp1252.expected", 41 },
        { "sipd-2022-rka-sub-kegiatan.plain.txt", "sipd-2022-rka-sub-kegiatan.expected", 120 },
        { "excel-2017-rka-skpd-221-utf16.txt", "excel-2017-rka-skpd-221-utf16.expected", 78 },
        { "simda-2014-dpa-skpd-221-defects.flat.txt", "simda-2014-dpa-skpd-221-defects.expected", 74 },
        { "ocr-2013-rka-skpd-221-scan.txt", "ocr-2013-rka-skpd-221-scan.expected", 91 },
        { "sipd-2025-rka-sub-kegiatan.layout.txt", "sipd-2025-rka-sub-kegiatan.expected", 121 },
        { "excel-2015-rka-skpd-221-defects.csv", "excel-2015-rka-skpd-221-defects.expected", 89 },
        { "sipd-2021-rka-sub-kegiatan.markdown.txt", "sipd-2021-rka-sub-kegiatan.expected", 117 },
        { "simda-2017-rka-skpd-221.raw.txt", "simda-2017-rka-skpd-221.expected", 103 },
        { "ebudgeting-2019-rka-skpd-221-defects.txt", "ebudgeting-2019-rka-skpd-221-defects.expected", 97 },
        { "calc-2019-rka-skpd-221-defects.xlsx", "calc-2019-rka-skpd-221-defects.expected", 154 },
        { "sipd-2024-dpa-sub-kegiatan-defects.site.txt", "sipd-2024-dpa-sub-kegiatan-defects.expected", 186 },
        { "simda-2013-dpa-skpd-221-pindahan.site.txt", "simda-2013-dpa-skpd-221-pindahan.expected", 214 },
        { "writer-2017-rka-skpd-221-two-kegiatan.layout.txt", "writer-2017-rka-skpd-221-two-kegiatan.expected", 300 },
        { "sipd-2023-rka-two-sub-kegiatan.site.txt", "sipd-2023-rka-two-sub-kegiatan.expected", 364 },
        { "simda-2015-dppa-skpd-221-defects.layout.txt", "simda-2015-dppa-skpd-221-defects.expected", 175 },
        { "excel-2018-rka-skpd-221-split-codes.txt", "excel-2018-rka-skpd-221-split-codes.expected", 405 },
        { "docx-2019-rka-skpd-221-kak.docx", "docx-2019-rka-skpd-221-kak.expected", 143 },
        { "sipd-2022-dpa-sub-kegiatan-defects.ocr.txt", "sipd-2022-dpa-sub-kegiatan-defects.expected", 212 },
        { "ebudgeting-2020-rka-skpd-221-two-kegiatan.html", "ebudgeting-2020-rka-skpd-221-two-kegiatan.expected", 255 },
        { "simda-2019-rka-skpd-221-crystal.layout.txt", "simda-2019-rka-skpd-221-crystal.expected", 164 },
        { "simda-2019-rka-skpd-221-crystal.plain.txt", "simda-2019-rka-skpd-221-crystal.expected", 114 },
        { "simda-2019-rka-skpd-221-crystal.raw.txt", "simda-2019-rka-skpd-221-crystal.expected", 164 },
        { "sheets-2016-rka-skpd-221-two-kegiatan.csv", "sheets-2016-rka-skpd-221-two-kegiatan.expected", 264 },
        { "sipd-2024-rka-sub-kegiatan-export.xlsx", "sipd-2024-rka-sub-kegiatan-export.expected", 245 },
        { "word-2018-rka-skpd-221-tor-kak.txt", "word-2018-rka-skpd-221-tor-kak.expected", 142 },
        { "sipd-2021-dpa-rincian-belanja.layout.txt", "sipd-2021-dpa-rincian-belanja.expected", 318 },
        { "sipd-2021-dpa-rincian-belanja.html", "sipd-2021-dpa-rincian-belanja.expected", 318 },
        { "evince-2020-rka-skpd-221-merged.txt", "evince-2020-rka-skpd-221-merged.expected", 225 },
        { "pandoc-2016-rka-skpd-221-kak.plain.txt", "pandoc-2016-rka-skpd-221-kak.expected", 200 },
        { "pandoc-2016-rka-skpd-221-kak.markdown.txt", "pandoc-2016-rka-skpd-221-kak.expected", 200 },
        { "pandoc-2016-rka-skpd-221-kak.docx", "pandoc-2016-rka-skpd-221-kak.expected", 200 },
        { "simda-2016-rka-skpd-221-workbook.xlsx", "simda-2016-rka-skpd-221-workbook.expected", 395 },
        { "sipkd-2019-rka-skpd-221-five-kegiatan-defects.txt", "sipkd-2019-rka-skpd-221-five-kegiatan-defects.expected", 380 },
        { "sipd-2024-rka-sub-kegiatan-browser.layout.txt", "sipd-2024-rka-sub-kegiatan-browser.expected", 347 },
        { "word-2017-rka-skpd-221-kak.htm", "word-2017-rka-skpd-221-kak.expected", 166 },
        { "msword-2021-rka-skpd-221-kak.pdftotext.txt", "msword-2021-rka-skpd-221-kak.expected", 162 },
        { "simda-2018-rka-skpd-221-boxed.plain.txt", "simda-2018-rka-skpd-221-boxed.expected", 171 },
        { "simda-2018-rka-skpd-221-boxed.raw.txt", "simda-2018-rka-skpd-221-boxed.expected", 111 },
        { "writer-2020-rka-skpd-221-kak.txt", "writer-2020-rka-skpd-221-kak.expected", 150 },
        { "writer-2020-rka-skpd-221-kak.html", "writer-2020-rka-skpd-221-kak.expected", 150 },
        { "writer-2020-rka-skpd-221-kak.docx", "writer-2020-rka-skpd-221-kak.expected", 150 },
        { "writer-2020-rka-skpd-221-kak.odt", "writer-2020-rka-skpd-221-kak.expected", 150 },
        { "writer-2020-rka-skpd-221-kak.fodt", "writer-2020-rka-skpd-221-kak.expected", 150 },
        { "calc-2019-rka-skpd-221-defects.ods", "calc-2019-rka-skpd-221-defects.expected", 154 },
        { "calc-2019-rka-skpd-221-defects.fods", "calc-2019-rka-skpd-221-defects.expected", 154 },
        { "sipd-2022-dpa-sub-kegiatan-boxed.plain.txt", "sipd-2022-dpa-sub-kegiatan-boxed.expected", 121 },
        { "sipd-2022-dpa-sub-kegiatan-boxed.layout.txt", "sipd-2022-dpa-sub-kegiatan-boxed.expected", 212 },
        { "rka-book-2017-kecamatan.layout.txt", "rka-book-2017-kecamatan.expected", 231 },
        { "sulsel-2018-rka-skpd-221-kak.tesseract.txt", "sulsel-2018-rka-skpd-221-kak.expected", 158 },
        { "sulsel-2018-rka-skpd-221-kak.tesseract-psm6.txt", "sulsel-2018-rka-skpd-221-kak.expected", 72 },
        { "sulsel-2018-rka-skpd-221-kak.tesseract-scan.txt", "sulsel-2018-rka-skpd-221-kak.expected", 149 },
        { "sulsel-2018-rka-skpd-221-kak.html", "sulsel-2018-rka-skpd-221-kak.expected", 170 },
        { "simda-2018-rka-skpd-221-boxed.pdftohtml.html", "simda-2018-rka-skpd-221-boxed.expected", 171 },
        { "simda-2018-rka-skpd-221-boxed.pdfimport.docx", "simda-2018-rka-skpd-221-boxed.expected", 171 },
        { "simda-2018-rka-skpd-221-boxed.pdfimport.odt", "simda-2018-rka-skpd-221-boxed.expected", 171 },
        { "simda-2018-rka-skpd-221-boxed.pdfimport-draw.html", "simda-2018-rka-skpd-221-boxed.expected", 171 },
        { "sipd-2022-dpa-sub-kegiatan-boxed.pdftohtml.html", "sipd-2022-dpa-sub-kegiatan-boxed.expected", 212 },
        { "sipd-2022-dpa-sub-kegiatan-boxed.pdfimport.docx", "sipd-2022-dpa-sub-kegiatan-boxed.expected", 212 },
        { "sipd-2022-dpa-sub-kegiatan-boxed.pdfimport.odt", "sipd-2022-dpa-sub-kegiatan-boxed.expected", 212 },
        { "sipd-2022-dpa-sub-kegiatan-boxed.pdfimport-draw.html", "sipd-2022-dpa-sub-kegiatan-boxed.expected", 212 },
        { "writer-2017-rka-skpd-221-two-kegiatan.pdftohtml.html", "writer-2017-rka-skpd-221-two-kegiatan.expected", 300 },
        { "writer-2017-rka-skpd-221-two-kegiatan.pdfimport.docx", "writer-2017-rka-skpd-221-two-kegiatan.expected", 300 },
        { "writer-2017-rka-skpd-221-two-kegiatan.pdfimport.odt", "writer-2017-rka-skpd-221-two-kegiatan.expected", 300 },
        { "writer-2017-rka-skpd-221-two-kegiatan.pdfimport-draw.html", "writer-2017-rka-skpd-221-two-kegiatan.expected", 300 },
        { "sipd-2024-rka-provinsi-two-sub-kegiatan.layout.txt", "sipd-2024-rka-provinsi-two-sub-kegiatan.expected", 394 },
        { "sipd-2024-rka-provinsi-two-sub-kegiatan.plain.txt", "sipd-2024-rka-provinsi-two-sub-kegiatan.expected", 186 },
        { "sipd-2024-rka-provinsi-two-sub-kegiatan.html", "sipd-2024-rka-provinsi-two-sub-kegiatan.expected", 394 },
        { "simral-2016-rka-skpd-221.layout.txt", "simral-2016-rka-skpd-221.expected", 198 },
        { "simral-2016-rka-skpd-221.plain.txt", "simral-2016-rka-skpd-221.expected", 154 },
        { "simral-2016-rka-skpd-221.html", "simral-2016-rka-skpd-221.expected", 198 },
        { "reportlab-2026-rka-rincian-sub-kegiatan.mutool.txt", "reportlab-2026-rka-rincian-sub-kegiatan.expected", 246 },
        { "reportlab-2026-rka-rincian-sub-kegiatan.pdfminer.txt", "reportlab-2026-rka-rincian-sub-kegiatan.expected", 67 },
        { "reportlab-2026-rka-rincian-sub-kegiatan.txtwrite.txt", "reportlab-2026-rka-rincian-sub-kegiatan.expected", 246 },
        { "groff-2012-rka-skpd-221.layout.txt", "groff-2012-rka-skpd-221.expected", 196 },
        { "groff-2012-rka-skpd-221.pdftohtml.html", "groff-2012-rka-skpd-221.expected", 197 },
        { "sipd-2025-dppa-rincian-sub-kegiatan.layout.txt", "sipd-2025-dppa-rincian-sub-kegiatan.expected", 275 },
        { "sipd-2025-dppa-rincian-sub-kegiatan.plain.txt", "sipd-2025-dppa-rincian-sub-kegiatan.expected", 67 },
        { "sipd-2025-dppa-rincian-sub-kegiatan.mutool.txt", "sipd-2025-dppa-rincian-sub-kegiatan.expected", 66 },
        { "sipd-2025-dppa-rincian-sub-kegiatan.html", "sipd-2025-dppa-rincian-sub-kegiatan.expected", 404 },
        { "writer-2015-dpa-skpd-221-triwulan.txt", "writer-2015-dpa-skpd-221-triwulan.expected", 182 },
        { "writer-2015-dpa-skpd-221-triwulan.docx", "writer-2015-dpa-skpd-221-triwulan.expected", 222 },
        { "writer-2015-dpa-skpd-221-triwulan.odt", "writer-2015-dpa-skpd-221-triwulan.expected", 222 },
        { "docx-2019-rka-skpd-221-kak.rtf", "docx-2019-rka-skpd-221-kak.expected", 143 },
        { "pandoc-2016-rka-skpd-221-kak.rtf", "pandoc-2016-rka-skpd-221-kak.expected", 200 },
        { "writer-2017-rka-skpd-221-two-kegiatan.rtf", "writer-2017-rka-skpd-221-two-kegiatan.expected", 300 },
        { "writer-2020-rka-skpd-221-kak.rtf", "writer-2020-rka-skpd-221-kak.expected", 150 },
        { "crystal-2016-rka-skpd-221.rtf", "crystal-2016-rka-skpd-221.expected", 153 },
        { "docx-2019-rka-skpd-221-kak.doc", "docx-2019-rka-skpd-221-kak.expected", 143 },
        { "pandoc-2016-rka-skpd-221-kak.doc", "pandoc-2016-rka-skpd-221-kak.expected", 200 },
        { "writer-2017-rka-skpd-221-two-kegiatan.doc", "writer-2017-rka-skpd-221-two-kegiatan.expected", 300 },
        { "writer-2020-rka-skpd-221-kak.doc", "writer-2020-rka-skpd-221-kak.expected", 150 },
        { "writer-2017-rka-skpd-221-two-kegiatan.tesseract.txt", "writer-2017-rka-skpd-221-two-kegiatan.expected", 139 },
        { "sipd-2022-dpa-sub-kegiatan-boxed.tesseract.txt", "sipd-2022-dpa-sub-kegiatan-boxed.expected", 168 },
        { "writer-2015-dpa-skpd-221-triwulan.doc", "writer-2015-dpa-skpd-221-triwulan.expected", 222 },
        { "sipd-2026-dpa-sosial-two-sub-kegiatan.layout.txt", "sipd-2026-dpa-sosial-two-sub-kegiatan.expected", 462 },
        { "sipd-2026-dpa-sosial-two-sub-kegiatan.plain.txt", "sipd-2026-dpa-sosial-two-sub-kegiatan.expected", 190 },
        { "sipd-2026-dpa-sosial-two-sub-kegiatan.mutool.txt", "sipd-2026-dpa-sosial-two-sub-kegiatan.expected", 456 },
        { "sipd-2026-dpa-sosial-two-sub-kegiatan.txtwrite.txt", "sipd-2026-dpa-sosial-two-sub-kegiatan.expected", 451 },
        { "sipd-2026-dpa-sosial-two-sub-kegiatan.html", "sipd-2026-dpa-sosial-two-sub-kegiatan.expected", 470 },
        { "calc-2011-rka-skpd-221-defects.fods", "calc-2011-rka-skpd-221-defects.expected", 259 },
        { "calc-2011-rka-skpd-221-defects.xlsx", "calc-2011-rka-skpd-221-defects.expected", 259 },
        { "calc-2011-rka-skpd-221-defects.csv", "calc-2011-rka-skpd-221-defects.expected", 259 },
        { "calc-2011-rka-skpd-221-defects.layout.txt", "calc-2011-rka-skpd-221-defects.expected", 257 },
        { "calc-2011-rka-skpd-221-defects.tesseract.txt", "calc-2011-rka-skpd-221-defects.expected", 97 },
        { "site-2019-rka-skpd-221-kak-variant.site.txt", "site-2019-rka-skpd-221-kak-variant.expected", 205 },
        { "simda-2016-dppa-skpd-221-kia.html", "simda-2016-dppa-skpd-221-kia.expected", 255 },
        { "simda-2016-dppa-skpd-221-kia.layout.txt", "simda-2016-dppa-skpd-221-kia.expected", 232 },
        { "simda-2016-dppa-skpd-221-kia.plain.txt", "simda-2016-dppa-skpd-221-kia.expected", 29 },
        { "simda-2016-dppa-skpd-221-kia.raw.txt", "simda-2016-dppa-skpd-221-kia.expected", 84 },
        { "simda-2016-dppa-skpd-221-kia.site.txt", "simda-2016-dppa-skpd-221-kia.expected", 74 },
        { "word-2023-rka-sub-kegiatan-tor.fodt", "word-2023-rka-sub-kegiatan-tor.expected", 206 },
        { "word-2023-rka-sub-kegiatan-tor.docx", "word-2023-rka-sub-kegiatan-tor.expected", 206 },
        { "word-2023-rka-sub-kegiatan-tor.doc", "word-2023-rka-sub-kegiatan-tor.expected", 206 },
        { "word-2023-rka-sub-kegiatan-tor.layout.txt", "word-2023-rka-sub-kegiatan-tor.expected", 206 },
        { "word-2023-rka-sub-kegiatan-tor.plain.txt", "word-2023-rka-sub-kegiatan-tor.expected", 30 },
        { "excel-2014-rka-skpd-221-defects.fods", "excel-2014-rka-skpd-221-defects.expected", 169 },
        { "excel-2014-rka-skpd-221-defects.xlsx", "excel-2014-rka-skpd-221-defects.expected", 169 },
        { "excel-2014-rka-skpd-221-defects.csv", "excel-2014-rka-skpd-221-defects.expected", 169 },
        { "excel-2014-rka-skpd-221-defects.layout.txt", "excel-2014-rka-skpd-221-defects.expected", 161 },
        { "sipd-2025-rka-kecamatan-portrait.html", "sipd-2025-rka-kecamatan-portrait.expected", 153 },
        { "sipd-2025-rka-kecamatan-portrait.layout.txt", "sipd-2025-rka-kecamatan-portrait.expected", 151 },
        { "sipd-2025-rka-kecamatan-portrait.raw.txt", "sipd-2025-rka-kecamatan-portrait.expected", 75 },
        { "sipd-2025-rka-kecamatan-portrait.plain.txt", "sipd-2025-rka-kecamatan-portrait.expected", 73 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_at_least_the_values_it_read_when_the_floor_was_set(string document, string expected, int floor)
    {
        UnseenExpectation expectation = UnseenExpectation.Load(expected);
        RkaReadResult result = RkaTextReader.Read(UnseenData.Bytes(document));

        expectation.AssertReadsAtLeast(result, floor, document, output);
    }
}
