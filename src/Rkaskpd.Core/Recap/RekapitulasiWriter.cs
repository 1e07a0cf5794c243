using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Rkaskpd.Serialization;

namespace Rkaskpd.Recap;

/// <summary>
/// Writes an RKA-SKPD 2.2 recap as text, JSON or Markdown. For the printable form see
/// <see cref="Html.RkaHtmlWriter.WriteRecap(RekapitulasiBelanja, TextWriter)"/>.
/// </summary>
/// <remarks>
/// Amounts are written in the forms' notation (<c>1.170.027.840,00</c>) in text and Markdown and as JSON numbers in
/// JSON; nothing depends on the current culture. The year-n split by <c>jenis belanja</c> is written as extra columns
/// when the recap has one: three in 13/2006 (pegawai, barang dan jasa, modal), four in 90/2019 (operasi, modal, tidak
/// terduga, transfer), and one more when some amount sits under no known jenis. Unclassified forms and the recap's
/// issues follow the table.
/// </remarks>
/// <example>
/// <code>
/// RekapitulasiBelanja recap = Rekapitulasi.Compute(document);
/// RekapitulasiWriter.Write(recap, Console.Out, RekapitulasiFormat.Markdown);
/// </code>
/// </example>
public static class RekapitulasiWriter
{
    /// <summary>The title of form RKA-SKPD 2.2.</summary>
    public const string Title = "REKAPITULASI BELANJA LANGSUNG MENURUT PROGRAM DAN KEGIATAN SATUAN KERJA PERANGKAT DAERAH";

    /// <summary>Writes a recap in a format.</summary>
    /// <param name="recap">The recap.</param>
    /// <param name="writer">Where to write (not closed).</param>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recap"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static void Write(RekapitulasiBelanja recap, TextWriter writer, RekapitulasiFormat format)
    {
        switch (format)
        {
            case RekapitulasiFormat.Text:
                WriteText(recap, writer);
                break;
            case RekapitulasiFormat.Json:
                WriteJson(recap, writer);
                break;
            case RekapitulasiFormat.Markdown:
                WriteMarkdown(recap, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a recap format.");
        }
    }

    /// <summary>Writes a recap in a format to a string.</summary>
    /// <param name="recap">The recap.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recap"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Write(RekapitulasiBelanja recap, RekapitulasiFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(recap, writer, format);
        return writer.ToString();
    }

    /// <summary>
    /// Writes a recap as a plain-text table: code, the amount columns right-aligned, then the name (last, so that long
    /// names do not break the alignment). Kegiatan rows are indented under their program.
    /// </summary>
    /// <param name="recap">The recap.</param>
    /// <param name="writer">Where to write (not closed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="recap"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteText(RekapitulasiBelanja recap, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(recap);
        ArgumentNullException.ThrowIfNull(writer);
        List<RekapRow> rows = RekapRow.Build(recap);
        IReadOnlyList<string> headers = RekapRow.Headers(recap);
        int columns = headers.Count;
        var widths = new int[columns + 1];
        widths[0] = "Kode".Length;
        for (int c = 0; c < columns; c++)
        {
            widths[c + 1] = headers[c].Length;
        }

        foreach (RekapRow row in rows)
        {
            widths[0] = Math.Max(widths[0], row.Code.Length + (2 * row.Depth));
            for (int c = 0; c < columns; c++)
            {
                widths[c + 1] = Math.Max(widths[c + 1], row.Cells[c].Length);
            }
        }

        writer.Write("RKA-SKPD 2.2  ");
        writer.WriteLine(Title);
        WriteContext(recap, writer, markdown: false);
        writer.WriteLine();
        var line = new StringBuilder();
        line.Append("Kode".PadRight(widths[0]));
        for (int c = 0; c < columns; c++)
        {
            line.Append("  ").Append(headers[c].PadLeft(widths[c + 1]));
        }

        line.Append("  Uraian");
        writer.WriteLine(line.ToString());
        writer.WriteLine(new string('-', line.Length + 20));
        foreach (RekapRow row in rows)
        {
            line.Clear();
            line.Append((new string(' ', 2 * row.Depth) + row.Code).PadRight(widths[0]));
            for (int c = 0; c < columns; c++)
            {
                line.Append("  ").Append(row.Cells[c].PadLeft(widths[c + 1]));
            }

            line.Append("  ").Append(OneLine(row.Name));
            writer.WriteLine(line.ToString().TrimEnd());
        }

