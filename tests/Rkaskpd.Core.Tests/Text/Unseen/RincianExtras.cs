using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>The facts of a rincian line beyond the 13/2006 columns (SIPD's koefisien, PPN and group lines); none
/// while the model does not hold them, so an expectation of them counts as a miss.</summary>
internal static class RincianExtras
{
    /// <summary>Adds the extra facts of <paramref name="line"/> under <paramref name="key"/>.</summary>
    public static void Add(Dictionary<string, string> facts, string key, RincianLine line)
    {
        _ = facts;
        _ = key;
        _ = line;
    }
}
