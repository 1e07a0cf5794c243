using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Html;

/// <summary>The SIPD-era print of <see cref="RkaHtmlWriter"/>.</summary>
public static partial class RkaHtmlWriter
{
    /// <summary>
    /// Writes an SIPD-era form (<see cref="FormTemplate.SipdRincianBelanja"/>) in the order of SIPD's <c>RKA - Rincian
    /// Belanja SKPD</c> print: urusan, bidang urusan, program, sasaran program, capaian program (indikator and target),
    /// kegiatan, organisasi, unit, the <c>Alokasi Tahun</c> rows, the indicator table (Capaian Kegiatan, Masukan,
    /// Keluaran, Hasil), kelompok sasaran, sub kegiatan, sumber pendanaan, lokasi, waktu pelaksanaan, keluaran sub
    /// kegiatan, then the rincian (and a KAK only where the form has one).
    /// </summary>
    private static void WriteSipdForm(TextWriter writer, RkaForm form, int number)
    {
        FormHeader header = form.Header;
        writer.Write("<section class=\"page sipd\" id=\"form-");
        writer.Write(number.ToString(CultureInfo.InvariantCulture));
        writer.Write("\">\n<table class=\"title\"><colgroup><col style=\"width:70%\"><col style=\"width:30%\"></colgroup>\n<tr><td class=\"big\">");
        writer.Write(form.Kind is DocumentKind.Dpa or DocumentKind.DpaPerubahan
            ? "DOKUMEN PELAKSANAAN ANGGARAN<br>SATUAN KERJA PERANGKAT DAERAH"
            : "RENCANA KERJA DAN ANGGARAN<br>SATUAN KERJA PERANGKAT DAERAH");
        writer.Write("</td><td rowspan=\"2\">");
        writer.Write(form.Kind switch
        {
            DocumentKind.Dpa => "DPA",
            DocumentKind.RkaPerubahan => "RKPA",
            DocumentKind.DpaPerubahan => "DPPA",
            _ => "RKA",
        });
        writer.Write(" - RINCIAN BELANJA SKPD</td></tr>\n<tr><td>");
        WriteGovernmentLine(writer, header.PemerintahDaerah, header.TahunAnggaran);
        writer.Write("</td></tr>\n</table>\n");

        writer.Write("<table class=\"fields\"><colgroup><col class=\"label\"><col class=\"colon\"><col class=\"code\"><col></colgroup>\n");
        WriteField(writer, header.Urusan);
        WriteOptionalField(writer, header.BidangUrusan);
        WriteField(writer, header.Program);
        WriteOptionalRow(writer, "Sasaran Program", header.SasaranProgram);
        WriteCapaianProgram(writer, form.Indicators);
        WriteField(writer, header.Kegiatan);
        WriteField(writer, header.Organisasi);
        WriteOptionalField(writer, header.UnitOrganisasi);
        WriteOptionalField(writer, header.SubUnitOrganisasi);
        foreach (AmountPosition position in (System.ReadOnlySpan<AmountPosition>)[AmountPosition.PreviousYear, AmountPosition.CurrentYear, AmountPosition.NextYear])
        {
            WriteAlokasi(writer, form.Amounts[position], position, header.TahunAnggaran);
        }

        writer.Write("</table>\n");
        var table = new List<Indicator>(form.Indicators.Count);
        foreach (Indicator indicator in form.Indicators)
        {
            if (indicator.Kind != IndicatorKind.CapaianProgram)
            {
                table.Add(indicator);
            }
        }

        WriteIndicators(writer, table, "Indikator &amp; Tolok Ukur Kinerja Kegiatan");
        writer.Write("<div class=\"sasaran block\">Kelompok Sasaran Kegiatan : ");
        HtmlText.Write(writer, form.KelompokSasaran);
        writer.Write("</div>\n");

        writer.Write("<table class=\"fields\"><colgroup><col class=\"label\"><col class=\"colon\"><col class=\"code\"><col></colgroup>\n");
        WriteOptionalField(writer, header.SubKegiatan);
        WriteRow(writer, "Sumber Pendanaan", null, header.SumberPendanaan?.Text);
        WriteRow(writer, "Lokasi", null, header.Lokasi);
        WriteRow(writer, "Waktu Pelaksanaan", null, header.WaktuPelaksanaan);
        WriteRow(writer, "Keluaran Sub Kegiatan", null, header.KeluaranSubKegiatan);
        writer.Write("</table>\n");
        if (form.Kak is not null)
        {
            WriteKak(writer, form.Kak);
        }

        WriteRincian(writer, form);
        WriteRencanaPenarikan(writer, form.RencanaPenarikan);
        WriteTandaTangan(writer, form.TandaTangan);
        writer.Write("</section>\n");
    }

    private static void WriteOptionalField<TCode>(TextWriter writer, HeaderField<TCode>? field)
        where TCode : struct
    {
        if (field is not null)
        {
            WriteField(writer, field);
        }
    }

    private static void WriteOptionalRow(TextWriter writer, string label, string? text)
    {
        if (text is not null)
        {
            WriteRow(writer, label, null, text);
        }
    }

    /// <summary>Writes the header's <c>Capaian Program</c> table (indikator and target), as SIPD prints it under the
    /// sasaran program; a row with empty cells when the form has no Capaian Program indicator.</summary>
    private static void WriteCapaianProgram(TextWriter writer, IReadOnlyList<Indicator> indicators)
    {
        writer.Write("<tr><td>Capaian Program</td><td class=\"colon\">:</td><td colspan=\"2\"><table class=\"inner\"><colgroup><col><col style=\"width:24%\"></colgroup>\n<tr><th>Indikator</th><th>Target</th></tr>\n");
        bool any = false;
        foreach (Indicator indicator in indicators)
        {
            if (indicator.Kind != IndicatorKind.CapaianProgram)
            {
                continue;
            }

            any = true;
            writer.Write("<tr><td>");
            HtmlText.Write(writer, Utility.HtmlFragments.ToPlainText(indicator.TolokUkur));
            writer.Write("</td><td>");
            HtmlText.Write(writer, indicator.Target.Text);
            writer.Write("</td></tr>\n");
        }

        if (!any)
        {
            writer.Write("<tr><td></td><td></td></tr>\n");
        }

        writer.Write("</table></td></tr>\n");
    }

    private static void WriteAlokasi(TextWriter writer, AmountRow? row, AmountPosition position, int? tahun)
    {
        string label = row?.Label is { Length: > 0 } written
            ? written
            : tahun is { } year
                ? "Alokasi Tahun " + (year + (int)position - 1).ToString(CultureInfo.InvariantCulture)
                : position switch
                {
                    AmountPosition.PreviousYear => "Alokasi Tahun n - 1",
                    AmountPosition.CurrentYear => "Alokasi Tahun n",
                    _ => "Alokasi Tahun n + 1",
                };
        writer.Write("<tr><td>");
        HtmlText.Write(writer, label);
        writer.Write("</td><td class=\"colon\">:</td><td class=\"amount\">");
        HtmlText.Write(writer, row is null ? string.Empty : row.Amount is { } amount ? "Rp " + amount.ToString() : row.AmountText);
        writer.Write("</td><td></td></tr>\n");
    }
}
