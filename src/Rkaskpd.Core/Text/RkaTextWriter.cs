using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>
/// Writes an <see cref="RkaDocument"/> as form text in the canonical tab-table layout of RKA-SKPD 2.2.1 (the layout of
/// most forms in the Lumajang 2020 seed), which <see cref="RkaTextReader"/> reads back.
/// </summary>
/// <remarks>
/// <para>Each form is written as follows, cells separated by one tab, forms separated by one blank line:</para>
/// <code>
/// RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH&#9;FORMULIR RKA - SKPD 2.2.1
/// PEMERINTAH KABUPATEN LUMAJANG TAHUN ANGGARAN 2020
/// Urusan Pemerintahan&#9;: 3.05&#9;PEMERINTAHAN UMUM
/// Organisasi&#9;: 3.05.09&#9;KECAMATAN LUMAJANG
/// Program&#9;: 3.05.3.05.09.01&#9;PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN
/// Kegiatan&#9;: 3.05.3.05.09.01.021&#9;Pelayanan Administrasi Perkantoran
/// Lokasi Kegiatan&#9;: Kecamatan Lumajang
/// Jumlah Tahun 2019&#9;: 479.077.000,00&#9;(EMPAT RATUS ... RUPIAH)
/// Jumlah Tahun 2020&#9;: 551.204.390,00&#9;(LIMA RATUS ... RUPIAH)
/// Jumlah Tahun 2021&#9;: 606.324.829,00&#9;(ENAM RATUS ... RUPIAH)
/// Indikator &amp; Tolok Ukur Kinerja Belanja Langsung
/// Indikator&#9;Tolok Ukur Kinerja&#9;Target Kinerja
/// Capaian Program&#9;Prosentase Pemenuhan Pelayanan&#9;78%
/// Masukan&#9;Tersedianya dana&#9;Rp. 551.204.390,00
/// Kelompok Sasaran Kegiatan: Administrasi Perkantoran
///
/// RINCIAN ANGGARAN BELANJA LANGSUNG
/// Kode Rekening&#9;Uraian&#9;Volume&#9;Satuan&#9;Harga Satuan&#9;Jumlah
/// 5.2.2.01.01&#9;Belanja Alat Tulis Kantor&#9;&#9;&#9;&#9;500.000,00
/// &#9;Kertas HVS&#9;10&#9;rim&#9;50.000,00&#9;500.000,00
/// KERANGKA ACUAN KERJA (KAK) PERKIRAAN REKENING BELANJA
/// Keterangan&#9;Uraian
/// KERANGKA ACUAN KERJA (KAK)&#9;Latar Belakang : ...
/// &#9;Dasar Hukum : ...
/// </code>
/// <list type="bullet">
/// <item>Labels, codes, names, amounts, <c>terbilang</c>, indicator labels and targets, and KAK headings and texts are
/// written exactly as the model holds them (as written on the original form), not re-derived from the typed values; the
/// title lines, the table headings and the <c>(KAK)</c> row label are canonical.</item>
/// <item>Header lines the form lacks (<see cref="HeaderField{TCode}.IsPresent"/> false, a null
/// <see cref="FormHeader.Lokasi"/> or <see cref="RkaForm.KelompokSasaran"/>, a null amount row) are left out. An empty
/// <c>terbilang</c> leaves out its parentheses.</item>
/// <item>Text outside the KAK is written on one line: a line break or tab inside a cell becomes one space.</item>
/// <item>A KAK section is written as <c>&lt;heading&gt; : &lt;text&gt;</c>; a section without a heading as
/// <c>: &lt;text&gt;</c> (the reader places it by position, as it did when reading the original). Each line of a
/// multi-line section text goes on its own row with an empty first cell, which the reader joins back with a line
/// break. HTML fragments are kept as written. The KAK's <see cref="Kak.Unrecognized"/> sections follow the recognised
/// ones.</item>
/// <item>The <c>rincian belanja</c> table, written only when the form has rincian lines, has six columns: the
/// <c>kode rekening</c> (empty for a detail line), the <c>uraian</c>, the <c>volume</c> (decimal comma, no thousands
/// separators), the <c>satuan</c>, the <c>harga satuan</c> and the <c>jumlah</c> (both in the forms' notation,
/// <c>1.500.000,00</c>); a missing value leaves its cell empty. A blank line precedes the table so that no reader takes
/// it for a continuation of the line above. The form's printed total row (<see cref="RkaForm.RincianTotal"/>), when it
/// has one, closes the table: its label under the uraian and its jumlah, as written, in the last column.
/// When a line carries SIPD's <see cref="RincianLine.Koefisien"/> or
/// <see cref="RincianLine.Ppn"/>, the table has SIPD's seven columns instead: kode rekening, uraian, koefisien (the
/// volume where a line has none), satuan, harga, PPN (<c>0</c>, <c>11%</c>) and jumlah.</item>
/// <item>A <c>perubahan</c> (amended budget) form writes its before values beside the after ones: the year-n row as
/// <c>Jumlah Anggaran Sebelum Perubahan</c>, the row itself, then <c>Bertambah/(Berkurang)</c> (the labels as the model
/// holds them); the indicator table with Sebelum and Setelah columns for the tolok ukur and the target; the rincian
/// table with Sebelum Perubahan and Setelah Perubahan groups of volume, satuan, harga satuan and jumlah, then the
/// difference and the penjelasan (see <see cref="RincianPerubahan"/>).</item>
/// </list>
/// <para>A form's <see cref="RkaForm.TandaTangan"/> follows the rincian (before the KAK): a blank line, then
/// <c>Lumajang, 10 Oktober 2019</c>, the jabatan, the name and <c>NIP. 19650817 199003 1 009</c>, one a line.</para>
/// <para>An SIPD-era form (<see cref="FormTemplate.SipdRincianBelanja"/>) is written in the order of SIPD's
/// <c>RKA - RINCIAN BELANJA SKPD</c> print instead: urusan, bidang urusan, program, sasaran program, the
/// <c>Capaian Program</c> rows, kegiatan, organisasi, unit, the <c>Alokasi Tahun</c> rows, the indicator table,
/// kelompok sasaran, sub kegiatan, sumber pendanaan, lokasi, waktu pelaksanaan, keluaran sub kegiatan, the rincian.</para>
/// <para>Nothing depends on the current culture. The line separator is always <c>\n</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// RkaReadResult read = RkaTextReader.Read(File.ReadAllText("rka.txt"));
/// string text = RkaTextWriter.Write(read.Document);
/// // RkaTextReader.Read(text).Document equals read.Document
/// </code>
/// </example>
public static partial class RkaTextWriter
{
    private const string TitleLine = "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH\tFORMULIR RKA - SKPD 2.2.1";

