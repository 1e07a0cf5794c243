using System;

namespace Rkaskpd.Pdf;

/// <summary>The messages of <see cref="RkaPdfException"/>: what is wrong, and what to do about it.</summary>
internal static class PdfMessages
{
    /// <summary>The file does not start like a PDF.</summary>
    public const string NotPdf = "The file is not a PDF: it does not start with '%PDF-'.";

    /// <summary>The file is encrypted.</summary>
    public const string Encrypted = "The PDF file is encrypted (password-protected) and is not decrypted here: save an unprotected copy and read that.";

    /// <summary>No page holds text.</summary>
    /// <param name="pages">How many pages the file has.</param>
    /// <returns>The message.</returns>
    public static string NoTextLayer(int pages) =>
        $"The PDF file has no text layer on any of its {pages} page(s): it looks scanned (pages as images). Rkaskpd.Pdf does no OCR; run the file through an OCR tool (e.g. ocrmypdf) first, or read the form's text export instead.";

    /// <summary>The file is broken.</summary>
    /// <param name="ex">The PDF library's exception.</param>
    /// <returns>The message.</returns>
    public static string Broken(Exception ex) =>
        $"The PDF file is broken or truncated and cannot be read: {OneLine(ex.Message)}";

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
