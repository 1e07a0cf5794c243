#!/usr/bin/env python3
"""Writes word-2017-rka-skpd-221-kak.htm: an RKA-SKPD 2.2.1 form (Permendagri 13/2006, TA 2017, Kabupaten Watu Lewo,
an invented kabupaten, Dinas Pendidikan) and the region's KAK, as MS Word 2010 writes a document with "Save as Web
Page" (not filtered): Windows-1252 bytes, CRLF, Word's XML islands and mso- styles, MsoTableGrid tables, list numbers
in <![if !supportLists]> blocks, the source wrapped at ~76 columns. Checks its own sums before writing.
Run: python3 word-2017-rka-skpd-221-kak.py (writes next to itself)."""
import os

F = 'font-size:10.0pt;font-family:"Arial","sans-serif"'
SPAN = "<span lang=IN style='" + F + "'>"
B = "<b style='mso-bidi-font-weight:normal'>"
I = "<i style='mso-bidi-font-style:normal'>"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, bold=False, italic=False, underline=False, raw=False, op=True):
    """A Word text run: <span lang=IN ...>text<o:p></o:p></span>, bold/italic outside the span as Word writes it."""
    body = text if raw else esc(text)
    s = SPAN + body + ("<o:p></o:p>" if op else "") + "</span>"
    if underline:
        s = "<u>" + s + "</u>"
    if italic:
        s = I + s + "</i>"
    if bold:
        s = B + s + "</b>"
    return s


def para(text, align=None, bold=False, italic=False, underline=False, raw=False, style=None, cls="MsoNormal"):
    attrs = "class=" + cls
    st = []
    if align:
        attrs += " align=" + align
        st.append("text-align:" + align)
    if style:
        st.append(style)
    if st:
        attrs += " style='" + ";".join(st) + "'"
    if text == "":
        return "<p " + attrs + ">" + SPAN + "<o:p>&nbsp;</o:p></span></p>"
    return "<p " + attrs + ">" + run(text, bold, italic, underline, raw) + "</p>"


BORDER = "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
NOBORDER = "border:none;"


def td(width_pt, paras, border=True, colspan=None, rowspan=None, valign="top", top_none=False, left_none=False):
    px = int(round(width_pt * 4 / 3))
    a = "  <td width=" + str(px)
    if colspan:
        a += " colspan=" + str(colspan)
    if rowspan:
        a += " rowspan=" + str(rowspan)
    a += " valign=" + valign + " style='width:" + ("%.2f" % width_pt).rstrip("0").rstrip(".") + "pt;"
    if border:
        b = "border:solid windowtext 1.0pt;"
        if top_none:
            b += "border-top:none;mso-border-top-alt:solid windowtext .5pt;"
        if left_none:
            b += "border-left:none;mso-border-left-alt:solid windowtext .5pt;"
        b += "mso-border-alt:solid windowtext .5pt;"
        a += b
    else:
        a += NOBORDER
    a += "padding:0cm 5.4pt 0cm 5.4pt'>"
    out = [a]
    for p in paras:
        out.append("  " + p)
    out.append("  </td>")
    return out


def tr(i, cells, last=False, height=None):
    st = "mso-yfti-irow:" + str(i)
    if i == 0:
        st += ";mso-yfti-firstrow:yes"
    if last:
        st += ";mso-yfti-lastrow:yes"
    if height:
        st += ";height:" + height
    out = [" <tr style='" + st + "'>"]
    for c in cells:
        out.extend(c)
    out.append(" </tr>")
    return out


