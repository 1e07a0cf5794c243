using System;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Recognises, from their first bytes, the files people give that the text reader does not read, so that it can say
/// what they are and how to save them instead of reading their bytes as text and finding no form: an Office 97-2003
/// file that is not a Word document (an OLE2 compound file; <see cref="RkaTextReader"/> reads a Word <c>.doc</c> through
/// <see cref="WordBinaryText"/> before asking here, and an Excel <c>.xls</c> is read by <c>Rkaskpd.Spreadsheet</c>'s
/// <c>RkaXlsReader</c> through <see cref="RkaWorkbookCells"/>), and a PDF (<c>%PDF-</c>, which <c>Rkaskpd.Pdf</c>
/// reads). (Rich Text Format, <c>{\rtf</c>, is read: <see cref="RichTextDocument"/>.)
/// </summary>
internal static class OtherFileFormat
{
    private static ReadOnlySpan<byte> CompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Returns the message for bytes that start as a format the reader does not read, or null.</summary>
    /// <param name="head">The first bytes (eight are enough).</param>
    public static string? Recognise(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(CompoundFile))
        {
            return TextReaderMessages.OldOfficeFile();
        }

        ReadOnlySpan<byte> text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        return text.StartsWith("%PDF-"u8) ? TextReaderMessages.PdfFile() : null;
    }
}
