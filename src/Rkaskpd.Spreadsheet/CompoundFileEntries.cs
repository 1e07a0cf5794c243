using System;
using System.Text;

namespace Rkaskpd.Spreadsheet;

/// <summary>
/// Tells an Excel 97-2003 workbook from the other Office 97-2003 files (a Word <c>.doc</c>) by the entries of its
/// compound file's directory: a workbook keeps its sheets in a stream called <c>Workbook</c> (BIFF8) or <c>Book</c> (BIFF5). The
/// directory's entries stand at offsets that are multiples of 128 (every sector is 512 or 4096 bytes and the header
/// fills the first), each with its UTF-16 name, the name's length in bytes at 0x40 and its type (2: a stream) at 0x42;
/// they are looked for there (the names compared as the format does, ignoring case), so no chain of sectors is
/// followed.
/// </summary>
internal static class CompoundFileEntries
{
    private const int EntryLength = 128;

    /// <summary>The first bytes of every compound file (OLE2: <c>.doc</c>, <c>.xls</c>, <c>.ppt</c>, <c>.msg</c>).</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Gets whether bytes start as a compound file.</summary>
    /// <param name="bytes">The file's first bytes (eight are enough).</param>
    /// <returns>Whether they start with the compound file signature.</returns>
    public static bool IsCompoundFile(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    /// <summary>Gets whether a compound file is an Office 97-2003 file of another kind than a workbook: an entry names
    /// a Word document's stream (<c>WordDocument</c>) or a PowerPoint presentation's (<c>PowerPoint Document</c>), or,
    /// when no entry is found (a truncated file whose directory is cut off), a 512-byte sector starts as a Word 97-2003
    /// document's stream does (<c>wIdent</c> 0xA5EC, an <c>nFib</c> of Word 97 or later); and no entry names a workbook
    /// stream (<c>Workbook</c> or <c>Book</c>). Such a file is left to <c>RkaTextReader</c>, which reads a Word
    /// <c>.doc</c> or says why it cannot. False for a workbook, and for a file so damaged that none of these is found,
    /// which is then read as a workbook and reported damaged.</summary>
    /// <param name="file">The whole file.</param>
    /// <returns>Whether the file is a Word <c>.doc</c> or a PowerPoint <c>.ppt</c>.</returns>
    public static bool IsOtherThanWorkbook(ReadOnlySpan<byte> file)
    {
        bool other = false;
        for (int offset = 512; offset + EntryLength <= file.Length; offset += EntryLength)
        {
            ReadOnlySpan<byte> entry = file.Slice(offset, EntryLength);
            if (entry[0x42] != 2 || NameOf(entry) is not { } name)
            {
                continue;
            }

            if (name.Equals("Workbook", StringComparison.OrdinalIgnoreCase) || name.Equals("Book", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            other |= name.Equals("WordDocument", StringComparison.OrdinalIgnoreCase) || name.Equals("PowerPoint Document", StringComparison.OrdinalIgnoreCase);
        }

        return other || StartsAWordSector(file);
    }

    /// <summary>Whether a 512-byte sector past the header starts with a Word 97-2003 FIB.</summary>
    private static bool StartsAWordSector(ReadOnlySpan<byte> file)
    {
        for (int offset = 512; offset + 4 <= file.Length; offset += 512)
        {
            if ((file[offset] | (file[offset + 1] << 8)) == 0xA5EC && (file[offset + 2] | (file[offset + 3] << 8)) is >= 0xC1 and < 0x200)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entry's name (its length in bytes, at most 64, counts the closing NUL), or null when it has none.</summary>
    private static string? NameOf(ReadOnlySpan<byte> entry)
    {
        int length = entry[0x40] | (entry[0x41] << 8);
        return length is >= 4 and <= 64 && length % 2 == 0 && entry[length - 2] == 0 && entry[length - 1] == 0
            ? Encoding.Unicode.GetString(entry[..(length - 2)])
            : null;
    }
}
