using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Recap;
using Rkaskpd.Tests.Text.Sipd;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests;

/// <summary>The print setup of the workbooks (A4, fit to width, repeated header rows, page footer), read from the
/// package's XML, and the recap sheet of the forms workbook.</summary>
public class RkaXlsxWriterPrintTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static byte[] Write(RkaDocument document)
    {
        using var stream = new MemoryStream();
        RkaXlsxWriter.Write(document, stream);
        return stream.ToArray();
    }

    private static XDocument Part(byte[] workbook, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        using Stream part = zip.GetEntry(name)!.Open();
        return XDocument.Load(part);
    }

    [Fact]
    public void Every_sheet_prints_on_A4_fit_to_one_page_wide_with_page_numbers()
    {
        byte[] bytes = Write(Seed.Document);

        for (int sheet = 1; sheet <= 12; sheet++)
        {
            XDocument xml = Part(bytes, $"xl/worksheets/sheet{sheet}.xml");
            XElement setup = xml.Descendants(Main + "pageSetup").Single();
            Assert.Equal("9", (string?)setup.Attribute("paperSize"));
            Assert.Equal(sheet == 12 ? "landscape" : "portrait", (string?)setup.Attribute("orientation"));
            Assert.Equal(("1", "0"), ((string?)setup.Attribute("fitToWidth"), (string?)setup.Attribute("fitToHeight")));
            Assert.Equal("1", (string?)xml.Root!.Element(Main + "sheetPr")!.Element(Main + "pageSetUpPr")!.Attribute("fitToPage"));
            Assert.Contains("&P", xml.Descendants(Main + "oddFooter").Single().Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_header_rows_repeat_on_every_printed_page()
    {
        byte[] bytes = Write(Seed.Document);
        XlsxWorkbook workbook = XlsxWorkbook.Read(bytes);

        XElement[] titles = [.. Part(bytes, "xl/workbook.xml").Descendants(Main + "definedName")
            .Where(d => (string?)d.Attribute("name") == "_xlnm.Print_Titles")];

        Assert.Equal(12, titles.Length);
        Assert.Equal($"'{workbook.Sheets[0].Name}'!$1:${workbook.Sheets[0].FrozenRows}", titles[0].Value);
        Assert.Equal(7, workbook.Sheets[0].FrozenRows); // title, pemerintah daerah, tahun anggaran, urusan, organisasi, program, kegiatan
        Assert.Equal("11", (string?)titles[11].Attribute("localSheetId"));
        Assert.Equal($"'Rekapitulasi'!$1:${workbook.Sheets[11].FrozenRows}", titles[11].Value);
        Assert.Empty(workbook.ValidationErrors);
    }

    [Fact]
    public void A_sheet_name_with_an_apostrophe_is_quoted_in_the_print_titles()
    {
        RkaForm form = SipdTestForm.Create() with
        {
            Header = SipdTestForm.Create().Header with { SubKegiatan = null, Kegiatan = new HeaderField<Codes.KegiatanCode>("Kegiatan", "Jum'at", null, "Kegiatan") },
        };

        byte[] bytes = Write(new RkaDocument { Forms = [form] });

        XElement title = Part(bytes, "xl/workbook.xml").Descendants(Main + "definedName").First();
        Assert.StartsWith("'Jum''at'!$1:$", title.Value, StringComparison.Ordinal);
        Assert.Empty(XlsxWorkbook.Read(bytes).ValidationErrors);
    }

    [Fact]
    public void The_forms_workbook_ends_with_the_recap_sheet()
    {
        XlsxWorkbook workbook = XlsxWorkbook.Read(Write(Seed.Document));

        XlsxSheet recap = workbook.Sheets[^1];
        Assert.Equal(RkaXlsxWriter.RecapSheetName, recap.Name);
        Assert.Equal(1_170_027_840m, recap.Rows.Single(r => r.Count > 1 && r[1].Text == "JUMLAH")[4].Number);
    }

    [Fact]
    public void The_recap_of_SIPD_forms_lists_each_sub_kegiatan_under_its_kegiatan()
    {
        RkaForm first = SipdTestForm.Create();
        RkaForm second = first with { Header = first.Header with { SubKegiatan = HeaderField.Of(Codes.SubKegiatanCode.Parse("1.02.02.2.02.0002"), "Pengelolaan Pelayanan Kesehatan Balita", "Sub Kegiatan") } };
        using var stream = new MemoryStream();
        RkaXlsxWriter.WriteRecap(Rekapitulasi.Compute(new RkaDocument { Forms = [first, second] }), stream);

        XlsxSheet sheet = Assert.Single(XlsxWorkbook.Read(stream.ToArray()).Sheets);

        string[] codes = [.. sheet.Rows.Where(r => r.Count > 0 && r[0].Text is { } t && t.StartsWith("1.02", StringComparison.Ordinal)).Select(r => r[0].Text!)];
        Assert.Equal(["1.02.02", "1.02.02.2.02", "1.02.02.2.02.0001", "1.02.02.2.02.0002"], codes);
        Assert.Equal(9_000_000m, sheet.Rows.Single(r => r.Count > 0 && r[0].Text == "1.02.02.2.02")[4].Number);
        Assert.Equal(9_000_000m, sheet.Rows.Single(r => r.Count > 1 && r[1].Text == "JUMLAH")[4].Number);
    }
}
