namespace Rkaskpd.Recap;

/// <summary>Why a form could not be recapitulated as it stands.</summary>
public enum RekapIssueKind
{
    /// <summary>The form's <c>kegiatan</c> code is missing or cannot be read: its amounts are counted in <see cref="RekapitulasiBelanja.Unclassified"/>.</summary>
    UnreadableCode = 0,

    /// <summary>An amount row is missing or its amount cannot be read: it is counted as zero.</summary>
    MissingAmount = 1,

    /// <summary>Two forms carry the same <c>kegiatan</c> code: their amounts are added into one row.</summary>
    DuplicateKegiatan = 2,

    /// <summary>A sum is out of the range of <see cref="Rupiah"/>: the amount named in the message is left out of it.</summary>
    Overflow = 3,
}
