using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The SIPD-era layout of <see cref="RkaTextWriter"/>.</summary>
public static partial class RkaTextWriter
{
    private const string SipdIndicatorHeading = "Indikator & Tolok Ukur Kinerja Kegiatan";

    /// <summary>
    /// Writes an SIPD-era form (<see cref="FormTemplate.SipdRincianBelanja"/>) in the order of SIPD's <c>RKA - Rincian
    /// Belanja SKPD</c> print: urusan, bidang urusan, program, sasaran program, the <c>Capaian Program</c> rows, kegiatan,
    /// organisasi, unit (and sub unit), the <c>Alokasi Tahun</c> rows, the indicator table (Capaian Kegiatan, Masukan,
    /// Keluaran, Hasil), kelompok sasaran, sub kegiatan, sumber pendanaan, lokasi, waktu pelaksanaan, keluaran sub
    /// kegiatan, then the rincian and (where the form has one) the KAK. A perubahan form (SIPD's RKPA/DPPA) adds the
    /// Sebelum and Bertambah/(Berkurang) amount rows, one indicator table with Sebelum columns (Capaian Program in it),
    /// and the rincian's before and after column groups, as <see cref="PerubahanTextWriter"/> writes them.
    /// </summary>
    private static void WriteSipdForm(RkaForm form, TextWriter writer)
    {
        FormHeader header = form.Header;
        writer.Write(TitleOf(form));
        writer.Write('\n');
        WritePemerintahLine(header, writer);
        WriteField(header.Urusan, writer);
        WriteOptionalField(header.BidangUrusan, writer);
        WriteField(header.Program, writer);
        WriteTextField("Sasaran Program", header.SasaranProgram, writer);
        bool perubahanIndicators = PerubahanTextWriter.HasIndicatorColumns(form.Indicators);
        foreach (Indicator indicator in form.Indicators)
        {
            if (indicator.Kind == IndicatorKind.CapaianProgram && !perubahanIndicators)
            {
                WriteIndicator(indicator, writer);
            }
        }

        WriteField(header.Kegiatan, writer);
        WriteField(header.Organisasi, writer);
        WriteOptionalField(header.UnitOrganisasi, writer);
        WriteOptionalField(header.SubUnitOrganisasi, writer);
        foreach (AmountRow row in form.Amounts.Rows)
        {
            if (row.Perubahan is null)
            {
                WriteAmount(row, writer);
            }
            else
            {
                PerubahanTextWriter.WriteAmount(row, row.Perubahan, writer);
            }
        }

        writer.Write(SipdIndicatorHeading);
        writer.Write('\n');
        if (perubahanIndicators)
        {
            // A perubahan form's table carries every indicator (Capaian Program too) with its Sebelum columns.
            PerubahanTextWriter.WriteIndicators(form.Indicators, writer);
        }
        else
        {
            writer.Write(IndicatorTableHeader);
            writer.Write('\n');
            foreach (Indicator indicator in form.Indicators)
            {
                if (indicator.Kind != IndicatorKind.CapaianProgram)
                {
                    WriteIndicator(indicator, writer);
                }
            }
        }

        if (form.KelompokSasaran is not null)
        {
            writer.Write("Kelompok Sasaran Kegiatan: ");
            WriteCell(form.KelompokSasaran, writer);
            writer.Write('\n');
        }

        WriteOptionalField(header.SubKegiatan, writer);
        WriteTextField("Sumber Pendanaan", header.SumberPendanaan?.Text, writer);
        WriteTextField("Lokasi", header.Lokasi, writer);
        WriteTextField("Waktu Pelaksanaan", header.WaktuPelaksanaan, writer);
        WriteTextField("Keluaran Sub Kegiatan", header.KeluaranSubKegiatan, writer);
        if (PerubahanTextWriter.HasRincianColumns(form.Rincian))
        {
            PerubahanTextWriter.WriteRincian(form.Rincian, form.RincianTotal, writer);
        }
        else if (form.Rincian.Count > 0)
        {
            WriteRincian(form.Rincian, form.RincianTotal, writer);
        }

        WriteRencanaPenarikan(form.RencanaPenarikan, writer);
        WriteTandaTangan(form.TandaTangan, writer);
        if (form.Kak is not null)
        {
            WriteKak(form.Kak, writer);
        }
    }

    private static void WriteIndicator(Indicator indicator, TextWriter writer)
    {
        WriteCell(indicator.Label, writer);
        writer.Write('\t');
        WriteCell(indicator.TolokUkur, writer);
        writer.Write('\t');
        WriteCell(indicator.Target.Text, writer);
        writer.Write('\n');
    }
}
