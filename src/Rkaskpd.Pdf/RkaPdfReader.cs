using System;
using System.Collections.Generic;
using System.IO;
using Rkaskpd.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Rkaskpd.Pdf;

/// <summary>
/// Reads RKA-SKPD forms straight from PDF files (as printed by SIPD, SIMDA, SIPKD, Word or a browser): the table rows
/// and cells of every page are rebuilt from the words' positions and read by <see cref="RkaTextReader"/>, so the result
/// is the same <see cref="RkaReadResult"/> as for text, its diagnostics naming the page as well as the line.
/// </summary>
/// <remarks>
/// <para>How a page becomes text: its words are grouped into lines by baseline (rotated text, e.g. a landscape page
/// printed turned, is read in its own direction); a line is split into cells where two words stand more than about a
/// font size apart or a vertical ruling line of the page stands between them; a line whose first column is empty, that follows at a line's height and starts under a word of the
/// row above is a wrapped line of that row's cells and is joined to them. Each row then becomes one line: <c>Label :
/// value</c> when its second cell is a colon, its cells separated by tabs otherwise. Page numbers (<c>Halaman 2 dari
/// 5</c>, <c>Page 2 of 5</c>, <c>- 2 -</c>) at the top or bottom of a page, a footer repeated on most pages and a table
/// header repeated at the top of the next page are dropped; pages follow one another, so a form that continues on
/// the next page stays one form. The lines of the <see cref="Validation.Diagnostic"/>s are the lines of that rebuilt text;
/// <see cref="Validation.Diagnostic.Page"/> names the page.</para>
/// <para>What cannot be read at all throws one <see cref="RkaPdfException"/>, whose
/// <see cref="RkaPdfException.Problem"/> says why: a file that is not a PDF, broken or truncated
/// (<see cref="RkaPdfProblem.Broken"/>), an encrypted file (<see cref="RkaPdfProblem.Encrypted"/>), or pages without a
/// text layer, i.e. a scan (<see cref="RkaPdfProblem.NoTextLayer"/>; there is no OCR). Everything else, e.g. a PDF
/// that holds no RKA form, is reported in the result's diagnostics as for text.</para>
/// <para>The reader is thread-safe: concurrent calls share no state.</para>
/// </remarks>
public static class RkaPdfReader
{
    /// <summary>The largest file read: 256 MiB.</summary>
    public const int MaxFileLength = 256 << 20;

    /// <summary>How far into the file its <c>%PDF-</c> header may stand (the PDF specification allows leading bytes).</summary>
    private const int HeaderWindow = 1024;

    /// <summary>Reads the forms of a PDF file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The document, the reader's findings (with pages) and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="RkaPdfException">The file is not a readable PDF: broken, encrypted, or without a text layer.</exception>
    /// <example>
    /// <code>
    /// RkaReadResult result = RkaPdfReader.Read("rka-skpd-221.pdf");
    /// foreach (Diagnostic diagnostic in result.Validate())
    /// {
    ///     Console.WriteLine(diagnostic); // e.g. RKA201 error 3.05.3.05.09.39.007 amounts.currentYear.terbilang (page 7, line 350): ...
    /// }
    /// </code>
    /// </example>
    public static RkaReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream file = File.OpenRead(path);
        return Read(file);
    }

    /// <summary>Reads the forms of a PDF from a stream, from its current position to its end (the stream is not
    /// closed).</summary>
    /// <param name="stream">The PDF's bytes.</param>
    /// <returns>The document, the reader's findings (with pages) and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    /// <exception cref="IOException">The stream itself fails.</exception>
    /// <exception cref="RkaPdfException">The bytes are not a readable PDF: broken, encrypted, or without a text layer.</exception>
    /// <example>
    /// <code>
    /// using FileStream file = File.OpenRead("rka-skpd-221.pdf");
    /// RkaReadResult result = RkaPdfReader.Read(file);
    /// Console.WriteLine($"{result.Document.Forms.Count} forms");
    /// </code>
    /// </example>
    public static RkaReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read (it is write-only or closed).", nameof(stream));
        }

        using var copy = new MemoryStream();
        byte[] buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > MaxFileLength)
            {
                throw new RkaPdfException(RkaPdfProblem.Broken, $"The PDF file is larger than {MaxFileLength >> 20} MiB, the most read.");
            }

            copy.Write(buffer, 0, read);
        }

        return Read(copy.GetBuffer().AsMemory(0, (int)copy.Length));
    }

    /// <summary>Reads the forms of a PDF held in memory.</summary>
    /// <param name="bytes">The PDF's bytes.</param>
    /// <returns>The document, the reader's findings (with pages) and the source lines.</returns>
    /// <exception cref="RkaPdfException">The bytes are not a readable PDF: broken, encrypted, or without a text layer.</exception>
    public static RkaReadResult Read(ReadOnlyMemory<byte> bytes)
    {
        PdfText text = Extract(bytes);
        return RkaTextReader.Read(text.Text).WithPages(text.PageOfLine);
    }

    /// <summary>Rebuilds the text of a PDF's pages.</summary>
    /// <param name="bytes">The PDF's bytes.</param>
    /// <returns>The text and the page of each of its lines.</returns>
    /// <exception cref="RkaPdfException">The bytes are not a readable PDF.</exception>
    internal static PdfText Extract(ReadOnlyMemory<byte> bytes)
    {
        int window = Math.Min(bytes.Length, HeaderWindow);
        if (bytes.Span[..window].IndexOf("%PDF-"u8) < 0)
        {
            throw new RkaPdfException(RkaPdfProblem.Broken, PdfMessages.NotPdf);
        }

        var pages = new List<List<PdfLine>>();
        int images = 0;
        try
        {
            using PdfDocument document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            for (int number = 1; number <= document.NumberOfPages; number++)
            {
                Page page = document.GetPage(number);
                pages.Add(PageWords.LinesOf(page));
                images += page.NumberOfImages;
            }
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new RkaPdfException(RkaPdfProblem.Encrypted, PdfMessages.Encrypted, ex);
        }
        catch (Exception ex) when (ex is not RkaPdfException and not OperationCanceledException)
        {
            // PdfPig reports a damaged file with many exception types (format, index, null reference, overflow...):
            // every one of them means the same thing to a reader of the form.
            throw new RkaPdfException(RkaPdfProblem.Broken, PdfMessages.Broken(ex), ex);
        }

        if (pages.TrueForAll(static lines => lines.Count == 0))
        {
            throw new RkaPdfException(RkaPdfProblem.NoTextLayer, PdfMessages.NoTextLayer(pages.Count));
        }

        return PdfTextBuilder.Build(pages);
    }
}
