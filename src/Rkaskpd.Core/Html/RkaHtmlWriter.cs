using Rkaskpd.Utility;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Rkaskpd.Forms;
using Rkaskpd.Recap;
using Rkaskpd.Text;

namespace Rkaskpd.Html;

/// <summary>
/// Writes printable HTML pages in the layout of the official printed forms: the RKA-SKPD 2.2.1 forms of a document
/// (A4 portrait, one form per page) and the RKA-SKPD 2.2 recap (A4 landscape).
/// </summary>
/// <remarks>
/// The pages are self-contained: one inline style sheet, no scripts, no external fonts, images or links. Every text
/// from a document is HTML-encoded; the HTML fragments some tools leave inside the KAK cells are not passed through
/// but turned into plain text (their paragraphs and list items become line breaks). Tables use a fixed layout at the
/// page width and break long words, so nothing grows wider than the page. Nothing depends on the current culture.
/// Print the page from a browser, or convert it to PDF, e.g. <c>chromium --headless --print-to-pdf=rka.pdf rka.html</c>.
/// </remarks>
/// <example>
/// <code>
/// RkaDocument document = RkaTextReader.Read(File.ReadAllText("rka.txt")).Document;
/// using (StreamWriter html = File.CreateText("rka.html"))
/// {
///     RkaHtmlWriter.Write(document, html);
/// }
///
/// File.WriteAllText("rka-2.2.html", RkaHtmlWriter.WriteRecap(Rekapitulasi.Compute(document)));
/// </code>
/// </example>
public static partial class RkaHtmlWriter
{
    /// <summary>Writes the forms of a document as one printable HTML page, one form after another with a page break between.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write (not closed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(RkaDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        FormHeader? first = document.Forms.Count > 0 ? document.Forms[0].Header : null;
        bool sipd = document.Forms.Count > 0 && document.Forms[0].Template == FormTemplate.SipdRincianBelanja;
        string title = (sipd ? "RKA - Rincian Belanja SKPD" : "RKA-SKPD 2.2.1") + Suffix(first?.PemerintahDaerah, first?.TahunAnggaran);
        WriteStart(writer, title, RkaHtmlStyles.Forms);
        if (document.Forms.Count == 0)
        {
            writer.Write("<section class=\"page\"><p class=\"empty\">Dokumen ini tidak memuat formulir RKA-SKPD 2.2.1 (the document has no forms).</p></section>\n");
        }

        for (int i = 0; i < document.Forms.Count; i++)
        {
            WriteForm(writer, document.Forms[i], i + 1);
        }

