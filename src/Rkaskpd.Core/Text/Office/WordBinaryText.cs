using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace Rkaskpd.Text.Office;

/// <summary>
/// The stage before decoding for Office 97-2003 files (compound files, <see cref="CompoundFile"/>): a Word document
/// (<c>.doc</c>, a <c>WordDocument</c> stream under the root) is turned into the text its <c>.docx</c> twin gives
/// (<see cref="WordBinaryLines"/>), any other (an Excel <c>.xls</c>, read by <c>Rkaskpd.Spreadsheet</c>'s
/// <c>RkaXlsReader</c>; a PowerPoint <c>.ppt</c>) is named in a note. Of the Word document only the main text is read
/// (the FIB's <c>ccpText</c> characters from CP 0): footnotes, headers and footers, comments, endnotes and text boxes
/// are separate stories after it and are left out, as the forms keep nothing there. Never throws for bad bytes: a
/// damaged, truncated or encrypted file gives one <c>RKA001</c> note with the reason and what to do.
/// </summary>
internal static class WordBinaryText
{
    private const string WordStream = "WordDocument";

    /// <summary>The FIB's <c>wIdent</c>: a Word binary document.</summary>
    private const int WordIdent = 0xA5EC;

    /// <summary>The <c>nFib</c> of Word 97; Word 6 and Word 95 wrote smaller ones.</summary>
    private const int Word97 = 0xC1;

    /// <summary>The FIB's <c>fEncrypted</c> flag.</summary>
    private const int Encrypted = 0x0100;

    /// <summary>The FIB's <c>fWhichTblStm</c> flag: the table stream is <c>1Table</c>, else <c>0Table</c>.</summary>
    private const int WhichTable = 0x0200;

    /// <summary>The FIB's <c>fObfuscated</c> flag (XOR obfuscation, a password too).</summary>
    private const int Obfuscated = 0x8000;

    /// <summary>The index of <c>fcPlcfBtePapx</c> in <c>FibRgFcLcb97</c>.</summary>
    private const int PlcfBtePapxIndex = 13;

    /// <summary>The index of <c>fcClx</c> in <c>FibRgFcLcb97</c>.</summary>
    private const int ClxIndex = 33;

    /// <summary>Reads an Office 97-2003 file from a stream.</summary>
    /// <param name="stream">The file, seekable, from its current position; left open.</param>
    /// <param name="maxDocumentLength">The reader's character limit; the file may take fewer bytes than that many
    /// characters of text can (as a text file may).</param>
    /// <returns>The text and the notes; never throws for bad bytes.</returns>
    /// <exception cref="IOException">The stream itself fails.</exception>
    public static OfficeText Read(Stream stream, long maxDocumentLength)
    {
        // Fewer bytes than a text file of that many characters may take, and than an array holds: a file of exactly
        // that many is one the caller cut there (a stream that cannot seek is copied, and bytes are taken, only so far).
        long maxBytes = Math.Min(Decoding.DecodedReader.MaxBytesFor(maxDocumentLength), Array.MaxLength) - 1;
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return Unreadable(TextReaderMessages.CompoundUnreadable(TextReaderMessages.BinaryOfficeReason(BinaryOfficeProblem.FileTooLarge, maxBytes)));
        }

