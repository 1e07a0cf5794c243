using System;
using Rkaskpd;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
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

        // The form lacks its codes above kegiatan, indicators and KAK: the rules must say so.
        return diagnostics.Count > 0 && yearN.ToTerbilang().EndsWith("RUPIAH", StringComparison.Ordinal) ? 0 : 1;
    }
}