        WriteIssues(recap, writer, markdown: false);
    }

    /// <summary>Writes a recap as a Markdown table, program rows in bold, followed by the issues as a list.</summary>
    /// <param name="recap">The recap.</param>
    /// <param name="writer">Where to write (not closed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="recap"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteMarkdown(RekapitulasiBelanja recap, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(recap);
        ArgumentNullException.ThrowIfNull(writer);
        IReadOnlyList<string> headers = RekapRow.Headers(recap);
        writer.WriteLine("## RKA-SKPD 2.2 — " + Title);
        writer.WriteLine();
        WriteContext(recap, writer, markdown: true);
        writer.WriteLine();
        var line = new StringBuilder("| Kode | Uraian |");
        foreach (string header in headers)
        {
            line.Append(' ').Append(header).Append(" |");
        }

        writer.WriteLine(line.ToString());
        line.Clear().Append("|---|---|");
        foreach (string _ in headers)
        {
            line.Append("---:|");
        }

        writer.WriteLine(line.ToString());
        foreach (RekapRow row in RekapRow.Build(recap))
        {
            bool bold = !row.IsKegiatan;
            line.Clear().Append("| ").Append(Cell(row.Code, bold)).Append(" | ").Append(Cell(row.Name, bold)).Append(" |");
            foreach (string cell in row.Cells)
            {
                line.Append(' ').Append(Cell(cell, bold)).Append(" |");
            }

            writer.WriteLine(line.ToString());
        }

        WriteIssues(recap, writer, markdown: true);
    }

    /// <summary>
    /// Writes a recap as indented JSON through the source-generated <see cref="Serialization.RkaskpdJsonContext"/>: an
    /// object with <c>programs</c> (each with <c>code</c>, <c>name</c>, <c>previousYear</c>, <c>currentYear</c>,
    /// <c>nextYear</c> as numbers, <c>jenisBelanja</c> and <c>kegiatan</c> rows with the same fields),
    /// <c>unclassified</c>, <c>total</c> (three numbers) and <c>issues</c>. Read it back with
    /// <c>JsonSerializer.Deserialize(json, RkaskpdJsonContext.Default.RekapitulasiBelanja)</c>.
    /// </summary>
    /// <param name="recap">The recap.</param>
    /// <param name="writer">Where to write (not closed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="recap"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteJson(RekapitulasiBelanja recap, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(recap);
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, MaxDepth = RkaskpdJsonContext.Default.Options.MaxDepth }))
        {
            JsonSerializer.Serialize(json, recap, RkaskpdJsonContext.Default.RekapitulasiBelanja);
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteContext(RekapitulasiBelanja recap, TextWriter writer, bool markdown)
    {
        var parts = new List<string>(2);
        if (recap.PemerintahDaerah is { } pemerintah)
        {
            parts.Add(OneLine(pemerintah));
        }

        if (recap.TahunAnggaran is { } tahun)
        {
            parts.Add("TAHUN ANGGARAN " + tahun.ToString(CultureInfo.InvariantCulture));
        }

        if (parts.Count > 0)
        {
            writer.WriteLine(markdown ? EscapeMarkdown(string.Join(", ", parts)) + "  " : string.Join(", ", parts));
        }

        if (recap.Organisasi is { } organisasi)
        {
            writer.WriteLine("Organisasi: " + (markdown ? EscapeMarkdown(OneLine(organisasi)) : OneLine(organisasi)));
        }
    }

    private static void WriteIssues(RekapitulasiBelanja recap, TextWriter writer, bool markdown)
    {
        if (recap.Issues.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(markdown ? "**Catatan (issues):**" : "Catatan (issues):");
        if (markdown)
        {
            writer.WriteLine();
        }

        foreach (RekapIssue issue in recap.Issues)
        {
            string text = issue.Kind.ToString() + ": " + OneLine(issue.Message);
            writer.WriteLine("- " + (markdown ? EscapeMarkdown(text) : text));
        }
    }

    private static string Cell(string text, bool bold)
    {
        string escaped = EscapeMarkdown(OneLine(text));
        return bold && escaped.Length > 0 ? "**" + escaped + "**" : escaped;
    }

    private static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? text.ReplaceLineEndings(" ")
            : text;

    private static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