        writer.Write("</body>\n</html>\n");
    }

    /// <summary>Writes the forms of a document as one printable HTML page.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(RkaDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes form RKA-SKPD 2.2, the recap of direct expenditure by program and kegiatan, as a printable HTML page:
    /// code, name, location, the year n-1 amount, the year-n split by <c>jenis belanja</c> (when the recap has one),
    /// the year-n and year n+1 amounts, program subtotals and the total.
    /// </summary>
    /// <param name="recap">The recap, e.g. from <see cref="Rekapitulasi.Compute(RkaDocument)"/>.</param>
    /// <param name="writer">Where to write (not closed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="recap"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteRecap(RekapitulasiBelanja recap, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(recap);
        ArgumentNullException.ThrowIfNull(writer);
        WriteStart(writer, "RKA-SKPD 2.2" + Suffix(recap.PemerintahDaerah, recap.TahunAnggaran), RkaHtmlStyles.Recap);
        writer.Write("<section class=\"page\">\n");
        writer.Write("<table class=\"title\"><colgroup><col style=\"width:78%\"><col style=\"width:22%\"></colgroup>\n<tr><td class=\"big\">RENCANA KERJA DAN ANGGARAN<br>SATUAN KERJA PERANGKAT DAERAH</td><td rowspan=\"2\">FORMULIR<br>RKA - SKPD 2.2</td></tr>\n<tr><td>");
        WriteGovernmentLine(writer, recap.PemerintahDaerah, recap.TahunAnggaran);
        writer.Write("</td></tr>\n</table>\n");
        writer.Write("<div class=\"caption\">");
        HtmlText.Write(writer, RekapitulasiWriter.Title);
        writer.Write("</div>\n");
        if (recap.Organisasi is { } organisasi)
        {
            writer.Write("<div class=\"sasaran\">Organisasi : ");
            HtmlText.Write(writer, organisasi);
            writer.Write("</div>\n");
        }

        IReadOnlyList<string> headers = RekapRow.Headers(recap);
        writer.Write("<table class=\"section-table\"><colgroup><col style=\"width:12%\"><col><col style=\"width:11%\">");
        for (int i = 0; i < headers.Count; i++)
        {
            writer.Write("<col style=\"width:9.5%\">");
        }

        writer.Write("</colgroup>\n<thead><tr><th>Kode</th><th>Uraian</th><th>Lokasi</th>");
        foreach (string header in headers)
        {
            writer.Write("<th>");
            HtmlText.Write(writer, header);
            writer.Write("</th>");
        }

        writer.Write("</tr></thead>\n<tbody>\n");
        foreach (RekapRow row in RekapRow.Build(recap))
        {
            writer.Write(row.Kind switch
            {
                RekapRowKind.Program => "<tr class=\"program\"><td>",
                RekapRowKind.Total => "<tr class=\"total\"><td>",
                _ => "<tr><td>",
            });
            HtmlText.Write(writer, row.Code);
            writer.Write(row.Depth switch
            {
                1 => "</td><td class=\"indent\">",
                2 => "</td><td class=\"indent2\">",
                _ => "</td><td>",
            });
            HtmlText.Write(writer, row.Name);
            writer.Write("</td><td>");
            HtmlText.Write(writer, row.Lokasi);
            writer.Write("</td>");
            foreach (string cell in row.Cells)
            {
                writer.Write("<td class=\"num\">");
                HtmlText.Write(writer, cell);
                writer.Write("</td>");
            }

            writer.Write("</tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
        if (recap.Issues.Count > 0)
        {
            writer.Write("<div class=\"sasaran block\"><b>Catatan:</b><ul>\n");
            foreach (RekapIssue issue in recap.Issues)
            {
                writer.Write("<li>");
                HtmlText.Write(writer, issue.Message);
                writer.Write("</li>\n");
            }

            writer.Write("</ul></div>\n");
        }

        writer.Write("</section>\n</body>\n</html>\n");
    }

    /// <summary>Writes form RKA-SKPD 2.2 (the recap) as a printable HTML page.</summary>
    /// <param name="recap">The recap.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recap"/> is null.</exception>
    public static string WriteRecap(RekapitulasiBelanja recap)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteRecap(recap, writer);
        return writer.ToString();
    }

    private static void WriteStart(TextWriter writer, string title, string style)
    {
        writer.Write("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        HtmlText.Write(writer, title);
        writer.Write("</title>\n<style>\n");
        writer.Write(style);
        writer.Write("\n</style>\n</head>\n<body>\n");
    }

    private static void WriteForm(TextWriter writer, RkaForm form, int number)
    {
        if (form.Template == FormTemplate.SipdRincianBelanja)
        {
            WriteSipdForm(writer, form, number);
            return;
        }

        FormHeader header = form.Header;
        writer.Write("<section class=\"page\" id=\"form-");
        writer.Write(number.ToString(CultureInfo.InvariantCulture));
        writer.Write("\">\n<table class=\"title\"><colgroup><col style=\"width:78%\"><col style=\"width:22%\"></colgroup>\n");
        writer.Write("<tr><td class=\"big\">RENCANA KERJA DAN ANGGARAN<br>SATUAN KERJA PERANGKAT DAERAH</td><td rowspan=\"2\">FORMULIR<br>RKA - SKPD 2.2.1</td></tr>\n<tr><td>");
        WriteGovernmentLine(writer, header.PemerintahDaerah, header.TahunAnggaran);
        writer.Write("</td></tr>\n</table>\n");

        writer.Write("<table class=\"fields\"><colgroup><col class=\"label\"><col class=\"colon\"><col class=\"code\"><col></colgroup>\n");
        WriteField(writer, header.Urusan);
        WriteField(writer, header.Organisasi);
        WriteField(writer, header.Program);
        WriteField(writer, header.Kegiatan);
        WriteRow(writer, "Lokasi Kegiatan", null, header.Lokasi);
        foreach (AmountPosition position in (ReadOnlySpan<AmountPosition>)[AmountPosition.PreviousYear, AmountPosition.CurrentYear, AmountPosition.NextYear])
        {
            PerubahanHtmlWriter.WriteSebelum(writer, position == AmountPosition.CurrentYear ? form.Amounts.CurrentYear : null);
            WriteAmount(writer, form.Amounts[position], position, header.TahunAnggaran);
            PerubahanHtmlWriter.WriteSelisih(writer, position == AmountPosition.CurrentYear ? form.Amounts.CurrentYear : null);
        }

        writer.Write("</table>\n");
        WriteIndicators(writer, form.Indicators);
        writer.Write("<div class=\"sasaran block\">Kelompok Sasaran Kegiatan : ");
        HtmlText.Write(writer, form.KelompokSasaran);
        writer.Write("</div>\n");
        WriteKak(writer, form.Kak);
        WriteRincian(writer, form);
        WriteRencanaPenarikan(writer, form.RencanaPenarikan);
        WriteTandaTangan(writer, form.TandaTangan);
        writer.Write("</section>\n");
    }

    private static void WriteGovernmentLine(TextWriter writer, string? pemerintah, int? tahun)
    {
        HtmlText.Write(writer, pemerintah ?? string.Empty);
        writer.Write("<br>Tahun Anggaran ");
        if (tahun is { } year)
        {
            writer.Write(year.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteField<TCode>(TextWriter writer, HeaderField<TCode> field)
        where TCode : struct
    {
        string label = field.Label.Length > 0 ? field.Label : HeaderField.CanonicalLabel<TCode>();
        WriteRow(writer, label, field.Code is { } code ? code.ToString() : field.CodeText, field.Name);
    }

    private static void WriteRow(TextWriter writer, string label, string? code, string? text)
    {
        writer.Write("<tr><td>");
        HtmlText.Write(writer, label);
        writer.Write("</td><td class=\"colon\">:</td>");
        if (code is null)
        {
            writer.Write("<td colspan=\"2\">");
        }
        else
        {
            writer.Write("<td>");
            HtmlText.Write(writer, code);
            writer.Write("</td><td>");
        }

        HtmlText.Write(writer, text);
        writer.Write("</td></tr>\n");
    }

    private static void WriteAmount(TextWriter writer, AmountRow? row, AmountPosition position, int? tahun)
    {
        string label = row?.Label is { Length: > 0 } written
            ? written
            : tahun is { } year
                ? "Jumlah Tahun " + (year + (int)position - 1).ToString(CultureInfo.InvariantCulture)
                : position switch
                {
                    AmountPosition.PreviousYear => "Jumlah Tahun n - 1",
                    AmountPosition.CurrentYear => "Jumlah Tahun n",
                    _ => "Jumlah Tahun n + 1",
                };
        writer.Write("<tr><td>");
        HtmlText.Write(writer, label);
        writer.Write("</td><td class=\"colon\">:</td><td class=\"amount\">");
        HtmlText.Write(writer, row is null ? string.Empty : row.Amount is { } amount ? "Rp " + amount.ToString() : row.AmountText);
        writer.Write("</td><td class=\"terbilang\">");
        if (row is { Terbilang.Length: > 0 })
        {
            writer.Write('(');
            HtmlText.Write(writer, row.Terbilang);
            writer.Write(')');
        }

        writer.Write("</td></tr>\n");
    }

    private static void WriteIndicators(TextWriter writer, IReadOnlyList<Indicator> indicators, string caption = "Indikator &amp; Tolok Ukur Kinerja Belanja Langsung")
    {
        writer.Write("<div class=\"caption\">");
        writer.Write(caption);
        writer.Write("</div>\n");
        bool perubahan = PerubahanTextWriter.HasIndicatorColumns(indicators);
        writer.Write(perubahan
            ? "<table class=\"section-table\"><colgroup><col style=\"width:14%\"><col style=\"width:26%\"><col style=\"width:26%\"><col style=\"width:17%\"><col style=\"width:17%\"></colgroup>\n"
                + "<thead><tr><th rowspan=\"2\">Indikator</th><th colspan=\"2\">Tolok Ukur Kinerja</th><th colspan=\"2\">Target Kinerja</th></tr>\n"
                + "<tr><th>Sebelum Perubahan</th><th>Setelah Perubahan</th><th>Sebelum Perubahan</th><th>Setelah Perubahan</th></tr></thead>\n<tbody>\n"
            : "<table class=\"section-table\"><colgroup><col style=\"width:20%\"><col style=\"width:52%\"><col style=\"width:28%\"></colgroup>\n"
                + "<thead><tr><th>Indikator</th><th>Tolok Ukur Kinerja</th><th>Target Kinerja</th></tr></thead>\n<tbody>\n");
        foreach (Indicator indicator in indicators)
        {
            writer.Write("<tr><td>");
            HtmlText.Write(writer, indicator.Label.Length > 0 ? indicator.Label : IndicatorKinds.GetLabel(indicator.Kind));
            writer.Write("</td><td>");
            if (perubahan)
            {
                HtmlText.WriteLines(writer, HtmlFragments.ToPlainText(indicator.Perubahan?.TolokUkurSebelum ?? string.Empty));
                writer.Write("</td><td>");
            }

            HtmlText.WriteLines(writer, HtmlFragments.ToPlainText(indicator.TolokUkur));
            writer.Write("</td><td>");
            if (perubahan)
            {
                HtmlText.Write(writer, indicator.Perubahan?.TargetSebelum.Text);
                writer.Write("</td><td>");
            }

            HtmlText.Write(writer, indicator.Target.Text);
            writer.Write("</td></tr>\n");
        }

        if (indicators.Count == 0)
        {
            writer.Write("<tr><td colspan=\"3\" class=\"empty\">(tidak ada indikator)</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
    }

    private static void WriteKak(TextWriter writer, Kak? kak)
    {
        writer.Write("<div class=\"caption\">KERANGKA ACUAN KERJA (KAK)</div>\n");
        writer.Write("<table class=\"section-table\"><colgroup><col style=\"width:22%\"><col></colgroup>\n");
        writer.Write("<thead><tr><th>Keterangan</th><th>Uraian</th></tr></thead>\n<tbody>\n");
        int rows = 0;
        if (kak is not null)
        {
            foreach (KakSection section in kak.Sections)
            {
                WriteKakRow(writer, section.Heading ?? KakHeadings.GetCanonicalHeading(section.Kind), section.Text);
                rows++;
            }

            foreach (KakRawSection section in kak.Unrecognized)
            {
                WriteKakRow(writer, section.Heading ?? string.Empty, section.Text);
                rows++;
            }
        }

        if (rows == 0)
        {
            writer.Write("<tr><td colspan=\"2\" class=\"empty\">(tidak ada KAK)</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
    }

    private static void WriteKakRow(TextWriter writer, string heading, string text)
    {
        writer.Write("<tr><td class=\"bold\">");
        HtmlText.Write(writer, HtmlFragments.ToPlainText(heading));
        writer.Write("</td><td>");
        HtmlText.WriteLines(writer, HtmlFragments.ToPlainText(text));
        writer.Write("</td></tr>\n");
    }

    private static void WriteRincian(TextWriter writer, RkaForm form)
    {
        IReadOnlyList<RincianLine> lines = form.Rincian;
        if (lines.Count == 0 || PerubahanHtmlWriter.TryWriteRincian(writer, form))
        {
            return;
        }

        bool sipd = form.Template == FormTemplate.SipdRincianBelanja;
        bool koefisien = HasSipdColumns(lines);
        int columns = koefisien ? 7 : 6;
        writer.Write(sipd
            ? "<div class=\"caption\">RINCIAN ANGGARAN BELANJA MENURUT SUB KEGIATAN</div>\n"
            : "<div class=\"caption\">RINCIAN ANGGARAN BELANJA LANGSUNG MENURUT PROGRAM DAN PER KEGIATAN</div>\n");
        writer.Write(koefisien
            ? "<table class=\"section-table\"><colgroup><col style=\"width:14%\"><col><col style=\"width:13%\"><col style=\"width:8%\"><col style=\"width:13%\"><col style=\"width:6%\"><col style=\"width:15%\"></colgroup>\n"
            : "<table class=\"section-table\"><colgroup><col style=\"width:15%\"><col><col style=\"width:8%\"><col style=\"width:9%\"><col style=\"width:15%\"><col style=\"width:16%\"></colgroup>\n");

        // The head repeats on every printed page the table runs over, so a continuation page names its kegiatan.
        writer.Write("<thead><tr><th colspan=\"");
        writer.Write(columns.ToString(CultureInfo.InvariantCulture));
        writer.Write(sipd && form.Header.SubKegiatan is not null ? "\" class=\"repeat\">Sub Kegiatan " : "\" class=\"repeat\">Kegiatan ");
        HtmlText.Write(writer, form.KegiatanCodeText);
        writer.Write(' ');
        HtmlText.Write(writer, sipd && form.Header.SubKegiatan is { } sub ? sub.Name : form.Header.Kegiatan.Name);
        writer.Write(koefisien
            ? "</th></tr>\n<tr><th>Kode Rekening</th><th>Uraian</th><th>Koefisien</th><th>Satuan</th><th>Harga</th><th>PPN</th><th>Jumlah</th></tr></thead>\n<tbody>\n"
            : "</th></tr>\n<tr><th>Kode Rekening</th><th>Uraian</th><th>Volume</th><th>Satuan</th><th>Harga Satuan</th><th>Jumlah</th></tr></thead>\n<tbody>\n");
        foreach (RincianLine line in lines)
        {
            writer.Write(line.IsRekening ? "<tr class=\"rekening\"><td>" : line.IsGroup ? "<tr class=\"group\"><td>" : "<tr><td>");
            HtmlText.Write(writer, line.KodeRekening);
            writer.Write("</td><td>");
            HtmlText.Write(writer, line.Uraian);
            if (koefisien && line.Koefisien is not null)
            {
                writer.Write("</td><td>"); // text that wraps, unlike a number
                HtmlText.Write(writer, line.Koefisien);
            }
            else
            {
                writer.Write("</td><td class=\"num\">");
                HtmlText.Write(writer, line.Volume is { } volume ? IndonesianNumber.Format(volume) : null);
            }

            writer.Write("</td><td>");
            HtmlText.Write(writer, line.Satuan);
            writer.Write("</td><td class=\"num\">");
            HtmlText.Write(writer, line.HargaSatuan?.ToString());
            if (koefisien)
            {
                writer.Write("</td><td class=\"num\">");
                HtmlText.Write(writer, line.Ppn is { } ppn ? IndonesianNumber.Format(ppn) + "%" : null);
            }

            writer.Write("</td><td class=\"num\">");
            HtmlText.Write(writer, line.Jumlah?.ToString());
            writer.Write("</td></tr>\n");
        }

        Rupiah? total;
        try
        {
            total = RincianTotal.Sum(lines);
        }
        catch (OverflowException)
        {
            total = null; // past Rupiah's range: RKA502 reports it; the printed table just has no total row
        }

        if (total is { } sum)
        {
            writer.Write(koefisien
                ? "<tr class=\"total\"><td></td><td>Jumlah</td><td></td><td></td><td></td><td></td><td class=\"num\">"
                : "<tr class=\"total\"><td></td><td>Jumlah</td><td></td><td></td><td></td><td class=\"num\">");
            HtmlText.Write(writer, sum.ToString());
            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
    }

    /// <summary>Whether any line carries SIPD's koefisien or PPN (then the table has SIPD's seven columns).</summary>
    private static bool HasSipdColumns(IReadOnlyList<RincianLine> lines)
    {
        foreach (RincianLine line in lines)
        {
            if (line.Koefisien is not null || line.Ppn is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string Suffix(string? pemerintah, int? tahun)
    {
        string text = string.IsNullOrWhiteSpace(pemerintah) ? string.Empty : " — " + pemerintah.Trim();
        return tahun is { } year ? text + " — TA " + year.ToString(CultureInfo.InvariantCulture) : text;
    }
}
