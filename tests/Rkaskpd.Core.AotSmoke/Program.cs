using System;
using Rkaskpd;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace Rkaskpd.AotSmoke;

/// <summary>
/// Exercises the package's entry points in a Native AOT build; exits non-zero at the first wrong answer.
/// </summary>
internal static class Program
{
    private static int failures;

    private static int Main()
    {
        Rupiah amount = Rupiah.Parse("Rp. 73.246.000,-");
        Check("Rupiah.Parse/ToString", amount.ToString(), "73.246.000,00");
        Check("Rupiah spaces", Rupiah.Parse("32 500 000,00").ToString("F"), "Rp. 32.500.000,00");
        Check("ToTerbilang", Rupiah.Parse("120.877.500,00").ToTerbilang(),
            "SERATUS DUA PULUH JUTA DELAPAN RATUS TUJUH PULUH TUJUH RIBU LIMA RATUS RUPIAH");
        Check("Terbilang.TryParse", Terbilang.TryParse("satu juta seribu rupiah", out decimal n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "fail", "1001000");
        Check("Checker", TerbilangChecker.Check("SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATURIBU TUJUH RATUS RUPIAH", 9_731_700m).Verdict.ToString(), "CorrectWithSlips");

        KegiatanCode kegiatan = KegiatanCode.Parse("3.05.3.05.09.01.021");
        Check("KegiatanCode navigation", kegiatan.Program.Organisasi.Urusan.ToString(), "3.05");
        Check("CodeNormalizer", CodeNormalizer.TryNormalizeKegiatan("2.07 . 2.07.01 . 27 . 02", out KegiatanCode normalised, out _) ? normalised.ToString() : "fail", "2.07.2.07.01.27.02");

        var form = new RkaForm
        {
            Header = new FormHeader { TahunAnggaran = 2020, Kegiatan = HeaderField.Of(kegiatan, "Pelayanan Administrasi") },
            Amounts = FormAmounts.Create(2020, Rupiah.Parse("1.000.000,00"), Rupiah.Parse("2.000.000,00"), Rupiah.Parse("2.200.000,00")),
            Indicators = [Indicator.Create(IndicatorKind.Masukan, "Tersedianya dana", "Rp. 2.000.000,00")],
        };
        var diagnostics = RuleSet.Default.Validate(new RkaDocument { Forms = [form] });
        Check("Validation finds the missing parts", diagnostics.Count > 0 ? "some" : "none", "some");

        string seedPath = System.IO.Path.Combine(AppContext.BaseDirectory, "data", "rka-skpd-221-lumajang-2020.txt");
        RkaReadResult read = RkaTextReader.Read(System.IO.File.ReadAllText(seedPath));
        Check("Reader reads the seed's eleven forms", read.Document.Forms.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "11");
        bool hasTerbilangError = false;
        foreach (Diagnostic d in read.Validate())
        {
            hasTerbilangError |= d.Code == RuleIds.TerbilangWrong;
        }

        Check("Validation finds the seed's wrong terbilang", hasTerbilangError ? "RKA201" : "none", "RKA201");
        string json = RkaJson.Serialize(read.Document);
        Check("JSON round trip", RkaJson.Deserialize(json) == read.Document ? "equal" : "different", "equal");
        Check("Text writer round trip", RkaTextReader.Read(RkaTextWriter.Write(read.Document)).Document == read.Document ? "equal" : "different", "equal");
        try
        {
            RkaJson.Deserialize("{\"forms\": [ { \"header\": 3 } ]}");
            Check("Bad JSON", "accepted", "JsonException");
        }
        catch (System.Text.Json.JsonException)
        {
        }

        // The messages' languages survive trimming and Native AOT: English by default, Indonesian from the satellite
        // (in invariant-globalization mode, with PredefinedCulturesOnly=false so the culture can be made by name).
        Check("Messages in English", RkaTextReader.Read(string.Empty).Diagnostics[0].Message, "The document is empty: no RKA-SKPD form was found.");
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("id");
        Check("Messages in Indonesian", RkaTextReader.Read(string.Empty).Diagnostics[0].Message, "Dokumen kosong: tidak ditemukan formulir RKA-SKPD.");
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;

        Console.WriteLine(failures == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures} checks failed");
        return failures == 0 ? 0 : 1;
    }

    private static void Check(string what, string actual, string expected)
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            failures++;
            Console.Error.WriteLine($"{what}: expected '{expected}', got '{actual}'");
        }
    }
}
