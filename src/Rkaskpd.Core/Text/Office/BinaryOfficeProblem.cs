namespace Rkaskpd.Text.Office;

/// <summary>Why an Office 97-2003 file (a compound file, <see cref="CompoundFile"/>) or the Word document in it
/// (<see cref="WordBinaryText"/>) could not be read; each has its own reason in the note.</summary>
internal enum BinaryOfficeProblem
{
    /// <summary>Nothing went wrong.</summary>
    None,

    /// <summary>The file ends before the header or the sectors it declares (a truncated download).</summary>
    Truncated,

    /// <summary>The header is no compound file header (byte order, sector sizes, counts).</summary>
    Header,

    /// <summary>A chain of sectors points at a sector that is not in the file.</summary>
    SectorOutOfRange,

    /// <summary>A chain of sectors comes back to a sector it has passed (a loop).</summary>
    ChainLoop,

    /// <summary>A stream declares a size larger than the file (or than its chain of sectors).</summary>
    SizeTooLarge,

    /// <summary>The directory of streams has no root entry or a broken tree.</summary>
    Directory,

    /// <summary>The file is larger than the reader's limit.</summary>
    FileTooLarge,

    /// <summary>The Word document is encrypted or obfuscated (password-protected).</summary>
    Encrypted,

    /// <summary>The <c>WordDocument</c> stream does not start with a Word 97-2003 file information block.</summary>
    NotWord97,

    /// <summary>The document was saved by Word 6 or Word 95 (an older file information block).</summary>
    OldWord,

    /// <summary>The table stream the file information block names (<c>0Table</c> or <c>1Table</c>) is missing.</summary>
    TableMissing,

    /// <summary>The piece table (the map from text positions to bytes) is missing or damaged.</summary>
    PieceTable,
}