    private const string IndicatorHeading = "Indikator & Tolok Ukur Kinerja Belanja Langsung";
    private const string IndicatorTableHeader = "Indikator\tTolok Ukur Kinerja\tTarget Kinerja";
    private const string RincianHeading = "RINCIAN ANGGARAN BELANJA LANGSUNG";
    private const string RincianTableHeader = "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah";
    private const string SipdRincianTableHeader = "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah";
    private const string KakHeading = "KERANGKA ACUAN KERJA (KAK) PERKIRAAN REKENING BELANJA";
    private const string KakTableHeader = "Keterangan\tUraian";
    private const string KakRowLabel = "KERANGKA ACUAN KERJA (KAK)";

    /// <summary>Writes a document as form text.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">The writer to write to; it is not flushed or closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    /// <example>
    /// <code>
    /// using var output = new StreamWriter("rka.txt");
    /// RkaTextWriter.Write(document, output);
    /// </code>
    /// </example>
    public static void Write(RkaDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        for (int i = 0; i < document.Forms.Count; i++)
        {
            if (i > 0)
            {
                writer.Write('\n');
            }

            WriteForm(document.Forms[i], writer);
        }
    }

    /// <summary>Writes a document as form text into a string.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The form text; empty for a document without forms.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <example>
    /// <code>
    /// string text = RkaTextWriter.Write(new RkaDocument { Forms = [form] });
    /// </code>
    /// </example>
    public static string Write(RkaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, writer);
        return writer.ToString();
    }

    private static void WriteForm(RkaForm form, TextWriter writer)
    {
        if (form.Template == FormTemplate.SipdRincianBelanja)
        {
            WriteSipdForm(form, writer);
            return;
        }

        FormHeader header = form.Header;
        writer.Write(TitleOf(form));
        writer.Write('\n');
        WritePemerintahLine(header, writer);
        WriteField(header.Urusan, writer);
        WriteOptionalField(header.BidangUrusan, writer);
        WriteField(header.Organisasi, writer);
        WriteOptionalField(header.UnitOrganisasi, writer);
        WriteOptionalField(header.SubUnitOrganisasi, writer);
        WriteField(header.Program, writer);
        WriteTextField("Sasaran Program", header.SasaranProgram, writer);
        WriteField(header.Kegiatan, writer);
        WriteOptionalField(header.SubKegiatan, writer);
        WriteTextField("Lokasi Kegiatan", header.Lokasi, writer);
        WriteTextField("Sumber Pendanaan", header.SumberPendanaan?.Text, writer);
        WriteTextField("Waktu Pelaksanaan", header.WaktuPelaksanaan, writer);
        WriteTextField("Keluaran Sub Kegiatan", header.KeluaranSubKegiatan, writer);

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

        writer.Write(IndicatorHeading);
        writer.Write('\n');
        if (PerubahanTextWriter.HasIndicatorColumns(form.Indicators))
        {
            PerubahanTextWriter.WriteIndicators(form.Indicators, writer);
        }
        else
        {
            writer.Write(IndicatorTableHeader);
            writer.Write('\n');
            foreach (Indicator indicator in form.Indicators)
            {
                WriteCell(indicator.Label, writer);
                writer.Write('\t');
                WriteCell(indicator.TolokUkur, writer);
                writer.Write('\t');
                WriteCell(indicator.Target.Text, writer);
                writer.Write('\n');
            }
        }

        if (form.KelompokSasaran is not null)
        {
            writer.Write("Kelompok Sasaran Kegiatan: ");
            WriteCell(form.KelompokSasaran, writer);
            writer.Write('\n');
        }

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

    /// <summary>The title line of a form's kind and template: the seed's for a 2.2.1 RKA, otherwise the kind's name
    /// and short form (<c>DPA</c>, <c>RKPA</c>, <c>DPPA</c>) with the template's form name.</summary>
    private static string TitleOf(RkaForm form)
    {
        if (form.Kind == DocumentKind.Rka && form.Template == FormTemplate.Rka221)
        {
            return TitleLine;
        }

        string name = form.Kind is DocumentKind.Dpa or DocumentKind.DpaPerubahan
            ? "DOKUMEN PELAKSANAAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH"
            : "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH";
        string shortName = form.Kind switch
        {
            DocumentKind.Dpa => "DPA",
            DocumentKind.RkaPerubahan => "RKPA",
            DocumentKind.DpaPerubahan => "DPPA",
            _ => "RKA",
        };
        return form.Template == FormTemplate.SipdRincianBelanja
            ? name + "\t" + shortName + " - RINCIAN BELANJA SKPD"
            : name + "\tFORMULIR " + shortName + " - SKPD 2.2.1";
    }

    private static void WriteOptionalField<TCode>(HeaderField<TCode>? field, TextWriter writer)
        where TCode : struct
    {
        if (field is not null)
        {
            WriteField(field, writer);
        }
    }

    private static void WriteTextField(string label, string? value, TextWriter writer)
    {
        if (value is null)
        {
            return;
        }

        writer.Write(label);
        writer.Write("\t: ");
        WriteCell(value, writer);
        writer.Write('\n');
    }

    private static void WritePemerintahLine(FormHeader header, TextWriter writer)
    {
        bool pemda = !string.IsNullOrWhiteSpace(header.PemerintahDaerah);
        if (!pemda && header.TahunAnggaran is null)
        {
            return;
        }

        if (pemda)
        {
            WriteCell(header.PemerintahDaerah!, writer);
        }

        if (header.TahunAnggaran is int year)
        {
            writer.Write(pemda ? " TAHUN ANGGARAN " : "TAHUN ANGGARAN ");
            writer.Write(year.ToString(CultureInfo.InvariantCulture));
        }

        writer.Write('\n');
    }

    private static void WriteField<TCode>(HeaderField<TCode> field, TextWriter writer)
        where TCode : struct
    {
        if (!field.IsPresent)
        {
            return;
        }

        WriteCell(field.Label.Length > 0 ? field.Label : HeaderField.CanonicalLabel<TCode>(), writer);
        writer.Write("\t: ");
        WriteCell(field.CodeText, writer);
        writer.Write('\t');
        WriteCell(field.Name, writer);
        writer.Write('\n');
    }

    internal static void WriteAmount(AmountRow row, TextWriter writer)
    {
        WriteCell(row.Label.Length > 0 ? row.Label : "Jumlah Tahun", writer);
        writer.Write("\t: ");
        WriteCell(row.AmountText, writer);
        if (row.Terbilang.Length > 0)
        {
            writer.Write("\t(");
            WriteCell(row.Terbilang, writer);
            writer.Write(')');
        }

        writer.Write('\n');
    }

    /// <summary>Writes the rincian table: the plain columns, or SIPD's (koefisien, satuan, harga, PPN, jumlah) when a line
    /// has a koefisien or a PPN rate; there a line without a koefisien has its volume alone under the Koefisien heading,
    /// which reads back as the volume (a koefisien always has a unit).</summary>
    private static void WriteRincian(IReadOnlyList<RincianLine> lines, RincianTotalRow? total, TextWriter writer)
    {
        writer.Write('\n');
        writer.Write(RincianHeading);
        writer.Write('\n');
        bool sipd = false;
        foreach (RincianLine line in lines)
        {
            sipd |= line.Koefisien is not null || line.Ppn is not null;
        }

        writer.Write(sipd ? SipdRincianTableHeader : RincianTableHeader);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[64];
        foreach (RincianLine line in lines)
        {
            if (line.KodeRekening is not null)
            {
                WriteCell(line.KodeRekening, writer);
            }

            writer.Write('\t');
            WriteCell(line.Uraian, writer);
            writer.Write('\t');
            if (sipd && line.Koefisien is not null)
            {
                WriteCell(line.Koefisien, writer);
            }
            else if (line.Volume is decimal volume)
            {
                WriteVolume(volume, buffer, writer);
            }

            writer.Write('\t');
            if (line.Satuan is not null)
            {
                WriteCell(line.Satuan, writer);
            }

            writer.Write('\t');
            WriteRupiah(line.HargaSatuan, buffer, writer);
            writer.Write('\t');
            if (sipd)
            {
                WritePpn(line.Ppn, writer);
            }

            if (sipd)
            {
                writer.Write('\t');
            }

            WriteRupiah(line.Jumlah, buffer, writer);
            writer.Write('\n');
        }

        // The printed total row: no kode rekening, the label under Uraian, the jumlah in the last column.
        WriteTotalRow(total, "\t\t\t\t", "\n", buffer, writer);
    }

    /// <summary>Writes a PPN rate as SIPD prints it (<c>11%</c>, <c>0</c> for none); nothing for null.</summary>
    internal static void WritePpn(decimal? ppn, TextWriter writer)
    {
        if (ppn is decimal rate)
        {
            writer.Write(rate == 0m ? "0" : (rate / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) + "%");
        }
    }

    /// <summary>Writes the printed total row of a rincian table, when the form has one: an empty kode rekening cell,
    /// the label, <paramref name="gap"/>, the jumlah as written (or formatted), then <paramref name="end"/>.</summary>
    internal static void WriteTotalRow(RincianTotalRow? total, string gap, string end, Span<char> buffer, TextWriter writer)
    {
        if (total is null || (total.JumlahText is not { Length: > 0 } && total.Jumlah is null))
        {
            return;
        }

        writer.Write('\t');
        WriteCell(total.Label, writer);
        writer.Write(gap);
        if (total.JumlahText is { Length: > 0 } text)
        {
            WriteCell(text, writer);
        }
        else
        {
            WriteRupiah(total.Jumlah, buffer, writer);
        }

        writer.Write(end);
    }

    internal static void WriteVolume(decimal volume, Span<char> buffer, TextWriter writer)
    {
        if (!volume.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture))
        {
            writer.Write(volume.ToString(CultureInfo.InvariantCulture).Replace('.', ','));
            return;
        }

        Span<char> text = buffer[..written];
        int dot = text.IndexOf('.');
        if (dot >= 0)
        {
            text[dot] = ',';
        }

        writer.Write(text);
    }

    internal static void WriteRupiah(Rupiah? amount, Span<char> buffer, TextWriter writer)
    {
        if (amount is Rupiah value && value.TryFormat(buffer, out int written))
        {
            writer.Write(buffer[..written]);
        }
    }

    private static void WriteKak(Kak kak, TextWriter writer)
    {
        writer.Write(KakHeading);
        writer.Write('\n');
        writer.Write(KakTableHeader);
        writer.Write('\n');
        bool first = true;
        foreach (KakSection section in kak.Sections)
        {
            WriteKakSection(section.Heading, section.Text, first, writer);
            first = false;
        }

        foreach (KakRawSection section in kak.Unrecognized)
        {
            WriteKakSection(section.Heading, section.Text, first, writer);
            first = false;
        }
    }

    private static void WriteKakSection(string? heading, string text, bool first, TextWriter writer)
    {
        if (first)
        {
            writer.Write(KakRowLabel);
        }

        writer.Write('\t');
        if (!string.IsNullOrWhiteSpace(heading))
        {
            ReadOnlySpan<char> written = heading.AsSpan().Trim();
            WriteCell(written.TrimEnd(':').TrimEnd(), writer);
            writer.Write(' ');
        }

        writer.Write(':');
        bool firstLine = true;
        foreach (Range range in text.AsSpan().Split('\n'))
        {
            ReadOnlySpan<char> line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (firstLine)
            {
                writer.Write(' ');
                firstLine = false;
            }
            else
            {
                writer.Write("\n\t");
            }

            WriteCell(line, writer);
        }

        writer.Write('\n');
    }

    /// <summary>Writes one cell's text on one line: a line break, carriage return or tab becomes one space.</summary>
    internal static void WriteCell(ReadOnlySpan<char> text, TextWriter writer)
    {
        while (!text.IsEmpty)
        {
            int stop = text.IndexOfAny('\n', '\r', '\t');
            if (stop < 0)
            {
                writer.Write(text);
                return;
            }

            writer.Write(text[..stop]);
            int next = stop + 1;
            if (text[stop] == '\r' && next < text.Length && text[next] == '\n')
            {
                next++;
            }

            writer.Write(' ');
            text = text[next..];
        }
    }
}
