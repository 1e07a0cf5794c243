using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The mutable form under construction while <see cref="RawFormScanner"/> reads; frozen into a
/// <see cref="RawForm"/> at the end of the scan.</summary>
internal sealed class RawFormBuilder
{
    /// <summary>Initialises a builder for a form starting at <paramref name="startLine"/>.</summary>
    public RawFormBuilder(int startLine)
    {
        StartLine = startLine;
        EndLine = startLine;
    }

    /// <summary>Gets the 1-based start line.</summary>
    public int StartLine { get; }

    /// <summary>Gets or sets the last non-blank line.</summary>
    public int EndLine { get; set; }

    /// <summary>Gets the title lines.</summary>
    public List<RawLine> TitleLines { get; } = [];

    /// <summary>Gets or sets the <c>pemerintah daerah</c> text.</summary>
    public RawLine? PemerintahDaerah { get; set; }

    /// <summary>Gets or sets the <c>tahun anggaran</c> text.</summary>
    public RawLine? TahunAnggaran { get; set; }

    /// <summary>Gets or sets the form number text.</summary>
    public RawLine? FormNumber { get; set; }

    /// <summary>Gets or sets the evidence of a revised-budget variant, if any.</summary>
    public RawLine? RevisedEvidence { get; set; }

    /// <summary>Gets the fields.</summary>
    public List<RawField> Fields { get; } = [];

    /// <summary>Gets the amount rows.</summary>
    public List<RawAmount> Amounts { get; } = [];

    /// <summary>Gets the indicator rows.</summary>
    public List<RawIndicator> Indicators { get; } = [];

    /// <summary>Gets the KAK sections.</summary>
    public List<RawKakSection> KakSections { get; } = [];

    /// <summary>Gets the rincian rows.</summary>
    public List<RawRincianLine> Rincian { get; } = [];

    /// <summary>Gets or sets the rincian total row.</summary>
    public RawRincianLine? RincianTotal { get; set; }

    /// <summary>Gets the unrecognised lines.</summary>
    public List<RawLine> UnrecognisedLines { get; } = [];

    /// <summary>Gets or sets a DPA's disbursement plan read after the rincian, or null.</summary>
    public RawPenarikan? RencanaPenarikan { get; set; }

    /// <summary>Gets or sets the signature read from the form's closing block, or null.</summary>
    public Forms.TandaTangan? TandaTangan { get; set; }

    /// <summary>Gets the indicator kinds written alone on a line inside the table, each with the index in
    /// <see cref="Indicators"/> of the row it stood before (<see cref="Sections.CentredKindCells"/>).</summary>
    public List<(int At, string Kind)> LoneKinds => loneKinds ??= []; // made on first use: few forms have one

    private List<(int At, string Kind)>? loneKinds;

    /// <summary>Gets or sets whether a KAK title or table was seen.</summary>
    public bool SawKak { get; set; }

    /// <summary>Gets whether any content (beyond title lines) was read.</summary>
    public bool HasContent =>
        Fields.Count > 0 || Amounts.Count > 0 || Indicators.Count > 0 || KakSections.Count > 0 || SawKak
        || Rincian.Count > 0;

    /// <summary>Returns the index of the first field of <paramref name="kind"/>, or -1.</summary>
    public int IndexOf(HeaderFieldKind kind)
    {
        for (int i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Freezes the builder.</summary>
    public RawForm Build()
    {
        if (loneKinds is { Count: > 0 })
        {
            Sections.CentredKindCells.Place(Indicators, loneKinds);
            loneKinds.Clear();
        }

        return Freeze();
    }

    private RawForm Freeze() => new()
    {
        StartLine = StartLine,
        EndLine = EndLine,
        TitleLines = TitleLines.ToArray(),
        PemerintahDaerah = PemerintahDaerah,
        TahunAnggaran = TahunAnggaran,
        FormNumber = FormNumber,
        IsRevised = RevisedEvidence is not null,
        Fields = Fields.ToArray(),
        Amounts = Amounts.ToArray(),
        Indicators = Indicators.ToArray(),
        KakSections = KakSections.ToArray(),
        Rincian = Rincian.ToArray(),
        RincianTotal = RincianTotal,
        UnrecognisedLines = UnrecognisedLines.ToArray(),
        TandaTangan = TandaTangan,
        RencanaPenarikan = RencanaPenarikan,
    };
}
