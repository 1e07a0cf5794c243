using System;
using System.Globalization;
using Rkaskpd.Pdf.Resources;

namespace Rkaskpd.Pdf;

/// <summary>
/// The messages of <see cref="RkaPdfException"/>: what is wrong, and what to do about it, in the language of
/// <see cref="CultureInfo.CurrentUICulture"/> (Indonesian for <c>id</c>, English otherwise), like the core's
/// diagnostics. To add one: the same key in <c>Resources/PdfResources.resx</c> (English) and
/// <c>Resources/PdfResources.id.resx</c> (Indonesian), with the same placeholders.
/// </summary>
internal static class PdfMessages
{
    /// <summary>The file does not start like a PDF.</summary>
    public static string NotPdf => PdfResources.NotPdf;

    /// <summary>The file is encrypted.</summary>
    public static string Encrypted => PdfResources.Encrypted;

    /// <summary>No page holds text.</summary>
    /// <param name="pages">How many pages the file has.</param>
    /// <returns>The message.</returns>
    public static string NoTextLayer(int pages) =>
        Format(PdfResources.NoTextLayer, pages);

    /// <summary>The file is broken.</summary>
    /// <param name="ex">The PDF library's exception.</param>
    /// <returns>The message.</returns>
    public static string Broken(Exception ex) =>
        Format(PdfResources.Broken, ex.Message.ReplaceLineEndings(" ").Trim());

    /// <summary>Fills a message's placeholders with invariant formatting: numbers read the same in either language.</summary>
    private static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