def table(rows, grid=True, misaligned=None):
    if grid:
        head = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
                "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    else:
        head = ("<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                "border:none;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    out = [head]
    for r in rows:
        out.extend(r)
    if misaligned:
        out.append(" <![if !supportMisalignedColumns]>")
        out.append(" <tr height=0>")
        for w in misaligned:
            out.append("  <td width=" + str(int(round(w * 4 / 3))) + " style='border:none'></td>")
        out.append(" </tr>")
        out.append(" <![endif]>")
    out.append("</table>")
    return out


def listpara(marker, text, level_style, lfo, cls="MsoListParagraph", bold=False, bullet=False, pad=5):
    """A Word list paragraph: its number in <![if !supportLists]> (shown by browsers), then the text."""
    nb = "&nbsp;" * pad
    if bullet:
        num = ("<span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'>"
               "<span style='mso-list:Ignore'>" + marker + "<span style='font:7.0pt \"Times New Roman\"'>" + nb
               + " </span></span></span>")
    else:
        num = ("<span lang=IN style='" + F + ";mso-fareast-font-family:Arial'>"
               "<span style='mso-list:Ignore'>" + marker + "<span style='font:7.0pt \"Times New Roman\"'>" + nb
               + " </span></span></span>")
        if bold:
            num = B + num + "</b>"
    return ("<p class=" + cls + " style='" + level_style + ";mso-add-space:auto;text-align:justify;mso-list:" + lfo
            + "'><![if !supportLists]>" + num + "<![endif]>" + run(text, bold=bold, raw=True) + "</p>")


# ---------------------------------------------------------------------------------------------------------------
# The figures. Two seeded defects in the rincian: the ATK line's jumlah (150 x 35.000 = 5.250.000, printed 5.520.000;
# its rekening rows follow the printed figure) and rekening 5.2.2.11.04 (printed 23.800.000, its lines add up to
# 22.800.000; 5.2.2.11, 5.2.2, 5.2 follow the printed figure). The third: the n-1 terbilang's "Delapn".
R = [
    # (kode, uraian (raw html allowed), volume, satuan, harga, jumlah, kind)
    ("5.2", "BELANJA LANGSUNG", None, None, None, 60145000, "rek"),
    ("5.2.1", "Belanja Pegawai", None, None, None, 26700000, "rek"),
    ("5.2.1.01", "Honorarium PNS", None, None, None, 5100000, "rek"),
    ("5.2.1.01.01", "Honorarium Panitia Pelaksana Kegiatan", None, None, None, 5100000, "rek"),
    ("", "- Honor Pejabat Pelaksana Teknis Kegiatan (PPTK)", 5, "OB", 600000, 3000000, "det"),
    ("", "- Honor Bendahara Pengeluaran Pembantu", 5, "OB", 420000, 2100000, "det"),
    ("5.2.1.02", "Honorarium Non PNS", None, None, None, 21600000, "rek"),
    ("5.2.1.02.01", "Honorarium Tenaga Ahli/Instruktur/Narasumber", None, None, None, 21600000, "rek"),
    ("", ["- Honor narasumber dari LPMP Provinsi Nusa Tenggara Timur", "(2 angkatan x 3 hari x 4 jam)"],
     24, "OJ", 900000, 21600000, "det"),
    ("5.2.2", "Belanja Barang dan Jasa", None, None, None, 33445000, "rek"),
    ("5.2.2.01", "Belanja Bahan Pakai Habis", None, None, None, 5520000, "rek"),
    ("5.2.2.01.01", "Belanja Alat Tulis Kantor", None, None, None, 5520000, "rek"),
    ("", "- Paket ATK peserta dan panitia (map, blocknote, ballpoint)", 150, "paket", 35000, 5520000, "det"),
    ("5.2.2.06", "Belanja Cetak dan Penggandaan", None, None, None, 4125000, "rek"),
    ("5.2.2.06.02", "Belanja Penggandaan", None, None, None, 4125000, "rek"),
    ("", "RAW:- Penggandaan modul \u201cImplementasi Kurikulum 2013<br>\r\ndi Sekolah Dasar\u201d", 150, "eksemplar",
     27500, 4125000, "det"),
    ("5.2.2.11", "Belanja Makanan dan Minuman", None, None, None, 23800000, "rek"),
    ("5.2.2.11.04", "Belanja Makanan dan Minuman Kegiatan", None, None, None, 23800000, "rek"),
    ("", "Pelatihan Angkatan I dan II (2 angkatan x 3 hari x 80 orang)", None, None, None, None, "grp"),
    ("", "- Makan siang peserta dan panitia", 480, "kotak", 27500, 13200000, "det"),
    ("", "RAW:- Snack peserta dan panitia<span style='mso-spacerun:yes'>&nbsp; </span>(2 kali sehari)", 960, "kotak",
     10000, 9600000, "det"),
]


def rp(n):
    s = "{:,}".format(n).replace(",", ".")
    return s + ",00"


def check():
    bad = []
    for k, u, v, s, h, j, kind in R:
        if kind == "det" and v * h != j:
            bad.append(("RKA501", u if isinstance(u, str) else u[0], v * h, j))
    # rekening subtotals: a rekening is the sum of what stands directly under it
    for i, (k, u, v, s, h, j, kind) in enumerate(R):
        if kind != "rek":
            continue
        total = 0
        for k2, u2, v2, s2, h2, j2, kind2 in R[i + 1:]:
            if kind2 == "rek" and len(k2.split(".")) <= len(k.split(".")):
                break
            if kind2 == "rek" and len(k2.split(".")) == len(k.split(".")) + 1:
                total += j2
            if kind2 == "det" and len(k.split(".")) == 5:
                total += j2
        if total != j:
            bad.append(("RKA502", k, total, j))
    return bad


print("defects:", check())
assert [b[0] for b in check()] == ["RKA501", "RKA502"], check()
N0, N1, N2 = 52380000, 60145000, 66159500
assert N2 * 10 == N1 * 11

TB0 = "Lima Puluh Dua Juta Tiga Ratus Delapn Puluh Ribu Rupiah"   # seeded slip: Delapn for Delapan
TB1 = "Enam Puluh Juta Seratus Empat Puluh Lima Ribu Rupiah"
TB2 = "Enam Puluh Enam Juta Seratus Lima Puluh Sembilan Ribu Lima Ratus Rupiah"

# ---------------------------------------------------------------------------------------------------------------
HEAD = r'''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 14">
<meta name=Originator content="Microsoft Word 14">
<link rel=File-List href="RKA%20221%20Diklat%20K13%20SD%202017_files/filelist.xml">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Bidang Dikdas</o:Author>
  <o:LastAuthor>user</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>184</o:TotalTime>
  <o:LastPrinted>2016-11-07T01:42:00Z</o:LastPrinted>
  <o:Created>2016-10-24T02:15:00Z</o:Created>
  <o:LastSaved>2016-11-07T03:05:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Words>1284</o:Words>
  <o:Characters>7321</o:Characters>
  <o:Lines>61</o:Lines>
  <o:Paragraphs>17</o:Paragraphs>
  <o:CharactersWithSpaces>8588</o:CharactersWithSpaces>
  <o:Version>14.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="RKA%20221%20Diklat%20K13%20SD%202017_files/themedata.thmx">
<link rel=colorSchemeMapping
href="RKA%20221%20Diklat%20K13%20SD%202017_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>90</w:Zoom>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>IN</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="true"
  DefSemiHidden="true" DefQFormat="false" DefPriority="99"
  LatentStyleCount="267">
  <w:LsdException Locked="false" Priority="0" SemiHidden="false"
   UnhideWhenUsed="false" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="false"
   UnhideWhenUsed="false" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 3"/>
  <w:LsdException Locked="false" Priority="35" QFormat="true" Name="caption"/>
  <w:LsdException Locked="false" Priority="10" SemiHidden="false"
   UnhideWhenUsed="false" QFormat="true" Name="Title"/>
  <w:LsdException Locked="false" Priority="1" Name="Default Paragraph Font"/>
  <w:LsdException Locked="false" Priority="11" SemiHidden="false"
   UnhideWhenUsed="false" QFormat="true" Name="Subtitle"/>
  <w:LsdException Locked="false" Priority="22" SemiHidden="false"
   UnhideWhenUsed="false" QFormat="true" Name="Strong"/>
  <w:LsdException Locked="false" Priority="20" SemiHidden="false"
   UnhideWhenUsed="false" QFormat="true" Name="Emphasis"/>
  <w:LsdException Locked="false" Priority="59" SemiHidden="false"
   UnhideWhenUsed="false" Name="Table Grid"/>
  <w:LsdException Locked="false" UnhideWhenUsed="false" Name="Placeholder Text"/>
  <w:LsdException Locked="false" Priority="1" SemiHidden="false"
   UnhideWhenUsed="false" QFormat="true" Name="No Spacing"/>
  <w:LsdException Locked="false" Priority="60" SemiHidden="false"
   UnhideWhenUsed="false" Name="Light Shading"/>
  <w:LsdException Locked="false" UnhideWhenUsed="false" Name="Revision"/>
  <w:LsdException Locked="false" Priority="34" SemiHidden="false"
   UnhideWhenUsed="false" QFormat="true" Name="List Paragraph"/>
  <w:LsdException Locked="false" Priority="29" SemiHidden="false"
   UnhideWhenUsed="false" QFormat="true" Name="Quote"/>
  <w:LsdException Locked="false" Priority="37" Name="Bibliography"/>
  <w:LsdException Locked="false" Priority="39" QFormat="true" Name="TOC Heading"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;
	mso-font-charset:2;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:0 268435456 0 0 -2147483648 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:1;
	mso-generic-font-family:roman;
	mso-font-format:other;
	mso-font-pitch:variable;
	mso-font-signature:0 0 0 0 0 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-536870145 1073786111 1 0 415 0;}
@font-face
	{font-family:Tahoma;
	panose-1:2 11 6 4 3 5 4 4 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-520081665 -1073717157 41 0 66047 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-ansi-language:IN;
	mso-fareast-language:EN-US;}
p.MsoAcetate, li.MsoAcetate, div.MsoAcetate
	{mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-link:"Balloon Text Char";
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:8.0pt;
	font-family:"Tahoma","sans-serif";
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-ansi-language:IN;
	mso-fareast-language:EN-US;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	margin-bottom:.0001pt;
	mso-add-space:auto;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-ansi-language:IN;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	margin-bottom:.0001pt;
	mso-add-space:auto;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-fareast-font-family:Calibri;
	mso-ansi-language:IN;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	margin-bottom:.0001pt;
	mso-add-space:auto;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-fareast-font-family:Calibri;
	mso-ansi-language:IN;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:10.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:115%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-fareast-font-family:Calibri;
	mso-ansi-language:IN;
	mso-fareast-language:EN-US;}
span.BalloonTextChar
	{mso-style-name:"Balloon Text Char";
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:"Balloon Text";
	mso-ansi-font-size:8.0pt;
	mso-bidi-font-size:8.0pt;
	font-family:"Tahoma","sans-serif";
	mso-ascii-font-family:Tahoma;
	mso-hansi-font-family:Tahoma;
	mso-bidi-font-family:Tahoma;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
span.GramE
	{mso-style-name:"";
	mso-gram-e:yes;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri","sans-serif";
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-ansi-language:IN;
	mso-fareast-language:EN-US;}
.MsoPapDefault
	{mso-style-type:export-only;
	margin-bottom:10.0pt;
	line-height:115%;}
@page WordSection1
	{size:612.0pt 936.0pt;
	margin:42.55pt 42.55pt 42.55pt 56.7pt;
	mso-header-margin:35.45pt;
	mso-footer-margin:35.45pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1043477952;
	mso-list-type:hybrid;
	mso-list-template-ids:-1288063246 67698711 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l0:level1
	{mso-level-number-format:alpha-upper;
	mso-level-text:"%1\.";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:18.0pt;
	text-indent:-18.0pt;}
@list l1
	{mso-list-id:1296761532;
	mso-list-type:hybrid;
	mso-list-template-ids:1744631438 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l1:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:36.0pt;
	text-indent:-18.0pt;}
@list l2
	{mso-list-id:1735929109;
	mso-list-type:hybrid;
	mso-list-template-ids:-734529880 67698689 67698691 67698693 67698689 67698691 67698693 67698689 67698691 67698693;}
@list l2:level1
	{mso-level-number-format:bullet;
	mso-level-text:\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:36.0pt;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l3
	{mso-list-id:1880620511;
	mso-list-type:hybrid;
	mso-list-template-ids:350207690 67698705 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l3:level1
	{mso-level-text:"%1\)";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:36.0pt;
	text-indent:-18.0pt;}
@list l4
	{mso-list-id:2001230755;
	mso-list-type:hybrid;
	mso-list-template-ids:-1950214406 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l4:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:36.0pt;
	text-indent:-18.0pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-right:0cm;
	mso-para-margin-bottom:10.0pt;
	mso-para-margin-left:0cm;
	line-height:115%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-ascii-font-family:Calibri;
	mso-hansi-font-family:Calibri;
	mso-ansi-language:IN;
	mso-fareast-language:EN-US;}
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:59;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";
	mso-ascii-font-family:Calibri;
	mso-hansi-font-family:Calibri;
	mso-ansi-language:IN;
	mso-fareast-language:EN-US;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt'>

<div class=WordSection1>
'''

L = []  # logical lines of the body (wrapped later)


def emit(*lines):
    for x in lines:
        if isinstance(x, list):
            L.extend(x)
        else:
            L.append(x)


EMPTY = para("")

# --- the title: a bordered table of two cells, the region and year merged under them --------------------------------
emit(table([
    tr(0, [td(360, [para("RENCANA KERJA DAN ANGGARAN", "center", bold=True),
                    para("SATUAN KERJA PERANGKAT DAERAH", "center", bold=True)], valign="middle"),
           td(130, [para("FORMULIR", "center", bold=True),
                    para("RKA - SKPD 2.2.1", "center", bold=True)], left_none=True, valign="middle")]),
    tr(1, [td(490, [para("PEMERINTAH KABUPATEN WATU LEWO", "center", bold=True),
                    para("TAHUN ANGGARAN 2017", "center", bold=True)], colspan=2, top_none=True)], last=True),
]))
emit(EMPTY)

# --- the header: borderless label | : | code | name ---------------------------------------------------------------
def hrow(i, label, code, name, last=False, code_raw=False, name_raw=False, span_value=False):
    cells = [td(118, [para(label)], border=False), td(10, [para(":")], border=False)]
    if span_value:
        cells.append(td(362, [para(name, raw=name_raw)], border=False, colspan=2))
    else:
        cells.append(td(100, [para(code, raw=code_raw)], border=False))
        cells.append(td(262, [para(name, raw=name_raw, style="text-align:justify")], border=False))
    return tr(i, cells, last=last)


emit(table([
    hrow(0, "Urusan Pemerintahan", "1.01", "Pendidikan"),
    hrow(1, "Organisasi", "1.01.01", "Dinas Pendidikan"),
    hrow(2, "Program", "1.01.1.01.01.20", "Program Peningkatan Mutu Pendidik dan Tenaga Kependidikan"),
    hrow(3, "Kegiatan", "1.01.1.01.01.20.11", "Pelatihan Implementasi Kurikulum 2013 bagi Guru Sekolah Dasar"),
    hrow(4, "Lokasi Kegiatan", "", "Aula SMP Negeri 1 <span class=SpellE>Lewobelen</span>", name_raw=True,
         span_value=True),
    hrow(5, "Jumlah Tahun 2016", "Rp.&nbsp;" + rp(N0), "(" + TB0 + ")", code_raw=True),
    hrow(6, "Jumlah Tahun 2017", "Rp.&nbsp;" + rp(N1), "(" + TB1 + ")", code_raw=True),
    hrow(7, "Jumlah Tahun 2018", "Rp.&nbsp;" + rp(N2), "(" + TB2 + ")", code_raw=True, last=True),
], grid=False))
emit(EMPTY)

# --- indicators ---------------------------------------------------------------------------------------------------
emit(table([
    tr(0, [td(490, [para("Indikator &amp; Tolok Ukur Kinerja Belanja Langsung", "center", bold=True, raw=True)],
              colspan=3)]),
    tr(1, [td(100, [para("Indikator", "center", bold=True)], top_none=True),
           td(270, [para("Tolok Ukur Kinerja", "center", bold=True)], top_none=True, left_none=True),
           td(120, [para("Target Kinerja", "center", bold=True)], top_none=True, left_none=True)]),
    tr(2, [td(100, [para("Capaian Program")], top_none=True),
           td(270, [para("Persentase guru SD yang memenuhi standar kompetensi")], top_none=True, left_none=True),
           td(120, [para("65 %", "center")], top_none=True, left_none=True)]),
    tr(3, [td(100, [para("Masukan")], top_none=True),
           td(270, [para("Jumlah Dana")], top_none=True, left_none=True),
           td(120, [para("Rp.&nbsp;" + rp(N1), "center", raw=True)], top_none=True, left_none=True)]),
    tr(4, [td(100, [para("Keluaran")], top_none=True),
           td(270, [para("Jumlah guru SD yang mengikuti pelatihan implementasi Kurikulum 2013")], top_none=True,
              left_none=True),
           td(120, [para("140 orang", "center")], top_none=True, left_none=True)]),
    tr(5, [td(100, [para("Hasil")], top_none=True),
           td(270, [para("Persentase guru peserta yang mampu menerapkan pembelajaran tematik terpadu di kelas")],
              top_none=True, left_none=True),
           td(120, [para("80 %", "center")], top_none=True, left_none=True)], last=True),
]))
emit(EMPTY)
emit("<p class=MsoNormal>" + SPAN + "Kelompok Sasaran Kegiatan<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; "
     "</span>: Guru kelas I \u2013 VI sekolah dasar sasaran di 7 kecamatan<o:p></o:p></span></p>")
emit(EMPTY)

# --- rincian --------------------------------------------------------------------------------------------------------
W = [78, 190, 42, 50, 60, 70]
rows = [
    tr(0, [td(sum(W), [para("Rincian Anggaran Belanja Langsung", "center", bold=True),
                       para("Menurut Program dan Per Kegiatan Satuan Kerja Perangkat Daerah", "center", bold=True)],
              colspan=6)]),
    tr(1, [td(W[0], [para("Kode", "center", bold=True), para("Rekening", "center", bold=True)], rowspan=2,
              top_none=True, valign="middle"),
           td(W[1], [para("Uraian", "center", bold=True)], rowspan=2, top_none=True, left_none=True,
              valign="middle"),
           td(W[2] + W[3] + W[4], [para("Rincian Perhitungan", "center", bold=True)], colspan=3, top_none=True,
              left_none=True),
           td(W[5], [para("Jumlah", "center", bold=True), para("(Rp)", "center", bold=True)], rowspan=2,
              top_none=True, left_none=True, valign="middle")]),
    tr(2, [td(W[2], [para("Volume", "center", bold=True)], top_none=True, left_none=True),
           td(W[3], [para("Satuan", "center", bold=True)], top_none=True, left_none=True),
           td(W[4], [para("Harga Satuan", "center", bold=True)], top_none=True, left_none=True)]),
    tr(3, [td(W[0], [para("1", "center")], top_none=True),
           td(W[1], [para("2", "center")], top_none=True, left_none=True),
           td(W[2], [para("3", "center")], top_none=True, left_none=True),
           td(W[3], [para("4", "center")], top_none=True, left_none=True),
           td(W[4], [para("5", "center")], top_none=True, left_none=True),
           td(W[5], [para("6 = (3 x 5)", "center")], top_none=True, left_none=True)]),
]
irow = 4
for k, u, v, s, h, j, kind in R:
    bold = kind == "rek"
    italic = kind == "grp"
    if isinstance(u, list):
        upars = [para(x) for x in u]
    elif u.startswith("RAW:"):
        upars = [para(u[4:], raw=True)]
    else:
        upars = [para(u, bold=bold, italic=italic)]
    cells = [
        td(W[0], [para(k, bold=True)] if k else [EMPTY], top_none=True),
        td(W[1], upars, top_none=True, left_none=True),
        td(W[2], [para(str(v), "center")] if v else [EMPTY], top_none=True, left_none=True),
        td(W[3], [para(s, "center")] if s else [EMPTY], top_none=True, left_none=True),
        td(W[4], [para(rp(h), "right")] if h else [EMPTY], top_none=True, left_none=True),
        td(W[5], [para(rp(j), "right", bold=bold)] if j else [EMPTY], top_none=True, left_none=True),
    ]
    rows.append(tr(irow, cells))
    irow += 1
rows.append(tr(irow, [td(sum(W[:5]), [para("JUMLAH", "right", bold=True)], colspan=5, top_none=True),
                      td(W[5], [para(rp(N1), "right", bold=True)], top_none=True, left_none=True)], last=True))
emit(table(rows, misaligned=W))
emit(EMPTY)

# --- the form's signature: right-hand paragraphs --------------------------------------------------------------------
SIG = "margin-left:283.5pt"
emit("<p class=MsoNormal style='" + SIG + "'>" + SPAN + "<span class=SpellE>Lewobelen</span>, 7 November 2016"
     "<o:p></o:p></span></p>")
emit(para("Kepala Dinas Pendidikan", style=SIG))
emit(para("", style=SIG), para("", style=SIG), para("", style=SIG))
emit(para("Drs. JOS\u00c9 DA COSTA, M.Pd", bold=True, underline=True, style=SIG))
emit(para("Pembina Utama Muda", style=SIG))
emit(para("NIP. 19650314 199003 1 012", style=SIG))

# --- page break, then the KAK ---------------------------------------------------------------------------------------
emit("<span lang=IN style='font-size:10.0pt;line-height:115%;font-family:\"Arial\",\"sans-serif\";"
     "mso-fareast-font-family:Calibri;mso-fareast-theme-font:minor-latin;mso-ansi-language:IN;"
     "mso-fareast-language:EN-US;mso-bidi-language:AR-SA'><br clear=all style='page-break-before:always'>")
emit("</span>")
emit(para("KERANGKA ACUAN KERJA (KAK)", "center", bold=True))
emit(para("KEGIATAN PELATIHAN IMPLEMENTASI KURIKULUM 2013 BAGI GURU SEKOLAH DASAR", "center", bold=True))
emit(para("DINAS PENDIDIKAN KABUPATEN WATU LEWO", "center", bold=True))
emit(para("TAHUN ANGGARAN 2017", "center", bold=True))
emit(EMPTY)

HSTYLE = "margin-left:18.0pt;text-indent:-18.0pt"
BODY = "margin-left:18.0pt;text-align:justify"


def heading(letter, text):
    emit(listpara(letter + ".", text, HSTYLE, "l0 level1 lfo1", bold=True, pad=5))


def body(text, raw=False):
    emit(para(text, raw=raw, style=BODY))


def numbered(items, lfo, marker_fmt, bullet=False):
    for n, t in enumerate(items):
        cls = "MsoListParagraphCxSpMiddle"
        if len(items) == 1:
            cls = "MsoListParagraph"
        elif n == 0:
            cls = "MsoListParagraphCxSpFirst"
        elif n == len(items) - 1:
            cls = "MsoListParagraphCxSpLast"
        marker = "\u00b7" if bullet else marker_fmt.format(n + 1)
        emit(listpara(marker, t, "margin-left:36.0pt;text-indent:-18.0pt", lfo + " level1 " +
                      {"l1": "lfo2", "l2": "lfo3", "l3": "lfo4", "l4": "lfo5"}[lfo], cls=cls, bullet=bullet,
                      pad=7 if bullet else 5))


heading("A", "LATAR BELAKANG")
body("Kurikulum 2013 mulai diberlakukan secara bertahap pada sekolah dasar di Kabupaten Watu Lewo sejak tahun "
     "pelajaran 2015/2016. Sampai dengan akhir tahun 2016 baru 212 dari 1.146 orang guru kelas sekolah dasar yang "
     "telah mengikuti pelatihan implementasi Kurikulum 2013, sehingga sebagian besar sekolah sasaran belum dapat "
     "menerapkan pembelajaran tematik terpadu dan penilaian autentik sebagaimana mestinya.")
body("Untuk itu pada Tahun Anggaran 2017 Dinas Pendidikan Kabupaten Watu Lewo menyelenggarakan pelatihan "
     "implementasi Kurikulum 2013 bagi 140 orang guru sekolah dasar sasaran dalam 2 (dua) angkatan, yang dilanjutkan "
     "dengan pendampingan di sekolah oleh pengawas sekolah.")
emit(EMPTY)
heading("B", "DASAR HUKUM")
numbered([
    "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional;",
    "Undang-Undang Nomor 14 Tahun 2005 tentang Guru dan Dosen;",
    "Peraturan Pemerintah Nomor 19 Tahun 2005 tentang Standar Nasional Pendidikan sebagaimana telah diubah "
    "terakhir dengan Peraturan Pemerintah Nomor 13 Tahun 2015;",
    "Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006 tentang Pedoman Pengelolaan Keuangan Daerah sebagaimana "
    "telah diubah terakhir dengan Peraturan Menteri Dalam Negeri Nomor 21 Tahun 2011;",
    "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 160 Tahun 2014 tentang Pemberlakuan Kurikulum Tahun 2006 dan "
    "Kurikulum 2013;",
    "Peraturan Bupati Watu Lewo Nomor 41 Tahun 2016 tentang Standar Biaya Kegiatan dan Harga Satuan Barang Tahun "
    "Anggaran 2017.",
], "l1", "{}.")
emit(EMPTY)
heading("C", "MAKSUD DAN TUJUAN")
body("Maksud kegiatan ini adalah meningkatkan pemahaman dan keterampilan guru sekolah dasar dalam menerapkan "
     "Kurikulum 2013.")
body("Tujuan kegiatan ini adalah agar guru peserta mampu menyusun rencana pelaksanaan pembelajaran (RPP) tematik "
     "terpadu, melaksanakan pembelajaran dengan pendekatan saintifik dan melakukan penilaian autentik.")
emit(EMPTY)
heading("D", "BENTUK KEGIATAN")
numbered([
    "Pelatihan tatap muka selama 3 (tiga) hari untuk setiap angkatan, 70 orang peserta per angkatan;",
    "Praktik penyusunan RPP dan simulasi pembelajaran (<i style='mso-bidi-font-style:normal'>peer teaching</i>);",
    "Pendampingan guru peserta di sekolah oleh pengawas sekolah.",
], "l2", "", bullet=True)
emit(EMPTY)
heading("E", "KONSEP KEGIATAN")
body("Pelatihan dilaksanakan dengan pola 30 jam pelajaran (JP) untuk setiap angkatan: 12 JP penyampaian materi oleh "
     "narasumber dari LPMP Provinsi Nusa Tenggara Timur dan 18 JP praktik dan simulasi yang dipandu fasilitator "
     "kabupaten, yaitu guru sasaran yang telah bersertifikat instruktur Kurikulum 2013.")
emit(EMPTY)
heading("F", "MEKANISME")
numbered([
    "Penetapan peserta pelatihan oleh Kepala Dinas Pendidikan berdasarkan usulan Koordinator Wilayah Kecamatan;",
    "Pemanggilan peserta melalui surat Kepala Dinas Pendidikan kepada kepala sekolah;",
    "Pelaksanaan pelatihan di Aula SMP Negeri 1 <span class=SpellE>Lewobelen</span>;",
    "Pendampingan dan monitoring oleh pengawas sekolah, serta penyusunan laporan.",
], "l3", "{})")
body("Waktu Pelaksanaan<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>: 5 (lima) bulan, Juni s.d. "
     "Oktober 2017", raw=True)
body("Tempat<span style='mso-tab-count:2'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
     "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>: Aula SMP Negeri 1 <span class=SpellE>Lewobelen</span>", raw=True)
emit(EMPTY)
heading("G", "ALUR KEGIATAN")
body("Persiapan \u2013 Pelaksanaan Pelatihan \u2013 Pendampingan di Sekolah \u2013 Pelaporan, dengan jadwal sebagai "
     "berikut:")
emit(EMPTY)
JW = [28, 250, 150]
jrows = [tr(0, [td(JW[0], [para("No", "center", bold=True)]),
                td(JW[1], [para("Tahapan Kegiatan", "center", bold=True)], left_none=True),
                td(JW[2], [para("Waktu Pelaksanaan", "center", bold=True)], left_none=True)])]
J = [("Persiapan dan penetapan peserta", "Juni 2017"),
     ("Pelatihan Angkatan I", "17 \u2013 19 Juli 2017"),
     ("Pelatihan Angkatan II", "24 \u2013 26 Juli 2017"),
     ("Pendampingan di sekolah", "Agustus \u2013 September 2017"),
     ("Penyusunan dan penyampaian laporan", "Oktober 2017")]
for n, (a, b) in enumerate(J):
    jrows.append(tr(n + 1, [td(JW[0], [para(str(n + 1) + ".", "center")], top_none=True),
                            td(JW[1], [para(a)], top_none=True, left_none=True),
                            td(JW[2], [para(b, "center")], top_none=True, left_none=True)], last=n == len(J) - 1))
t = table(jrows)
t[0] = t[0].replace("style='border-collapse", "style='margin-left:18.0pt;border-collapse")
emit(t)
emit(EMPTY)
heading("H", "MANFAAT")
numbered([
    "Guru sekolah dasar sasaran memahami dan mampu menerapkan Kurikulum 2013 di kelas masing-masing;",
    "Meningkatnya mutu proses pembelajaran di sekolah dasar sasaran;",
    "Tersedianya guru inti di setiap gugus sekolah yang dapat menularkan hasil pelatihan kepada guru lain.",
], "l4", "{}.")
emit(EMPTY)
body("Demikian Kerangka Acuan Kerja ini dibuat untuk menjadi pedoman dalam pelaksanaan kegiatan.")
emit(EMPTY)
emit("<p class=MsoNormal style='" + SIG + "'>" + SPAN + "<span class=SpellE>Lewobelen</span>, 7 November 2016"
     "<o:p></o:p></span></p>")
emit(para("Pejabat Pelaksana Teknis Kegiatan", style=SIG))
emit(para("", style=SIG), para("", style=SIG), para("", style=SIG))
emit(para("MARIA GORETI B. KOLI, S.Pd", bold=True, underline=True, style=SIG))
emit(para("NIP. 19740522 199803 2 004", style=SIG))
emit(EMPTY)
emit("</div>")
emit("")
emit("</body>")
emit("")
emit("</html>")


def wrap(line, width=76):
    """Word's source wrapping: break at a space before column `width`, continuation lines keep the line's indent."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    out = []
    while len(line) > width:
        cut = line.rfind(" ", len(indent) + 1, width)
        if cut <= len(indent):
            cut = line.find(" ", width)
            if cut < 0:
                break
        out.append(line[:cut])
        line = indent + line[cut + 1:]
    out.append(line)
    return out


body_lines = []
for logical in L:
    pieces = logical.split("\r\n")
    indent = pieces[0][: len(pieces[0]) - len(pieces[0].lstrip(" "))]
    for n, piece in enumerate(pieces):
        body_lines.extend(wrap(piece if n == 0 else indent + piece))
text = HEAD.replace("\n", "\r\n") + "\r\n".join(body_lines) + "\r\n"
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "word-2017-rka-skpd-221-kak.htm"), "wb") as f:
    f.write(text.encode("cp1252"))
print("written", len(text), "characters")
