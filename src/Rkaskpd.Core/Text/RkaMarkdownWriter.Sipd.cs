using System.Globalization;
using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The SIPD-era report of <see cref="RkaMarkdownWriter"/>.</summary>
public static partial class RkaMarkdownWriter
{
    /// <summary>
    /// Writes the body of an SIPD-era form (<see cref="FormTemplate.SipdRincianBelanja"/>) in the order of SIPD's
    /// <c>RKA - Rincian Belanja SKPD</c> print: a header table (urusan, bidang urusan, program, sasaran program, capaian
    /// program, kegiatan, organisasi, unit), <c>### Anggaran</c> (the <c>Alokasi Tahun</c> rows), <c>### Indikator
    /// Kinerja</c> (Capaian Kegiatan, Masukan, Keluaran, Hasil) with the kelompok sasaran, <c>### Sub Kegiatan</c> (sub
    /// kegiatan, sumber pendanaan, lokasi, waktu pelaksanaan, keluaran sub kegiatan), then the KAK where the form has
    /// one and the rincian.
    /// </summary>
    private static void WriteSipdBody(RkaForm form, TextWriter writer)
    {
        FormHeader header = form.Header;
        writer.Write("| Bagian | Isi |\n|---|---|\n");
        WriteHeaderRow("Pemerintah Daerah", header.PemerintahDaerah ?? string.Empty, writer);
        WriteHeaderRow("Tahun Anggaran", header.TahunAnggaran?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, writer);
        WriteCodeRow(header.Urusan, writer);
        WriteOptionalCodeRow(header.BidangUrusan, writer);
        WriteCodeRow(header.Program, writer);
        WriteOptionalRow("Sasaran Program", header.SasaranProgram, writer);
        foreach (Indicator indicator in form.Indicators)
        {
            if (indicator.Kind == IndicatorKind.CapaianProgram)
            {
                string target = indicator.Target.Text.Trim();
                WriteHeaderRow("Capaian Program", target.Length == 0 ? indicator.TolokUkur : indicator.TolokUkur + " — " + target, writer);
            }
        }

        WriteCodeRow(header.Kegiatan, writer);
        WriteCodeRow(header.Organisasi, writer);
        WriteOptionalCodeRow(header.UnitOrganisasi, writer, "Unit");
        WriteOptionalCodeRow(header.SubUnitOrganisasi, writer, "Sub Unit Organisasi");
        writer.Write('\n');
        WriteAmounts(form.Amounts, writer);
        WriteIndicators(form, writer, withoutCapaianProgram: true);

        writer.Write("### Sub Kegiatan\n\n| Bagian | Isi |\n|---|---|\n");
        WriteOptionalCodeRow(header.SubKegiatan, writer, "Sub Kegiatan");
        WriteHeaderRow("Sumber Pendanaan", header.SumberPendanaan?.Text ?? string.Empty, writer);
        WriteHeaderRow("Lokasi", header.Lokasi ?? string.Empty, writer);
        WriteHeaderRow("Waktu Pelaksanaan", header.WaktuPelaksanaan ?? string.Empty, writer);
        WriteHeaderRow("Keluaran Sub Kegiatan", header.KeluaranSubKegiatan ?? string.Empty, writer);
        writer.Write('\n');
        if (form.Kak is not null)
        {
            WriteKak(form.Kak, writer);
        }

        WriteRincianTable(form.Rincian, writer);

        WriteRencanaPenarikan(form.RencanaPenarikan, writer);
        WriteTandaTangan(form.TandaTangan, writer);
    }
}
