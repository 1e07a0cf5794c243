using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A DPA's disbursement plan, per month (SIPD) or per quarter (13/2006): taken out of the form and held by it
/// (<see cref="RencanaPenarikanDana"/>), or reported once with its rows when its periods and amounts do not pair up.</summary>
public class RencanaPenarikanBlockTests
{
    private static (RawFormBuilder Form, NoteSink Notes) Read(params string[] lines)
    {
        var notes = new NoteSink();
        var block = new RencanaPenarikanBlock(notes);
        var form = new RawFormBuilder(1);
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.True(block.TryRead(form, lines[i], 40 + i), lines[i]);
        }

        // A line of another part ends the plan.
        Assert.False(block.TryRead(form, "Tim Anggaran Pemerintah Daerah", 40 + lines.Length));
        return (form, notes);
    }

    private static string Periods(RencanaPenarikanDana plan) =>
        string.Join("; ", plan.Periode.Select(p => p.Periode + " " + p.Jumlah.ToString()));

    [Fact]
    public void The_quarterly_plan_is_taken_with_its_rows_and_held_by_the_form()
    {
        (RawFormBuilder form, NoteSink notes) = Read(
            "Rencana Penarikan Dana per Triwulan", "Triwulan I Rp. 0,00", "Triwulan II\tRp. -", "Triwulan IV\tRp. 7.445.000,00",
            "Jumlah Rp. 7.445.000,00");

        Assert.Empty(notes.Items);
        RawPenarikan read = Assert.IsType<RawPenarikan>(form.RencanaPenarikan);
        Assert.Equal((40, 44), (read.Line, read.JumlahLine));
        Assert.Equal("Rencana Penarikan Dana per Triwulan", read.Plan.Title);
        Assert.Equal("Triwulan I 0,00; Triwulan II 0,00; Triwulan IV 7.445.000,00", Periods(read.Plan));
        Assert.Equal(new Rupiah(7_445_000m), read.Plan.Jumlah);
    }

    [Fact]
    public void A_numbered_plan_with_the_signature_beside_it_keeps_the_signature_apart()
    {
        // SIPD-RI: a No column, and the signature in the cells after the amounts and on lines between the rows.
        var block = new RencanaPenarikanBlock(new NoteSink());
        var form = new RawFormBuilder(1);
        string[] lines =
        [
            "Rencana Penarikan Dana per Bulan", "No\tBulan\tJumlah", "1\tJanuari\tRp. 0,00",
            "2\tFebruari\tRp. 5.830.600,00\tMuara Sembilan, 5 Januari 2026", "Kepala Dinas Sosial", "3\tMaret\tRp. 12.000.000,00",
            "4\tApril\tRp. 2.169.400,00\tNIP. 19730412 199803 2 006", "Jumlah\tRp. 20.000.000,00",
        ];
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.True(block.TryRead(form, lines[i], 1 + i), lines[i]);
        }

        Assert.False(block.TryRead(form, "Tim Anggaran Pemerintah Daerah", 20));

        RawPenarikan read = Assert.IsType<RawPenarikan>(form.RencanaPenarikan);
        Assert.Equal("Januari 0,00; Februari 5.830.600,00; Maret 12.000.000,00; April 2.169.400,00", Periods(read.Plan));
        Assert.Equal(new Rupiah(20_000_000m), read.Plan.Jumlah);
        Assert.True(block.TakeSideLines(out var side));
        Assert.Equal([(4, "Muara Sembilan, 5 Januari 2026"), (5, "Kepala Dinas Sosial"), (7, "NIP. 19730412 199803 2 006")], side);
    }

    [Fact]
    public void A_place_and_date_between_the_rows_starts_the_signature_beside_the_plan()
    {
        // A PDF's text puts the signature's lines between the rows, each on a line of its own.
        var block = new RencanaPenarikanBlock(new NoteSink());
        var form = new RawFormBuilder(1);
        string[] lines =
        [
            "Rencana Penarikan Dana per Bulan", "1\tJanuari\tRp. 0,00", "Muara Sembilan, 5 Januari 2026", "2\tFebruari\tRp. 5.000.000,00",
            "Kepala Dinas Sosial", "3\tMaret\tRp. 0,00", "\tJumlah\tRp. 5.000.000,00",
        ];
        foreach (string line in lines)
        {
            Assert.True(block.TryRead(form, line.Trim(), 1), line);
        }

        Assert.False(block.TryRead(form, "Tim Anggaran Pemerintah Daerah", 9));
        Assert.Equal("Januari 0,00; Februari 5.000.000,00; Maret 0,00", Periods(Assert.IsType<RawPenarikan>(form.RencanaPenarikan).Plan));
        Assert.True(block.TakeSideLines(out var side));
        Assert.Equal(["Muara Sembilan, 5 Januari 2026", "Kepala Dinas Sosial"], side.Select(s => s.Text));
    }

    [Theory]
    [InlineData("No|Bulan|Jumlah|1|Januari|Rp. 0,00|2|Februari|Rp. 5.000.000,00|Jumlah|Rp. 5.000.000,00")]
    [InlineData("No Bulan Jumlah\t1 Januari\tRp. 0,00|2 Februari\tRp. 5.000.000,00|Jumlah\tRp. 5.000.000,00")]
    public void A_numbered_plan_one_cell_a_line_or_its_blocks_joined_is_read(string lines)
    {
        // MuPDF writes the numbered plan a cell a line; a layout stage that joins each block's lines gives the heading
        // and the first row on one line and the number in the month's cell.
        (RawFormBuilder form, NoteSink notes) = Read(["Rencana Penarikan Dana per Bulan", .. lines.Split('|')]);

        Assert.Empty(notes.Items);
        RawPenarikan read = Assert.IsType<RawPenarikan>(form.RencanaPenarikan);
        Assert.Equal("Januari 0,00; Februari 5.000.000,00", Periods(read.Plan));
        Assert.Equal(new Rupiah(5_000_000m), read.Plan.Jumlah);
    }

    [Fact]
    public void Two_periods_a_row_are_no_signature_beside_the_plan()
    {
        var block = new RencanaPenarikanBlock(new NoteSink());
        var form = new RawFormBuilder(1);
        Assert.True(block.TryRead(form, "Rencana Penarikan Dana per Bulan", 1));
        Assert.True(block.TryRead(form, "Januari\tRp. 0,00\tJuli\tRp. 2.100.000,00", 2));
        Assert.False(block.TryRead(form, "Kepala Dinas Sosial", 3));

        Assert.False(block.TakeSideLines(out _));
        Assert.Equal("Januari 0,00; Juli 2.100.000,00", Periods(Assert.IsType<RawPenarikan>(form.RencanaPenarikan).Plan));
    }

    [Theory]
    [InlineData("IV Rp. 7.445.000,00")]
    [InlineData("Triwulan V Rp. 7.445.000,00")]
    [InlineData("Triwulan pertama Rp. 7.445.000,00")]
    public void A_row_that_names_no_period_ends_the_plan(string row)
    {
        var block = new RencanaPenarikanBlock(new NoteSink());
        var form = new RawFormBuilder(1);
        Assert.True(block.TryRead(form, "Rencana Penarikan Dana per Triwulan", 1));

        Assert.False(block.TryRead(form, row, 2));
    }

    [Fact]
    public void The_monthly_plan_printed_one_cell_per_line_pairs_each_month_with_its_amount()
    {
        (RawFormBuilder form, NoteSink notes) = Read(
            "Rencana Penarikan Dana per Bulan", "Januari", "Rp. 0,00", "Juli", "Rp. 4.305.000,00", "Jumlah", "Rp. 4.305.000,00");

        Assert.Empty(notes.Items);
        RawPenarikan read = Assert.IsType<RawPenarikan>(form.RencanaPenarikan);
        Assert.Equal("Januari 0,00; Juli 4.305.000,00", Periods(read.Plan));
        Assert.Equal((40, 45), (read.Line, read.JumlahLine));
    }

    [Fact]
    public void Two_months_a_row_are_put_in_the_order_of_the_year()
    {
        // SIPD prints January beside July; plain pdftotext writes a cell's amount before the next column's month.
        (RawFormBuilder form, _) = Read(
            "Rencana Penarikan Dana per Bulan", "Januari Rp. 0,00 Juli Rp. 19.600.000,00", "Februari", "Rp. 1.000,00 Agustus",
            "Rp. 16.300.000,00", "Jumlah Rp. 35.901.000,00");

        RencanaPenarikanDana plan = form.RencanaPenarikan!.Plan;
        Assert.Equal("Januari 0,00; Februari 1.000,00; Juli 19.600.000,00; Agustus 16.300.000,00", Periods(plan));
        Assert.Equal(new Rupiah(35_901_000m), plan.Jumlah);
        Assert.Equal(new Rupiah(35_901_000m), plan.Sum);
    }

    [Theory]
    [InlineData("Rencana Penarikan Dana per Bulan Januari Rp. 2.500.000,00", "Rencana Penarikan Dana per Bulan")]
    [InlineData("Rencana Penarikan Dana Januari Rp. 2.500.000,00", "Rencana Penarikan Dana")]
    public void The_first_row_on_the_title_line_is_the_plan_s_first_row(string titleLine, string title)
    {
        // LibreOffice Draw's HTML of a PDF joins the title and the row under it when they stand close.
        (RawFormBuilder form, NoteSink notes) = Read(titleLine, "Juli", "Rp. 1.000.000,00", "Jumlah Rp. 3.500.000,00");

        Assert.Empty(notes.Items);
        RencanaPenarikanDana plan = form.RencanaPenarikan!.Plan;
        Assert.Equal(title, plan.Title);
        Assert.Equal("Januari 2.500.000,00; Juli 1.000.000,00", Periods(plan));
    }

    [Fact]
    public void Quarters_may_be_numbered_in_Arabic_and_the_total_row_may_be_missing()
    {
        (RawFormBuilder form, _) = Read("Rencana Penarikan Dana per Triwulan", "Triwulan 1 Rp 5.000,00", "Triwulan 2 Rp 0");

        RencanaPenarikanDana plan = form.RencanaPenarikan!.Plan;
        Assert.Equal("Triwulan 1 5.000,00; Triwulan 2 0,00", Periods(plan));
        Assert.Null(plan.Jumlah);
        Assert.Equal(0, form.RencanaPenarikan.JumlahLine);
    }

    [Theory]
    [InlineData("Januari Rp. 1.000,00", "Januari Rp. 2.000,00")] // a month twice
    [InlineData("Januari", "Februari Rp. 2.000,00")] // a month without its amount
    [InlineData("Januari Rp. 1.000,00", "Jumlah")] // a total without its amount
    public void A_plan_whose_periods_and_amounts_do_not_pair_up_is_reported_with_its_rows(string first, string second)
    {
        (RawFormBuilder form, NoteSink notes) = Read("Rencana Penarikan Dana per Bulan", first, second);

        Assert.Null(form.RencanaPenarikan);
        RawNote note = Assert.Single(notes.Items);
        Assert.Equal((40, TextReaderMessages.NotHeld), (note.Line, note.Code));
        Assert.Contains(first + "; ", note.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_printed_again_atop_the_next_page_goes_on_with_the_same_plan()
    {
        var notes = new NoteSink();
        var block = new RencanaPenarikanBlock(notes);
        var form = new RawFormBuilder(1);
        string[] lines =
        [
            "Rencana Penarikan Dana per Bulan", "Januari Rp. 1,00", "Februari Rp. 2,00", "Maret Rp. 3,00", "",
            "Rencana Penarikan Dana per Bulan", "April Rp. 4,00", "Jumlah Rp. 10,00",
        ];
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                Assert.True(block.TryRead(form, lines[i], 10 + i), lines[i]);
            }
        }

        block.Flush();

        Assert.Empty(notes.Items);
        RawPenarikan read = form.RencanaPenarikan!;
        Assert.Equal("Januari 1,00; Februari 2,00; Maret 3,00; April 4,00", Periods(read.Plan));
        Assert.Equal(new Rupiah(10m), read.Plan.Jumlah);
        Assert.Equal((10, 17), (read.Line, read.JumlahLine));
    }

    [Theory]
    [InlineData("Rencana Penarikan Dana per Triwulan", "Triwulan I Rp. 5,00")] // another plan
    [InlineData("Rencana Penarikan Dana per Bulan", "Januari Rp. 5,00")] // the same months again
    public void A_second_plan_in_the_form_is_reported_and_the_first_kept(string title, string row)
    {
        var notes = new NoteSink();
        var block = new RencanaPenarikanBlock(notes);
        var form = new RawFormBuilder(1);
        Assert.True(block.TryRead(form, "Rencana Penarikan Dana per Bulan", 1));
        Assert.True(block.TryRead(form, "Januari Rp. 1,00", 2));
        Assert.True(block.TryRead(form, title, 3));
        Assert.True(block.TryRead(form, row, 4));
        block.Flush();

        Assert.Equal("Januari 1,00", Periods(form.RencanaPenarikan!.Plan));
        RawNote note = Assert.Single(notes.Items);
        Assert.Equal((3, TextReaderMessages.NotHeld), (note.Line, note.Code));
        Assert.Contains(row, note.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31 Desember 2020")]
    [InlineData("Juli Rp. 5,00")]
    public void The_jumlah_row_ends_the_plan(string after)
    {
        var notes = new NoteSink();
        var block = new RencanaPenarikanBlock(notes);
        var form = new RawFormBuilder(1);
        Assert.True(block.TryRead(form, "Rencana Penarikan Dana per Bulan", 1) && block.TryRead(form, "Januari Rp. 1,00", 2));
        Assert.True(block.TryRead(form, "Jumlah Rp. 1,00", 3));

        Assert.False(block.TryRead(form, after, 4));
        Assert.Empty(notes.Items);
        Assert.Equal("Januari 1,00", Periods(form.RencanaPenarikan!.Plan));
    }

    [Fact]
    public void An_amount_alone_after_a_whole_row_ends_the_plan()
    {
        var block = new RencanaPenarikanBlock(new NoteSink());
        var form = new RawFormBuilder(1);
        Assert.True(block.TryRead(form, "Rencana Penarikan Dana per Bulan", 1));
        Assert.True(block.TryRead(form, "Januari Rp. 0,00", 2));

        Assert.False(block.TryRead(form, "Rp. 4.305.000,00", 3));
    }
}
