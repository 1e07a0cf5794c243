using Rkaskpd.Forms;

namespace Rkaskpd.Validation.Rules;

/// <summary>The model paths of the amount rows, shared by the amount rules.</summary>
internal static class TerbilangPaths
{
    public static string Of(AmountPosition position) => RowOf(position) + ".terbilang";

    public static string RowOf(AmountPosition position) => position switch
    {
        AmountPosition.PreviousYear => "amounts.previousYear",
        AmountPosition.CurrentYear => "amounts.currentYear",
        _ => "amounts.nextYear",
    };
}
