using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// A document of RKA-SKPD 2.2.1 forms: usually all the <c>kegiatan</c> (activity) forms of one SKPD for one
/// <c>tahun anggaran</c> (fiscal year), in the order in which they were written.
/// </summary>
/// <remarks>Equality is by value: two documents are equal when their forms are equal, in the same order.</remarks>
/// <example>
/// <code>
/// var document = new RkaDocument { Forms = [form1, form2] };
/// IReadOnlyList&lt;Diagnostic&gt; diagnostics = RuleSet.Default.Validate(document);
/// </code>
/// </example>
public sealed record RkaDocument
{
    /// <summary>Gets the forms, in document order.</summary>
    /// <value>Never null; empty for a document without forms.</value>
    [JsonRequired]
    public IReadOnlyList<RkaForm> Forms
    {
        get;
        init => field = EquatableList<RkaForm>.From(value);
    } = EquatableList<RkaForm>.Empty;
}
