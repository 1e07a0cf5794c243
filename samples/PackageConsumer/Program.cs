using System;
using Rkaskpd;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Pdf;
using Rkaskpd.Recap;
using Rkaskpd.Spreadsheet;
using Rkaskpd.Validation;

namespace PackageConsumer;

/// <summary>A consumer of the packed Rkaskpd.Core package: what a user's first program looks like.</summary>
internal static class Program
{
    private static int Main()
    {
        Rupiah yearN = Rupiah.Parse("Rp. 551.204.390,00");
        Console.WriteLine($"{yearN} = {yearN.ToTerbilang()}");

        KegiatanCode kegiatan = KegiatanCode.Parse("3.05.3.05.09.01.021");
        Console.WriteLine($"kegiatan {kegiatan} under program {kegiatan.Program}, organisasi {kegiatan.Organisasi}");

        var form = new RkaForm
        {
            Header = new FormHeader { TahunAnggaran = 2020, Kegiatan = HeaderField.Of(kegiatan, "Pelayanan Administrasi") },
            Amounts = FormAmounts.Create(2020, Rupiah.Parse("479.077.000,00"), yearN, Rupiah.Parse("606.324.829,00")),
        };
        var diagnostics = RuleSet.Default.Validate(new RkaDocument { Forms = [form] });
        foreach (Diagnostic diagnostic in diagnostics)
        {
            Console.WriteLine(diagnostic);
        }

        // The spreadsheet package, also from the local feed: a workbook is a zip file, so it starts with "PK".
        var document = new RkaDocument { Forms = [form] };
        using var workbook = new System.IO.MemoryStream();
        RkaXlsxWriter.Write(document, workbook);
        using var recap = new System.IO.MemoryStream();
        RkaXlsxWriter.WriteRecap(Rekapitulasi.Compute(document), recap);
        bool xlsx = workbook.Length > 0 && workbook.GetBuffer()[0] == (byte)'P' && recap.Length > 0;
        Console.WriteLine($"xlsx: {workbook.Length} bytes, recap: {recap.Length} bytes");

        // The PDF package, also from the local feed: a one-page PDF made with PdfPig (its dependency) is read back.
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText("Kegiatan", 10, new UglyToad.PdfPig.Core.PdfPoint(40, 800), font);
        page.AddText(":", 10, new UglyToad.PdfPig.Core.PdfPoint(150, 800), font);
        page.AddText("3.05.3.05.09.01.021 Pelayanan Administrasi", 10, new UglyToad.PdfPig.Core.PdfPoint(160, 800), font);
        var fromPdf = RkaPdfReader.Read(builder.Build());
        Console.WriteLine($"pdf: {fromPdf.Document.Forms.Count} form(s), {fromPdf.Diagnostics.Count} finding(s)");
        bool pdf = fromPdf.Document.Forms.Count == 1 && fromPdf.Document.Forms[0].KegiatanCodeText == "3.05.3.05.09.01.021";

        // The form lacks its codes above kegiatan, indicators and KAK: the rules must say so.
        return xlsx && pdf && diagnostics.Count > 0 && yearN.ToTerbilang().EndsWith("RUPIAH", StringComparison.Ordinal) ? 0 : 1;
    }
}
