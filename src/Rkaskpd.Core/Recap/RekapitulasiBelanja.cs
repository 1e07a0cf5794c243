using System.Collections.Generic;
using System.Text.Json.Serialization;
using Rkaskpd.Forms;

namespace Rkaskpd.Recap;

/// <summary>
/// Form RKA-SKPD 2.2, <c>rekapitulasi belanja langsung menurut program dan kegiatan</c>: the direct expenditure of
/// one SKPD summed by <c>program</c> and <c>kegiatan</c> for years n-1, n and n+1, computed from its 2.2.1 forms with
/// <see cref="Rekapitulasi.Compute(RkaDocument)"/> or supplied by a caller (e.g. read from JSON) to be checked with
/// <see cref="Validation.Rules.RecapConsistencyRule"/>.
/// </summary>
/// <remarks>
/// <see cref="Total"/> is the SKPD total over every form: the program subtotals of <see cref="Programs"/> and
/// <see cref="SipdPrograms"/> plus <see cref="Unclassified"/>.
/// Equality is by value over every property, lists compared in order.
/// </remarks>
public sealed record RekapitulasiBelanja
{
    /// <summary>Gets the <c>pemerintah daerah</c> (regional government) the forms name, or null.</summary>
    public string? PemerintahDaerah { get; init; }

    /// <summary>Gets the <c>tahun anggaran</c> (fiscal year n) the forms name, or null.</summary>
    public int? TahunAnggaran { get; init; }

    /// <summary>Gets the <c>organisasi</c> (the SKPD) as written on the forms, code and name, e.g. <c>3.05.09 KECAMATAN LUMAJANG</c>; or null.</summary>
    public string? Organisasi { get; init; }

    /// <summary>Gets the programs, in code order.</summary>
    /// <value>Never null.</value>
    public IReadOnlyList<RekapProgram> Programs
    {
        get;
        init => field = EquatableList<RekapProgram>.From(value);
    } = EquatableList<RekapProgram>.Empty;

    /// <summary>
    /// Gets the programs of the SIPD-era forms (Permendagri 90/2019), in code order, each with its kegiatan and their
    /// <c>sub kegiatan</c> rows: the recap per program, kegiatan and sub kegiatan of SIPD's documents.
    /// </summary>
    /// <value>Null when no form was placed by its sub kegiatan code (a 13/2006 document); in JSON
    /// <c>sipdPrograms</c>, left out when null.</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RekapSipdProgram>? SipdPrograms
    {
        get;
        init => field = value is null ? null : EquatableList<RekapSipdProgram>.From(value);
    }

    /// <summary>
    /// Gets the amounts of the forms that could not be placed under a program because their <c>kegiatan</c> code is
    /// missing or unreadable (each is named in <see cref="Issues"/>); zero when every form was placed.
    /// </summary>
    public RekapAmounts Unclassified { get; init; }

    /// <summary>Gets the SKPD total: the program subtotals (of both schemes) plus <see cref="Unclassified"/>.</summary>
    public RekapAmounts Total { get; init; }

    /// <summary>Gets the year-n total by <c>jenis belanja</c>, or null when no form has <c>rincian belanja</c> lines.</summary>
    public JenisBelanjaSplit? JenisBelanja { get; init; }

    /// <summary>Gets what the computation could not take as it stands (unreadable codes, missing amounts, duplicate kegiatan).</summary>
    /// <value>Never null; empty for a clean document and for a recap supplied without issues.</value>
    public IReadOnlyList<RekapIssue> Issues
    {
        get;
        init => field = EquatableList<RekapIssue>.From(value);
    } = EquatableList<RekapIssue>.Empty;
}