        using var copy = new MemoryStream();
        byte[] buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                return Unreadable(TextReaderMessages.CompoundUnreadable(TextReaderMessages.BinaryOfficeReason(BinaryOfficeProblem.FileTooLarge, maxBytes)));
            }

            copy.Write(buffer, 0, read);
        }

        return Read(copy.GetBuffer().AsMemory(0, (int)copy.Length), maxDocumentLength);
    }

    /// <summary>Reads an Office 97-2003 file held in memory.</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="maxDocumentLength">The most characters of text read (<c>RKA011</c> when the text is cut).</param>
    /// <returns>The text and the notes; never throws.</returns>
    public static OfficeText Read(ReadOnlyMemory<byte> file, long maxDocumentLength)
    {
        CompoundFile? compound = CompoundFile.Open(file, out BinaryOfficeProblem problem);
        if (compound is null)
        {
            string reason = TextReaderMessages.BinaryOfficeReason(problem, file.Length);
            return Unreadable(LooksLikeWord(file.Span) ? TextReaderMessages.WordBinaryUnreadable(reason) : TextReaderMessages.CompoundUnreadable(reason));
        }

        if (!compound.HasStream(WordStream))
        {
            return new(null, [new RawNote(0, TextReaderMessages.NotAnRka, TextReaderMessages.OldOfficeFile())]);
        }

        var text = new StringBuilder();
        problem = ReadWord(compound, maxDocumentLength, text, out bool cut);
        if (problem != BinaryOfficeProblem.None)
        {
            return Unreadable(TextReaderMessages.WordBinaryUnreadable(TextReaderMessages.BinaryOfficeReason(problem, file.Length)));
        }

        RawNote readAs = new(0, TextReaderMessages.ReadAsWord, TextReaderMessages.WordBinary());
        return new(text.ToString(), cut
            ? [readAs, new RawNote(0, TextReaderMessages.DocumentTooLong, TextReaderMessages.PartLimit(WordStream, maxDocumentLength))]
            : [readAs]);
    }

    /// <summary>Gets whether a compound file too damaged to open is still known for a Word document: a 512-byte
    /// boundary past the header starts a directory entry naming the <c>WordDocument</c> stream, or a Word 97-2003 FIB
    /// (<c>wIdent</c> 0xA5EC and an <c>nFib</c> of Word 97 or later), which the stream's first sector holds.</summary>
    /// <param name="file">The file's bytes.</param>
    /// <returns>Whether the file is a Word document, as far as its bytes tell.</returns>
    public static bool LooksLikeWord(ReadOnlySpan<byte> file)
    {
        ReadOnlySpan<byte> name = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0\0\0"u8;
        for (int offset = 512; offset + 128 <= file.Length; offset += 128)
        {
            ReadOnlySpan<byte> entry = file.Slice(offset, 128);
            if (entry.StartsWith(name) && entry[0x40] == name.Length && entry[0x42] == 2)
            {
                return true;
            }

            if (offset % 512 == 0 && BinaryPrimitives.ReadUInt16LittleEndian(entry) == WordIdent
                && BinaryPrimitives.ReadUInt16LittleEndian(entry[2..]) is >= Word97 and < 0x200)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the Word document's main text into <paramref name="text"/>: its FIB, its table stream, its piece
    /// table and its paragraphs' table marks.</summary>
    private static BinaryOfficeProblem ReadWord(CompoundFile compound, long maxDocumentLength, StringBuilder text, out bool cut)
    {
        cut = false;
        byte[]? document = compound.ReadStream(WordStream, out BinaryOfficeProblem problem);
        if (document is null)
        {
            return problem;
        }

        if (document.Length < 0x22 || BinaryPrimitives.ReadUInt16LittleEndian(document) != WordIdent)
        {
            return BinaryOfficeProblem.NotWord97;
        }

        int flags = BinaryPrimitives.ReadUInt16LittleEndian(document.AsSpan(0x0A));
        if ((flags & (Encrypted | Obfuscated)) != 0)
        {
            return BinaryOfficeProblem.Encrypted;
        }

        if (BinaryPrimitives.ReadUInt16LittleEndian(document.AsSpan(2)) < Word97)
        {
            return BinaryOfficeProblem.OldWord;
        }

        if (!TryReadFib(document, out int ccpText, out ReadOnlySpan<byte> fcLcb) || fcLcb.Length < (ClxIndex + 1) * 8)
        {
            return BinaryOfficeProblem.NotWord97;
        }

        byte[]? table = compound.ReadStream((flags & WhichTable) != 0 ? "1Table" : "0Table", out problem);
        if (table is null)
        {
            return problem == BinaryOfficeProblem.Directory ? BinaryOfficeProblem.TableMissing : problem;
        }

        WordPieceTable? pieces = WordPieceTable.Read(table, FcOf(fcLcb, ClxIndex), LcbOf(fcLcb, ClxIndex));
        int end = (int)Math.Min(ccpText, maxDocumentLength);
        if (pieces is null || !pieces.TryCopyText(document, end, out char[] characters))
        {
            return BinaryOfficeProblem.PieceTable;
        }

        cut = ccpText > maxDocumentLength;
        // The Data stream holds the properties too large for their page (sprmPHugePapx); a file without one has none.
        byte[] data = compound.HasStream("Data") ? compound.ReadStream("Data", out _) ?? [] : [];
        WordParagraphMarks marks = WordParagraphMarks.Read(table, document, data, FcOf(fcLcb, PlcfBtePapxIndex), LcbOf(fcLcb, PlcfBtePapxIndex));
        new WordBinaryLines(text, cp => KindAt(pieces, marks, cp)).Write(characters);
        return BinaryOfficeProblem.None;
    }

    /// <summary>Reads the FIB past its base: <c>csw</c> and <c>FibRgW97</c>, <c>cslw</c> and <c>FibRgLw97</c> (whose
    /// fourth value is <c>ccpText</c>), <c>cbRgFcLcb</c> and the <c>fc</c>/<c>lcb</c> pairs.</summary>
    private static bool TryReadFib(ReadOnlySpan<byte> document, out int ccpText, out ReadOnlySpan<byte> fcLcb)
    {
        ccpText = 0;
        fcLcb = default;
        int position = 0x20;
        int csw = BinaryPrimitives.ReadUInt16LittleEndian(document[position..]);
        position += 2 + (csw * 2);
        if (position + 2 > document.Length)
        {
            return false;
        }

        int cslw = BinaryPrimitives.ReadUInt16LittleEndian(document[position..]);
        position += 2;
        if (cslw < 4 || position + (cslw * 4) + 2 > document.Length)
        {
            return false;
        }

        ccpText = BinaryPrimitives.ReadInt32LittleEndian(document[(position + 12)..]);
        position += cslw * 4;
        int pairs = BinaryPrimitives.ReadUInt16LittleEndian(document[position..]);
        position += 2;
        if (ccpText < 0 || position + (pairs * 8) > document.Length)
        {
            return false;
        }

        fcLcb = document.Slice(position, pairs * 8);
        return true;
    }

    /// <summary>The table kind of the paragraph whose mark stands at <paramref name="cp"/>, or null when unknown.</summary>
    private static WordParagraphKind? KindAt(WordPieceTable pieces, WordParagraphMarks marks, int cp)
    {
        long fc = pieces.OffsetOf(cp);
        return fc >= 0 && marks.TryKindAt(fc, out WordParagraphKind kind) ? kind : null;
    }

    private static uint FcOf(ReadOnlySpan<byte> fcLcb, int index) => BinaryPrimitives.ReadUInt32LittleEndian(fcLcb[(index * 8)..]);

    private static uint LcbOf(ReadOnlySpan<byte> fcLcb, int index) => BinaryPrimitives.ReadUInt32LittleEndian(fcLcb[((index * 8) + 4)..]);

    private static OfficeText Unreadable(string message) => new(null, [new RawNote(0, TextReaderMessages.NotAnRka, message)]);
}
