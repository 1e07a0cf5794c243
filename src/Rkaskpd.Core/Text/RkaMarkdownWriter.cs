using Rkaskpd.Utility;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NodaTime;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>
/// Writes an <see cref="RkaDocument"/> as a Markdown report for people to read: one <c>## </c> section per form with its
/// header, amounts, indicators, <c>kelompok sasaran</c> (target group), <c>Kerangka Acuan Kerja</c> (terms of reference)
/// and <c>rincian belanja</c> (expenditure detail).
/// </summary>
/// <remarks>
/// <para>Each form is written as:</para>
/// <list type="bullet">
/// <item><c>## &lt;kegiatan code&gt; &lt;kegiatan name&gt;</c>, then a two-column header table (pemerintah daerah,
/// tahun anggaran, urusan, organisasi, program, kegiatan, lokasi).</item>
/// <item><c>### Anggaran</c>: a table of the <c>Jumlah Tahun</c> rows: position (<c>n-1</c>, <c>n</c>, <c>n+1</c>), the
/// label as written, the amount in the forms' notation (<c>551.204.390,00</c>; the text as written when it could not be
/// read) and the <c>terbilang</c>.</item>
/// <item><c>### Indikator Kinerja</c>: a table of kind, <c>tolak ukur</c> and target; then the
/// <c>Kelompok Sasaran Kegiatan</c>.</item>
/// <item>One <c>###</c> section per KAK section under its canonical heading (<c>Latar Belakang</c>, …): <c>Dasar Hukum</c>
/// as a bullet list of references, <c>Maksud</c> and <c>Tujuan</c> apart, <c>Bentuk Kegiatan</c> as a bullet list,
/// <c>Alur</c> as a numbered list, <c>Mekanisme</c> with its schedules and their months (<c>YYYY-MM</c>); KAK text the
/// reader could not place follows under <c>### Lainnya</c>.</item>
/// <item><c>### Rincian Belanja</c>, when the form has rincian lines: kode rekening, uraian, volume, satuan, harga
/// satuan, jumlah; in a perubahan (amended budget) form, those four before and after the amendment, the
/// bertambah/(berkurang) and the penjelasan, and the amounts table has rows for the amount before the amendment and the
/// difference; a perubahan form's indicator table has the tolok ukur and target before and after the amendment. Where a
/// line carries SIPD's koefisien or PPN, the rincian table has SIPD's seven columns (kode rekening, uraian, koefisien,
/// satuan, harga, PPN, jumlah).</item>
/// </list>
/// <para>
/// HTML fragments in the form text are turned into plain text. In table cells a line break becomes a space; in cells
/// and prose the characters <c>\ ` * _ [ ] &lt; &gt; |</c> are escaped with a backslash, and a line that would start a
/// heading, quote or list is escaped too, so form text never changes the report's structure. Nothing depends on the
/// current culture. The line separator is always <c>\n</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// RkaDocument document = RkaTextReader.Read(File.ReadAllText("rka.txt")).Document;
/// File.WriteAllText("rka.md", RkaMarkdownWriter.Write(document));
/// </code>
/// </example>
public static partial class RkaMarkdownWriter
{
    /// <summary>Writes a document as a Markdown report.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">The writer to write to; it is not flushed or closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    /// <example>
    /// <code>
    /// using var output = new StreamWriter("rka.md");
    /// RkaMarkdownWriter.Write(document, output);
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

    /// <summary>Writes a document as a Markdown report into a string.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The report; empty for a document without forms.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <example>
    /// <code>
    /// string markdown = RkaMarkdownWriter.Write(new RkaDocument { Forms = [form] });
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
        FormHeader header = form.Header;
        writer.Write("## ");
        string code = form.KegiatanCodeText;
        MarkdownText.WriteInline(code, writer, cell: true);
        if (header.Kegiatan.Name.Length > 0)
        {
            if (code.Length > 0)
            {
                writer.Write(' ');
            }

            MarkdownText.WriteInline(header.Kegiatan.Name, writer, cell: true);
        }
        else if (code.Length == 0)
        {
            writer.Write("Kegiatan");
        }

        writer.Write("\n\n");
        if (form.Template == FormTemplate.SipdRincianBelanja)
        {
            WriteSipdBody(form, writer);
            return;
        }

        WriteHeader(header, writer);
        WriteAmounts(form.Amounts, writer);
        WriteIndicators(form, writer);
        if (form.Kak is not null)
        {
            WriteKak(form.Kak, writer);
        }

