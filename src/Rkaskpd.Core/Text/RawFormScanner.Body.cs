using System;
using Rkaskpd.Forms;
using Rkaskpd.Text.Sections;

namespace Rkaskpd.Text;

/// <summary>The body rows of <see cref="RawFormScanner"/>: a row outside the KAK is offered to each section reader in
/// the order its rows must be told apart (rincian, closing block, amounts, header fields, indicators, the KAK's start,
/// a rincian table without its heading, the perubahan heading, the title block), and what none of them takes is kept
/// as an unrecognised line and reported.</summary>
internal sealed partial class RawFormScanner
{
    /// <summary>Reads a row outside the KAK: tries each section in the order its rows must be told apart.</summary>
    private void ProcessBodyLine(RawFormBuilder current, ReadOnlyMemory<char> raw, string text, string trimmed, int line, bool wasBlank)
    {
        headers.BeginLine();
        if (mode == ScanMode.Rincian)
        {
            if (ProcessRincianLine(current, text, trimmed, line, wasBlank))
            {
                return;
            }

            mode = ScanMode.Body;
        }
        else if (SectionStarts.StartsRincian(trimmed, cells.Split(text)))
        {
            EnterRincian(current);
            rincian.ObserveHeader(trimmed, cells.Split(text));
            return;
        }

        if (indicators.AwaitsKindTail && indicators.TryCompleteWrappedKind(current, cells.Split(text), trimmed, wasBlank))
        {
            return;
        }

        if (ClosingBlock.IsStart(trimmed))
        {
            StartClosing(line, trimmed);
            return;
        }

        if (PerubahanAmountRow.TryRead(current, amounts, trimmed, line))
        {
            mode = ScanMode.Body;
            return;
        }

        if (AmountRowReader.IsAmountRow(trimmed, out int amountEnd))
        {
            amounts.Read(current, trimmed, amountEnd, line);
            mode = ScanMode.Body;
            return;
        }

        if (headers.TryReadLabelTail(current, trimmed))
        {
            return;
        }

        if (current.Fields.Count == 0 && current.Amounts.Count == 0 && mode == ScanMode.Header && TitleBlockReader.IsFormNameTail(trimmed))
        {
            // The form's name wrapped in the title box ("DPPA - RINCIAN BELANJA" over "SUB KEGIATAN"): a title line.
            TitleBlockReader.Read(form!, raw.ToString(), cells.Split(text), line);
            return;
        }

        if (HeaderFieldReader.TryMatch(trimmed, out HeaderFieldKind kind, out int labelEnd))
        {
            ReadHeaderField(current, kind, trimmed, labelEnd, line);
            return;
        }

        if (headers.TryReadMisspelled(current, trimmed, line))
        {
            mode = mode == ScanMode.Header ? ScanMode.Body : mode;
            return;
        }

        if (indicators.TryReadCapaianHeading(current, trimmed))
        {
            return;
        }

        if (indicators.TryReadHeading(current, trimmed, line, mode == ScanMode.Indicators))
        {
            mode = ScanMode.Indicators;
            return;
        }

        if (indicators.TryRead(current, cells.Split(text), trimmed, line, mode == ScanMode.Indicators, wasBlank))
        {
            mode = ScanMode.Indicators;
            return;
        }

        if (kak.TryStart(current, trimmed, line))
        {
            mode = ScanMode.Kak; // the KAK title (perhaps with a first row after it), or a KAK heading with its colon
            return;
        }

        if (mode != ScanMode.Header && TabRincianRow.StartsWithRekeningRow(cells.Split(text)))
        {
            // A rincian table without its title or header row: a row led by a kode rekening and ending in an amount.
            EnterRincian(current);
            ProcessRincianLine(current, text, trimmed, line, wasBlank: false);
            return;
        }

        if (perubahan.TryRead(current, trimmed, line))
        {
            if (mode == ScanMode.Indicators)
            {
                indicators.ObserveColumnHeading(trimmed); // "Sebelum Perubahan | Setelah Perubahan" under "Target Kinerja"
            }

            return;
        }

        if (current.Fields.Count == 0 && current.Amounts.Count == 0 && mode == ScanMode.Header)
        {
            TitleBlockReader.Read(form!, raw.ToString(), cells.Split(text), line);
            return;
        }

        if (headers.TryAppend(current, trimmed, line, wasBlank))
        {
            return;
        }

        current.UnrecognisedLines.Add(new RawLine(line, trimmed));
        sink.Add(line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(trimmed));
    }

    /// <summary>Reads a header field with a known label; a second urusan (or bidang urusan) in a form that already has a
    /// body starts a new form without a title.</summary>
    private void ReadHeaderField(RawFormBuilder current, HeaderFieldKind kind, string trimmed, int labelEnd, int line)
    {
        if (kind is HeaderFieldKind.Urusan or HeaderFieldKind.BidangUrusan && SectionStarts.HasBody(current, kind))
        {
            if (current.EndLine >= line)
            {
                // A second urusan on a line the form already reached (a merged line that repeats its label): one
                // line cannot start two forms, so it is kept as written and reported.
                current.UnrecognisedLines.Add(new RawLine(line, trimmed));
                sink.Add(line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(trimmed));
                return;
            }

            if (!StartForm(line))
            {
                return;
            }

            sink.Add(line, TextReaderMessages.FormWithoutTitle, TextReaderMessages.WithoutTitle(trimmed[..labelEnd]));
            current = form!;
            current.EndLine = line;
        }

        headers.Add(current, kind, trimmed, labelEnd, line);
        mode = mode is ScanMode.Header or ScanMode.Indicators || kind == HeaderFieldKind.KelompokSasaran ? ScanMode.Body : mode;
    }

    private void EnterRincian(RawFormBuilder current)
    {
        mode = ScanMode.Rincian;
        rincian.Enter(current, perubahan.BeforeAndAfter);
    }

    /// <summary>Reads one line in rincian mode with the <see cref="RincianRowReader"/>. Returns false when the line
    /// ends the table (a section or form title, a header field, a closing block, a line that is no row); the caller
    /// then reads it as a body line.</summary>
    private bool ProcessRincianLine(RawFormBuilder current, string text, string trimmed, int line, bool wasBlank)
    {
        bool read = rincian.TryContinue(current, cells.Split(text), text, trimmed, line, wasBlank);
        if (rincian.EndedTable)
        {
            mode = ScanMode.Body;
        }

        return read;
    }
}
