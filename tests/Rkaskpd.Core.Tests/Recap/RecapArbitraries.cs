using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Recap;

/// <summary>Arbitrary documents for recap properties: forms over a small pool of codes (so programs and duplicates occur), some without a readable code or an amount.</summary>
public static class RecapArbitraries
{
    private static readonly string[] Codes =
    [
        "3.05.3.05.09.01.021", "3.05.3.05.09.01.002", "3.05.3.05.09.02.045", "3.05.3.05.09.10.001",
        "1.01.1.01.01.15.001", "3.05.3.05.09.02.45", "4.01.3.05.09.01.001",
    ];

    public static Arbitrary<RkaDocument> Documents()
    {
        Gen<RkaForm> form =
            from code in Gen.Elements(Codes)
            from sen in Gen.Choose(0, 2_000_000_000).Select(v => (long)v * 50)
            from readable in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
            from hasAmount in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
            select Make(code, sen, readable, hasAmount);
        return Gen.ListOf(form).Select(forms => new RkaDocument { Forms = forms.ToList() }).ToArbitrary();
    }

    private static RkaForm Make(string code, long sen, bool readable, bool hasAmount)
    {
        RkaForm form = RekapitulasiTests.Form(code, 0m);
        if (!readable)
        {
            form = form with { Header = form.Header with { Kegiatan = form.Header.Kegiatan with { Code = null, CodeText = code + "?" } } };
        }

        AmountRow? row = hasAmount ? AmountRow.Create(AmountPosition.CurrentYear, 2021, Rupiah.FromSen(sen)) : null;
        return form with { Amounts = form.Amounts with { CurrentYear = row } };
    }
}