        WriteRincianTable(form.Rincian, writer);
        WriteRencanaPenarikan(form.RencanaPenarikan, writer);
        WriteTandaTangan(form.TandaTangan, writer);
    }

    private static void WriteHeader(FormHeader header, TextWriter writer)
    {
        writer.Write("| Bagian | Isi |\n|---|---|\n");
        WriteHeaderRow("Pemerintah Daerah", header.PemerintahDaerah ?? string.Empty, writer);
        WriteHeaderRow("Tahun Anggaran", header.TahunAnggaran?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, writer);
        WriteCodeRow(header.Urusan, writer);
        WriteOptionalCodeRow(header.BidangUrusan, writer);
        WriteCodeRow(header.Organisasi, writer);
        WriteOptionalCodeRow(header.UnitOrganisasi, writer);
        WriteOptionalCodeRow(header.SubUnitOrganisasi, writer, "Sub Unit Organisasi");
        WriteCodeRow(header.Program, writer);
        WriteOptionalRow("Sasaran Program", header.SasaranProgram, writer);
        WriteCodeRow(header.Kegiatan, writer);
        WriteOptionalCodeRow(header.SubKegiatan, writer);
        WriteHeaderRow("Lokasi Kegiatan", header.Lokasi ?? string.Empty, writer);
        WriteOptionalRow("Sumber Pendanaan", header.SumberPendanaan?.Text, writer);
        WriteOptionalRow("Waktu Pelaksanaan", header.WaktuPelaksanaan, writer);
        WriteOptionalRow("Keluaran Sub Kegiatan", header.KeluaranSubKegiatan, writer);
        writer.Write('\n');
    }

    /// <summary>Writes a code row only where the form has the field (the SIPD-era fields).</summary>
    private static void WriteOptionalCodeRow<TCode>(HeaderField<TCode>? field, TextWriter writer, string? label = null)
        where TCode : struct
    {
        if (field is not null)
        {
            WriteCodeRow(field, writer, label);
        }
    }

    /// <summary>Writes a header row only where the form has the field (the SIPD-era fields).</summary>
    private static void WriteOptionalRow(string label, string? value, TextWriter writer)
    {
        if (value is not null)
        {
            WriteHeaderRow(label, value, writer);
        }
    }

    private static void WriteHeaderRow(string label, string value, TextWriter writer)
    {
        writer.Write("| ");
        writer.Write(label);
        writer.Write(" | ");
        MarkdownText.WriteCell(value, writer);
        writer.Write(" |\n");
    }

    private static void WriteCodeRow<TCode>(HeaderField<TCode> field, TextWriter writer, string? label = null)
        where TCode : struct
    {
        writer.Write("| ");
        writer.Write(label ?? HeaderField.CanonicalLabel<TCode>());
        writer.Write(" | ");
        string code = field.Code?.ToString() ?? field.CodeText;
        MarkdownText.WriteCell(code, writer);
        if (code.Length > 0 && field.Name.Length > 0)
        {
            writer.Write(' ');
        }

        MarkdownText.WriteCell(field.Name, writer);
        writer.Write(" |\n");
    }

    private static void WriteAmounts(FormAmounts amounts, TextWriter writer)
    {
        writer.Write("### Anggaran\n\n| Posisi | Label | Jumlah (Rp) | Terbilang |\n|---|---|---:|---|\n");
        Span<char> buffer = stackalloc char[64];
        foreach (AmountRow row in amounts.Rows)
        {
            writer.Write("| ");
            writer.Write(row.Position switch
            {
                AmountPosition.PreviousYear => "n-1",
                AmountPosition.CurrentYear => "n",
                _ => "n+1",
            });
            writer.Write(" | ");
            MarkdownText.WriteCell(row.Label, writer);
            writer.Write(" | ");
            if (row.Amount is Rupiah amount && amount.TryFormat(buffer, out int written, "G"))
            {
                writer.Write(buffer[..written]);
            }
            else
            {
                MarkdownText.WriteCell(row.AmountText, writer);
            }

            writer.Write(" | ");
            MarkdownText.WriteCell(row.Terbilang, writer);
            writer.Write(" |\n");
            if (row.Perubahan is { } perubahan)
            {
                PerubahanMarkdownWriter.WriteAmountRows(perubahan, writer);
            }
        }

        writer.Write('\n');
    }

    private static void WriteIndicators(RkaForm form, TextWriter writer, bool withoutCapaianProgram = false)
    {
        bool perubahan = PerubahanTextWriter.HasIndicatorColumns(form.Indicators);
        writer.Write(perubahan
            ? "### Indikator Kinerja\n\n| Indikator | Tolok Ukur Kinerja Sebelum | Tolok Ukur Kinerja Setelah | Target Kinerja Sebelum "
                + "| Target Kinerja Setelah |\n|---|---|---|---|---|\n"
            : "### Indikator Kinerja\n\n| Indikator | Tolok Ukur Kinerja | Target Kinerja |\n|---|---|---|\n");
        foreach (Indicator indicator in form.Indicators)
        {
            if (withoutCapaianProgram && indicator.Kind == IndicatorKind.CapaianProgram)
            {
                continue;
            }

            writer.Write("| ");
            writer.Write(IndicatorKinds.GetLabel(indicator.Kind));
            writer.Write(" | ");
            if (perubahan)
            {
                MarkdownText.WriteCell(indicator.Perubahan?.TolokUkurSebelum ?? string.Empty, writer);
                writer.Write(" | ");
            }

            MarkdownText.WriteCell(indicator.TolokUkur, writer);
            writer.Write(" | ");
            if (perubahan)
            {
                MarkdownText.WriteCell(indicator.Perubahan?.TargetSebelum.Text ?? string.Empty, writer);
                writer.Write(" | ");
            }

            MarkdownText.WriteCell(indicator.Target.Text, writer);
            writer.Write(" |\n");
        }

        writer.Write('\n');
        if (form.KelompokSasaran is not null)
        {
            writer.Write("**Kelompok Sasaran Kegiatan:** ");
            MarkdownText.WriteCell(form.KelompokSasaran, writer);
            writer.Write("\n\n");
        }
    }

    private static void WriteKak(Kak kak, TextWriter writer)
    {
        foreach (KakSection section in kak.Sections)
        {
            writer.Write("### ");
            writer.Write(KakHeadings.GetCanonicalHeading(section.Kind));
            writer.Write("\n\n");
            switch (section)
            {
                case DasarHukum dasarHukum when dasarHukum.References.Count > 0:
                    foreach (LegalReference reference in dasarHukum.References)
                    {
                        WriteItem("- ", reference.Text, writer);
                    }

                    writer.Write('\n');
                    break;
                case MaksudDanTujuan maksud when maksud.Maksud is not null || maksud.Tujuan is not null:
                    WriteLabelled("Maksud", maksud.Maksud, writer);
                    WriteLabelled("Tujuan", maksud.Tujuan, writer);
                    break;
                case BentukKegiatan bentuk when bentuk.Items.Count > 0:
                    WriteList(bentuk.Items, numbered: false, writer);
                    break;
                case Alur alur when alur.Steps.Count > 0:
                    WriteList(alur.Steps, numbered: true, writer);
                    break;
                case Mekanisme mekanisme:
                    MarkdownText.WriteParagraphs(section.Body, writer);
                    WriteSchedules(mekanisme.Jadwal, writer);
                    break;
                default:
                    MarkdownText.WriteParagraphs(section.Body, writer);
                    break;
            }
        }

        if (kak.Unrecognized.Count > 0)
        {
            writer.Write("### Lainnya\n\n");
            foreach (KakRawSection section in kak.Unrecognized)
            {
                if (!string.IsNullOrWhiteSpace(section.Heading))
                {
                    writer.Write("**");
                    MarkdownText.WriteInline(HtmlFragments.ToPlainText(section.Heading).Trim(), writer, cell: true);
                    writer.Write("**\n\n");
                }

                MarkdownText.WriteParagraphs(HtmlFragments.ToPlainText(section.Text), writer);
            }
        }
    }

    private static void WriteLabelled(string label, string? text, TextWriter writer)
    {
        if (text is null)
        {
            return;
        }

        writer.Write("**");
        writer.Write(label);
        writer.Write(":** ");
        MarkdownText.WriteInline(HtmlFragments.ToPlainText(text), writer, cell: true);
        writer.Write("\n\n");
    }

    private static void WriteList(IReadOnlyList<string> items, bool numbered, TextWriter writer)
    {
        for (int i = 0; i < items.Count; i++)
        {
            WriteItem(numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ", items[i], writer);
        }

        writer.Write('\n');
    }

    private static void WriteItem(string marker, string text, TextWriter writer)
    {
        writer.Write(marker);
        MarkdownText.WriteInline(HtmlFragments.ToPlainText(text), writer, cell: true);
        writer.Write('\n');
    }

    private static void WriteSchedules(IReadOnlyList<WaktuPelaksanaan> schedules, TextWriter writer)
    {
        if (schedules.Count == 0)
        {
            return;
        }

        writer.Write("**Waktu Pelaksanaan:**\n\n");
        Span<char> buffer = stackalloc char[16];
        foreach (WaktuPelaksanaan schedule in schedules)
        {
            writer.Write("- ");
            if (!string.IsNullOrWhiteSpace(schedule.Label))
            {
                MarkdownText.WriteInline(schedule.Label, writer, cell: true);
                writer.Write(": ");
            }

            MarkdownText.WriteInline(schedule.Text, writer, cell: true);
            if (!string.IsNullOrWhiteSpace(schedule.PelaksanaanText))
            {
                writer.Write(" (");
                MarkdownText.WriteInline(schedule.PelaksanaanText, writer, cell: true);
                writer.Write(')');
            }

            if (schedule.Months.Count > 0)
            {
                writer.Write(schedule.MonthsAreInferred ? " — bulan (disimpulkan): " : " — bulan: ");
                for (int i = 0; i < schedule.Months.Count; i++)
                {
                    if (i > 0)
                    {
                        writer.Write(", ");
                    }

                    YearMonth month = schedule.Months[i];
                    if (month.Year.TryFormat(buffer, out int written, "D4", CultureInfo.InvariantCulture))
                    {
                        writer.Write(buffer[..written]);
                    }

                    writer.Write('-');
                    if (month.Month.TryFormat(buffer, out written, "D2", CultureInfo.InvariantCulture))
                    {
                        writer.Write(buffer[..written]);
                    }
                }
            }

            writer.Write('\n');
        }

        writer.Write('\n');
    }

    /// <summary>Writes the rincian table, with the before and after groups when a line has perubahan values; nothing
    /// for no lines.</summary>
    private static void WriteRincianTable(IReadOnlyList<RincianLine> lines, TextWriter writer)
    {
        if (PerubahanMarkdownWriter.HasColumns(lines))
        {
            PerubahanMarkdownWriter.WriteRincian(lines, writer);
        }
        else if (lines.Count > 0)
        {
            WriteRincian(lines, writer);
        }
    }

    private static void WriteRincian(IReadOnlyList<RincianLine> lines, TextWriter writer)
    {
        bool sipd = false;
        foreach (RincianLine line in lines)
        {
            sipd |= line.Koefisien is not null || line.Ppn is not null;
        }

        writer.Write(sipd
            ? "### Rincian Belanja\n\n| Kode Rekening | Uraian | Koefisien | Satuan | Harga (Rp) | PPN | Jumlah (Rp) |\n"
                + "|---|---|---|---|---:|---:|---:|\n"
            : "### Rincian Belanja\n\n| Kode Rekening | Uraian | Volume | Satuan | Harga Satuan (Rp) | Jumlah (Rp) |\n"
                + "|---|---|---:|---|---:|---:|\n");
        Span<char> buffer = stackalloc char[64];
        foreach (RincianLine line in lines)
        {
            writer.Write("| ");
            MarkdownText.WriteCell(line.KodeRekening ?? string.Empty, writer);
            writer.Write(" | ");
            MarkdownText.WriteCell(line.Uraian, writer);
            writer.Write(" | ");
            if (sipd && line.Koefisien is not null)
            {
                MarkdownText.WriteCell(line.Koefisien, writer);
            }
            else if (line.Volume is decimal volume && volume.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture))
            {
                Span<char> text = buffer[..written];
                int dot = text.IndexOf('.');
                if (dot >= 0)
                {
                    text[dot] = ',';
                }

                writer.Write(text);
            }

            writer.Write(" | ");
            MarkdownText.WriteCell(line.Satuan ?? string.Empty, writer);
            writer.Write(" | ");
            WriteRupiah(line.HargaSatuan, buffer, writer);
            writer.Write(" | ");
            if (sipd)
            {
                if (line.Ppn is decimal ppn)
                {
                    writer.Write(ppn.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ','));
                    writer.Write('%');
                }

                writer.Write(" | ");
            }

            WriteRupiah(line.Jumlah, buffer, writer);
            writer.Write(" |\n");
        }

        writer.Write('\n');
    }

    internal static void WriteRupiah(Rupiah? amount, Span<char> buffer, TextWriter writer)
    {
        if (amount is Rupiah value && value.TryFormat(buffer, out int written))
        {
            writer.Write(buffer[..written]);
        }
    }
}
