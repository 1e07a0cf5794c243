using System;
using System.Globalization;
using Rkaskpd.Resources;
using Rkaskpd.Text.Office;
using Rkaskpd.Validation;

namespace Rkaskpd.Text;

/// <summary>All codes, severities and message templates of the text reader's own findings (the raw scanner's notes
/// and the mapping to the typed model), in one place. Tests assert on codes; messages may be reworded.</summary>
internal static class TextReaderMessages
{
    /// <summary><c>RKA010</c>: the <c>tahun anggaran</c> (fiscal year) text is not a year.</summary>
    public const string TahunAnggaranUnreadable = "RKA010";

    /// <summary><c>RKA104</c>: a code was read leniently and normalised (spaces around dots, padding, ...).</summary>
    public const string CodeNormalised = "RKA104";

    /// <summary><c>RKA206</c>: a form has other than three <c>Jumlah Tahun</c> rows.</summary>
    public const string AmountRowCount = "RKA206";

    /// <summary><c>RKA207</c>: an amount could not be read.</summary>
    public const string AmountUnreadable = "RKA207";

    /// <summary><c>RKA305</c>: an indicator target has no measurable reading.</summary>
    public const string TargetUnmeasurable = "RKA305";

    /// <summary><c>RKA306</c>: an indicator row names no known indicator kind; the row is left out of the model.</summary>
    public const string IndicatorKindUnknown = "RKA306";

    /// <summary><c>RKA503</c>: a number cell of a rincian row (volume, harga satuan, jumlah) could not be read; the
    /// line is kept with that value null.</summary>
    public const string RincianCellUnreadable = "RKA503";

    /// <summary><c>RKA015</c>: the layout stage could not pair a label with a value (labels line, values line).</summary>
    public const string LayoutUnpaired = "RKA015";

    /// <summary><c>RKA011</c>: the document is longer than <see cref="RkaTextReader.MaxDocumentLength"/>; the rest was not read.</summary>
    public const string DocumentTooLong = "RKA011";

    /// <summary><c>RKA012</c>: the document has more than <see cref="RkaTextReader.MaxForms"/> forms; the rest was not read.</summary>
    public const string TooManyForms = "RKA012";

    /// <summary><c>RKA013</c>: the bytes were not valid UTF-8 and carried no byte order mark, so they were read as
    /// Windows-1252.</summary>
    public const string ReadAsWindows1252 = "RKA013";

    /// <summary><c>RKA014</c>: byte sequences that are not valid in the document's encoding were replaced by U+FFFD.</summary>
    public const string InvalidBytesReplaced = "RKA014";

    /// <summary><c>RKA001</c>: the document holds no RKA form (or is empty).</summary>
    public const string NotAnRka = "RKA001";

    /// <summary><c>RKA002</c>: a form is truncated: its amounts, indicators or KAK (or its kegiatan) are missing.</summary>
    public const string IncompleteForm = "RKA002";

    /// <summary><c>RKA003</c>: lines outside any form (site boilerplate), or a form's closing block (Keterangan, place and date, signatory), were not read.</summary>
    public const string OutsideForm = "RKA003";

    /// <summary><c>RKA004</c>: a revised-budget (<c>perubahan</c>) variant; its extra columns are kept as text only.</summary>
    public const string RevisedVariant = "RKA004";

    /// <summary><c>RKA005</c>: a line longer than the reader's limit was truncated.</summary>
    public const string LineTooLong = "RKA005";

    /// <summary><c>RKA006</c>: a line of a form could not be placed; it is kept as an unrecognised line.</summary>
    public const string UnrecognisedLine = "RKA006";

    /// <summary><c>RKA007</c>: an indicator row had no column separators; its target column was guessed.</summary>
    public const string IndicatorColumnsGuessed = "RKA007";

    /// <summary><c>RKA008</c>: a form started without its title lines (at a header field).</summary>
    public const string FormWithoutTitle = "RKA008";

    /// <summary><c>RKA009</c>: too many notes; later ones were dropped.</summary>
    public const string TooManyNotes = "RKA009";

    /// <summary><c>RKA016</c>: a field or row the reader recognised that the model cannot hold yet (Sumber Dana, Waktu
    /// Pelaksanaan, Bidang Urusan, Sub Unit Organisasi, a MANFAAT or DAMPAK indicator, ...); the message names it and
    /// its text.</summary>
    public const string NotHeld = "RKA016";

    /// <summary><c>RKA017</c>: a line with no label of its own was appended to the value of the field above it.</summary>
    public const string LineAppended = "RKA017";

    /// <summary><c>RKA018</c>: the text was read as CSV (a spreadsheet saved as comma-separated values) with the
    /// delimiter the message names.</summary>
    public const string ReadAsCsv = "RKA018";

    /// <summary><c>RKA019</c>: a quoted CSV field has no closing quote; it was ended at the end of its line.</summary>
    public const string CsvQuoteUnclosed = "RKA019";

    /// <summary><c>RKA020</c>: the document is an HTML page (a web page saved from a budgeting system, or from Word or
    /// Excel as a web page); its text was read as a browser copies it, and line numbers count that text's lines.</summary>
    public const string ReadAsHtml = "RKA020";

    /// <summary><c>RKA021</c>: the document was a Word file (<c>.docx</c>) and was read from the text of its paragraphs
    /// and table rows.</summary>
    public const string ReadAsWord = "RKA021";

    /// <summary><c>RKA022</c>: the document was an Excel workbook (<c>.xlsx</c>, or <c>.xls</c> through <see cref="RkaWorkbookCells"/>) and was read from its sheets' rows; the
    /// message names the sheets.</summary>
    public const string ReadAsExcel = "RKA022";

    /// <summary><c>RKA025</c>: the document was an OpenDocument file (LibreOffice Writer's <c>.odt</c> or Calc's
    /// <c>.ods</c>, or their flat XML <c>.fodt</c>, <c>.fods</c>) and was read from the text of its paragraphs and table
    /// rows, or from its sheets' rows; the message says which, and names the sheets.</summary>
    public const string ReadAsOpenDocument = "RKA025";

    /// <summary><c>RKA023</c>: numbers written with letters or separators in the place of digits, as the OCR of a scanned
    /// print gives them (<c>Rp.l2.5OO.OOO,OO</c>, <c>6.300.000.00</c>), were read as the digits a person reads.</summary>
    public const string OcrNumbersRead = "RKA023";

    /// <summary><c>RKA024</c>: the total a page of the rincian brings forward (<c>Jumlah pindahan</c>) differs from the
    /// total the page before carried (<c>Jumlah dipindahkan</c>).</summary>
    public const string CarriedTotalDiffers = "RKA024";

    /// <summary><c>RKA404</c>: a KAK section had no heading and was assigned by position.</summary>
    public const string HeadingAssignedByPosition = "RKA404";

    /// <summary><c>RKA405</c>: header fields spilled into the next line and were repaired.</summary>
    public const string HeaderRepaired = "RKA405";

    /// <summary><c>RKA406</c>: KAK text without heading could not be assigned to a section.</summary>
    public const string HeadingMissing = "RKA406";

    /// <summary>The message for an empty document.</summary>
    public static string EmptyDocument() => MessageResources.ReaderEmptyDocument;

    /// <summary>The message for a document without any RKA form.</summary>
    public static string NoFormFound(int lineCount) => Format(
        MessageResources.ReaderNoFormFound,
        lineCount);

    /// <summary>The message for a form with missing parts.</summary>
    public static string Incomplete(int startLine, string missing) => Format(
        MessageResources.ReaderIncomplete, startLine, missing);

    /// <summary>The message for ignored lines outside any form.</summary>
    public static string Outside(int first, int last, int count) => Format(
        MessageResources.ReaderOutside, first, last, count);

    /// <summary>The message for another page of the book (a recap, a ringkasan, another form such as RKA-SKPD 1) that
    /// was not read; <paramref name="title"/> is the line that names it.</summary>
    public static string OutsidePage(int first, int last, int count, string title) => Format(
        MessageResources.ReaderOutsidePage, first, last, count, title.Length > 80 ? string.Concat(title.AsSpan(0, 79), "…") : title);

    /// <summary>The message for a page of the book with the SKPD's fields only (a cover, another form of the book).</summary>
    public static string BookPage(int first, int last, int count) => Format(MessageResources.ReaderBookPage, first, last, count);

    /// <summary>The message for a cover page printed before a form's own title (its title, SKPD, region, list of
    /// forms) that was not read; <paramref name="title"/> is the cover's title.</summary>
    public static string CoverPage(int first, int last, int count, string title) => Format(
        MessageResources.ReaderCoverPage, first, last, count, title.Length > 80 ? string.Concat(title.AsSpan(0, 79), "…") : title);

    /// <summary>The message for a revised-budget variant.</summary>
    public static string Revised(string evidence) => Format(
        MessageResources.ReaderRevised,
        evidence);

    /// <summary>The message for a document read as Windows-1252.</summary>
    public static string Windows1252() =>
        MessageResources.ReaderWindows1252;

    /// <summary>The message for a page read as the Windows-1252 it declares (<paramref name="name"/>, as written).</summary>
    public static string Windows1252Declared(string name) => Format(MessageResources.ReaderWindows1252Declared, name);

    /// <summary>The message for a document read as CSV.</summary>
    /// <param name="delimiter">The delimiter, <c>;</c> or <c>,</c>.</param>
    public static string Csv(char delimiter) => Format(
        MessageResources.ReaderCsv, delimiter.ToString());

    /// <summary>The message for a document read as an HTML page.</summary>
    public static string Html() => MessageResources.ReaderHtml;

    /// <summary>The page was a PDF converter's, its text placed by position and laid out by it (RKA020).</summary>
    /// <returns>The message.</returns>
    public static string HtmlPositioned() => MessageResources.ReaderHtmlPositioned;

    /// <summary>The Office file held its text in frames placed on pages and was laid out by them (RKA021, RKA025).</summary>
    /// <param name="format">The file's format (<c>.docx</c>, <c>.odt</c>).</param>
    /// <returns>The message.</returns>
    public static string PositionedFrames(string format) => Format(MessageResources.ReaderPositionedFrames, format);

    /// <summary>The message for a quoted CSV field without its closing quote.</summary>
    /// <param name="linesAfter">The lines looked at after the field's line.</param>
    public static string QuoteUnclosed(int linesAfter) => Format(
        MessageResources.ReaderCsvQuoteUnclosed, linesAfter);

    /// <summary>The message for numbers read with OCR letters or separators in the place of digits.</summary>
    /// <param name="count">How many numbers were read so.</param>
    /// <param name="line">The line of the first.</param>
    /// <param name="written">The first as written.</param>
    /// <param name="read">The first as read.</param>
    public static string OcrNumbers(int count, int line, string written, string read) => Format(
        MessageResources.ReaderOcrNumbers, count, line, Shorten(written), Shorten(read));

    /// <summary>The message for a document read as a Word file.</summary>
    public static string Word() => MessageResources.ReaderWord;

    /// <summary>The message for a document read as a Word 97-2003 document (<c>.doc</c>).</summary>
    public static string WordBinary() => MessageResources.ReaderWordBinary;

    /// <summary>The message for a Word 97-2003 document that could not be read.</summary>
    /// <param name="reason">Why (<see cref="BinaryOfficeReason"/>).</param>
    public static string WordBinaryUnreadable(string reason) => Format(MessageResources.ReaderWordBinaryUnreadable, reason);

    /// <summary>The message for an Office 97-2003 file whose compound file could not be read.</summary>
    /// <param name="reason">Why (<see cref="BinaryOfficeReason"/>).</param>
    public static string CompoundUnreadable(string reason) => Format(MessageResources.ReaderCompoundUnreadable, reason);

    /// <summary>The reason an Office 97-2003 file or its Word document could not be read.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="bytes">The file's size, or the limit it passed (<see cref="BinaryOfficeProblem.FileTooLarge"/>).</param>
    public static string BinaryOfficeReason(BinaryOfficeProblem problem, long bytes) => problem switch
    {
        BinaryOfficeProblem.Truncated => MessageResources.ReaderBinaryOfficeTruncated,
        BinaryOfficeProblem.SectorOutOfRange => MessageResources.ReaderBinaryOfficeSectorOutOfRange,
        BinaryOfficeProblem.ChainLoop => MessageResources.ReaderBinaryOfficeChainLoop,
        BinaryOfficeProblem.SizeTooLarge => Format(MessageResources.ReaderBinaryOfficeSizeTooLarge, bytes),
        BinaryOfficeProblem.Directory => MessageResources.ReaderBinaryOfficeDirectory,
        BinaryOfficeProblem.FileTooLarge => Format(MessageResources.ReaderBinaryOfficeFileTooLarge, bytes),
        BinaryOfficeProblem.Encrypted => MessageResources.ReaderBinaryOfficeEncrypted,
        BinaryOfficeProblem.NotWord97 => MessageResources.ReaderBinaryOfficeNotWord97,
        BinaryOfficeProblem.OldWord => MessageResources.ReaderBinaryOfficeOldWord,
        BinaryOfficeProblem.TableMissing => MessageResources.ReaderBinaryOfficeTableMissing,
        BinaryOfficeProblem.PieceTable => MessageResources.ReaderBinaryOfficePieceTable,
        _ => MessageResources.ReaderBinaryOfficeHeader,
    };

    /// <summary>The message for a document read as an Excel workbook.</summary>
    /// <param name="sheets">The names of the sheets read, comma-separated.</param>
    public static string Excel(string sheets) => Format(MessageResources.ReaderExcel, Shorten(sheets));

    /// <summary>The message for a document read as an Excel 97-2003 workbook (<c>.xls</c>) from its cells.</summary>
    /// <param name="sheets">The names of the sheets read, comma-separated.</param>
    public static string ExcelBinary(string sheets) => Format(MessageResources.ReaderExcelBinary, Shorten(sheets));

    /// <summary>The message for an Excel 97-2003 workbook (<c>.xls</c>) that could not be read.</summary>
    /// <param name="problem">Why.</param>
    public static string XlsUnreadable(RkaWorkbookProblem problem) => Format(
        MessageResources.ReaderXlsUnreadable,
        problem switch
        {
            RkaWorkbookProblem.Encrypted => MessageResources.ReaderXlsEncrypted,
            RkaWorkbookProblem.TooLarge => Format(MessageResources.ReaderXlsTooLarge, RkaTextReader.MaxDocumentLength),
            _ => MessageResources.ReaderXlsDamaged,
        });

    /// <summary>The message for a document read as an OpenDocument text (<c>.odt</c>, <c>.fodt</c>).</summary>
    public static string OpenDocumentText() => MessageResources.ReaderOpenDocumentText;

    /// <summary>The message for a document read as an OpenDocument spreadsheet (<c>.ods</c>, <c>.fods</c>).</summary>
    /// <param name="sheets">The names of the sheets read, comma-separated.</param>
    public static string OpenDocumentSpreadsheet(string sheets) => Format(MessageResources.ReaderOpenDocumentSpreadsheet, Shorten(sheets));

    /// <summary>The message for a zip package that could not be read as a Word, Excel or OpenDocument file.</summary>
    /// <param name="reason">Why, from <see cref="PackageCorrupt"/>, <see cref="PackageNotOffice"/>,
    /// <see cref="PackageNotOpenDocument"/>, <see cref="PackageUnsupported"/> or <see cref="PackageXml"/>.</param>
    public static string PackageUnreadable(string reason) => Format(MessageResources.ReaderPackageUnreadable, reason);

    /// <summary>The reason for a damaged zip archive.</summary>
    public static string PackageCorrupt() => MessageResources.ReaderPackageCorrupt;

    /// <summary>The message for an Office 97-2003 file that is not a Word document (an Excel .xls, a PowerPoint .ppt).</summary>
    public static string OldOfficeFile() => MessageResources.ReaderOldOfficeFile;

    /// <summary>The message for a document read as a Rich Text Format file (RKA021).</summary>
    public static string RichText() => MessageResources.ReaderRichText;

    /// <summary>The message for a Rich Text Format file whose frames placed on pages were laid out by their places
    /// (RKA021).</summary>
    public static string RichTextPositioned() => MessageResources.ReaderRichTextPositioned;

    /// <summary>The message for a Rich Text Format file in which no text was found (RKA001).</summary>
    public static string RichTextNoText() => MessageResources.ReaderRichTextNoText;

    /// <summary>The message for a Rich Text Format file that ends before its groups close (RKA021).</summary>
    public static string RichTextUnclosed() => MessageResources.ReaderRichTextUnclosed;

    /// <summary>The message for a Rich Text Format file whose text passed the reader's limit (RKA011).</summary>
    /// <param name="limit">The limit in characters.</param>
    public static string RichTextLimit(long limit) => Format(MessageResources.ReaderRichTextLimit, limit);

    /// <summary>The message for a Rich Text Format file whose code page was read as Windows-1252 (RKA013).</summary>
    /// <param name="codePage">The code page it declares.</param>
    public static string RichTextCodePage(int codePage) => Format(MessageResources.ReaderRichTextCodePage, codePage);

    /// <summary>The message for a PDF given to the text reader.</summary>
    public static string PdfFile() => MessageResources.ReaderPdfFile;

    /// <summary>The reason for a zip archive that is neither a Word document nor an Excel workbook.</summary>
    public static string PackageNotOffice() => MessageResources.ReaderPackageNotOffice;

    /// <summary>The reason for an OpenDocument file (or a zip with a <c>content.xml</c>) that holds neither a text
    /// document nor a spreadsheet (a presentation, a drawing).</summary>
    public static string PackageNotOpenDocument() => MessageResources.ReaderPackageNotOpenDocument;

    /// <summary>The message for a flat OpenDocument file (<c>.fodt</c>, <c>.fods</c>) that could not be read.</summary>
    /// <param name="reason">Why, from <see cref="FlatXml"/> or <see cref="PackageNotOpenDocument"/>.</param>
    public static string FlatUnreadable(string reason) => Format(MessageResources.ReaderFlatUnreadable, reason);

    /// <summary>The reason for a flat OpenDocument file that is not well-formed XML (or declares a DTD).</summary>
    public static string FlatXml(int line, int position) => Format(MessageResources.ReaderFlatXml, line, position);

    /// <summary>The reason for a zip archive with a compression method or encryption not supported.</summary>
    public static string PackageUnsupported() => MessageResources.ReaderPackageUnsupported;

    /// <summary>The reason for a package part that is not well-formed XML (or declares a DTD).</summary>
    public static string PackageXml(string part, int line, int position) => Format(
        MessageResources.ReaderPackageXml, part, line, position);

    /// <summary>The message for a package part cut at the reader's limit.</summary>
    public static string PartLimit(string part, long limit) => Format(
        MessageResources.ReaderPartLimit, part, limit);

    /// <summary>The message for invalid byte sequences replaced while decoding.</summary>
    public static string BytesReplaced(int count, string encoding) => Format(
        MessageResources.ReaderBytesReplaced,
        count, encoding);

    /// <summary>The message for a truncated long line.</summary>
    public static string LineTruncated(int limit) => Format(
        MessageResources.ReaderLineTruncated, limit);

    /// <summary>The message for a document past the length limit.</summary>
    public static string DocumentLimit(long limit, int lastLine) => Format(
        MessageResources.ReaderDocumentLimit,
        limit, lastLine);

    /// <summary>The message for a document past the form limit.</summary>
    public static string FormLimit(int limit, int line) => Format(
        MessageResources.ReaderFormLimit,
        limit, line);

    /// <summary>The message for an unrecognised line.</summary>
    public static string Unrecognised(string text) => Format(
        MessageResources.ReaderUnrecognised, Shorten(text));

    /// <summary>The message for guessed indicator columns.</summary>
    public static string ColumnsGuessed(string target) => Format(
        MessageResources.ReaderColumnsGuessed, target);

    /// <summary>The message for a form without title lines.</summary>
    public static string WithoutTitle(string label) => Format(
        MessageResources.ReaderWithoutTitle, label);

    /// <summary>The message for a label of a labels line left without a value.</summary>
    public static string LabelWithoutValue(string label, int valuesLine) => Format(
        MessageResources.ReaderLabelWithoutValue,
        label, valuesLine);

    /// <summary>The message for a value of a values line left without a label.</summary>
    public static string ValueWithoutLabel(string value) => Format(
        MessageResources.ReaderValueWithoutLabel, Shorten(value));

    /// <summary>The message for a labels line whose values line was not found.</summary>
    public static string LabelsWithoutValues(string labels) => Format(
        MessageResources.ReaderLabelsWithoutValues,
        Shorten(labels));

    /// <summary>The message for the note limit.</summary>
    public static string NoteLimit(int limit) => Format(MessageResources.ReaderNoteLimit, limit);

    /// <summary>The message for a KAK section assigned by position.</summary>
    /// <param name="section">The section's canonical heading.</param>
    /// <param name="before">The heading before it, quoted, or the words for the KAK's start.</param>
    /// <param name="after">The heading after it, quoted, or the words for the KAK's end.</param>
    public static string AssignedByPosition(string section, string before, string after) => Format(
        MessageResources.ReaderAssignedByPosition, section, before, after);

    /// <summary>The message for KAK text that could not be assigned.</summary>
    public static string Unassigned() =>
        MessageResources.ReaderUnassigned;

    /// <summary>The message for repaired spilled header fields.</summary>
    public static string Repaired(string program, string kegiatan, string lokasi, string evidence) => Format(
        MessageResources.ReaderRepaired,
        program, kegiatan, lokasi, evidence);

    /// <summary>The message for an unreadable fiscal year.</summary>
    public static string YearUnreadable(string text) => Format(
        MessageResources.ReaderYearUnreadable, Shorten(text));

    /// <summary>The message for a normalised code.</summary>
    public static string Normalised(string written, string code, string changes) => Format(
        MessageResources.ReaderNormalised, Shorten(written), code, changes);

    /// <summary>The message for too few or too many amount rows.</summary>
    public static string RowCount(int count, string extra) => count < 3
        ? Format(MessageResources.ReaderRowCountFew, count)
        : Format(MessageResources.ReaderRowCountMany, count, extra);

    /// <summary>The message for an unreadable amount.</summary>
    public static string Unreadable(string label, string text, string error) => Format(
        MessageResources.ReaderUnreadable, label, Shorten(text), error);

    /// <summary>The message for a target without a measurable reading.</summary>
    public static string NoReading(string target) => Format(MessageResources.ReaderNoReading, Shorten(target));

    /// <summary>The message for an indicator row of unknown kind.</summary>
    public static string UnknownKind(string kind, string tolokUkur, string target) => Format(
        MessageResources.ReaderUnknownKind,
        kind, Shorten(tolokUkur), Shorten(target));

    /// <summary>The message for an unreadable rincian cell.</summary>
    /// <param name="cell">The cell: <c>volume</c>, <c>harga satuan</c> or <c>jumlah</c>.</param>
    /// <param name="text">The cell's text.</param>
    /// <param name="uraian">The line's uraian.</param>
    /// <param name="reading">What the cell should hold: <c>a number</c> or <c>an amount</c>.</param>
    /// <returns>The message, in the current UI culture's language.</returns>
    public static string RincianCell(string cell, string text, string uraian, string reading) => Format(
        MessageResources.ReaderRincianCell,
        cell switch
        {
            "volume" => MessageResources.ReaderCellVolume,
            "harga satuan" => MessageResources.ReaderCellHargaSatuan,
            _ => MessageResources.ReaderCellJumlah,
        },
        Shorten(text),
        Shorten(uraian),
        reading == "a number" ? MessageResources.ReaderReadingNumber : MessageResources.ReaderReadingAmount);

    /// <summary>The message for a recognised header field the model cannot hold. The note is the only record of the
    /// value, so it quotes it in full (nothing the reader recognised vanishes).</summary>
    public static string FieldNotHeld(string label, string value) => Format(
        MessageResources.ReaderFieldNotHeld,
        label, value);

    /// <summary>The message for a header field printed a second time with another value (the form keeps the first). It
    /// quotes the second value in full.</summary>
    public static string FieldRepeated(string label, string value) => Format(
        MessageResources.ReaderFieldRepeated,
        label, value);

    /// <summary>The message for the second signatory of a closing block with two signature columns (the model holds
    /// the one under the place and date). It quotes what it leaves out in full.</summary>
    public static string SecondSignatory(string jabatan, string nama, string nip) => Format(
        MessageResources.ReaderSecondSignatory,
        jabatan, nama, nip);

    /// <summary>The message for a KAK part outside the eight sections (a TOR outline's Gambaran Umum, Sasaran, Biaya,
    /// Penutup), with its lines; it quotes the text in full (its lines joined by spaces), as nothing else keeps it.</summary>
    public static string KakPartNotHeld(string heading, int firstLine, int lastLine, string text) => Format(
        MessageResources.ReaderKakPartNotHeld,
        heading, firstLine, lastLine, text.ReplaceLineEndings(" ").Replace('\t', ' '));

    /// <summary>The message for a closing block's signature after the form already holds one (a KAK's own closing
    /// signature after the form's), quoted in full.</summary>
    public static string LaterSignature(string jabatan, string nama, string nip) => Format(
        MessageResources.ReaderLaterSignature,
        jabatan, nama, nip);

    /// <summary>The message for a closing block whose signature columns were merged into single lines: the second
    /// signatory's name and NIP, and the jabatan lines that could not be told apart, in full.</summary>
    public static string SignatureColumnsMerged(string nama, string nip, string lines) => Format(
        MessageResources.ReaderSignatureColumnsMerged,
        nama, nip, lines);

    /// <summary>The message for an indicator row of a kind the model does not hold. The note is the only record of the
    /// row, so it quotes the tolok ukur and the target in full.</summary>
    public static string IndicatorNotHeld(string kind, string tolokUkur, string target) => Format(
        MessageResources.ReaderIndicatorNotHeld,
        kind, tolokUkur, target);

    /// <summary>The message for a perubahan indicator row whose before and after columns say the same.</summary>
    public static string RevisedColumnsSame(string kind, string text) => Format(
        MessageResources.ReaderRevisedColumnsSame,
        kind, Shorten(text));

    /// <summary>The message for a perubahan indicator row whose columns could not be split.</summary>
    public static string RevisedColumnsKept(string kind, string text) => Format(
        MessageResources.ReaderRevisedColumnsKept,
        kind, Shorten(text));

    /// <summary>The message for a line appended to the previous field's value.</summary>
    public static string Appended(string label, string text) => Format(
        MessageResources.ReaderAppended, label, Shorten(text));

    /// <summary>The message for a form's closing block (notes, place and date, signatory).</summary>
    public static string Closing(int first, int last, int count) => Format(
        MessageResources.ReaderClosing,
        first, last, count);

    /// <summary>The message for a form's closing block whose signature (place and date, jabatan, name, NIP) was read.</summary>
    public static string ClosingSigned(int first, int last, int count) => Format(
        MessageResources.ReaderClosingSigned,
        first, last, count);

    /// <summary>The message for numbers of a perubahan rincian row that are kept as written.</summary>
    public static string RevisedRincianRow(string text) => Format(
        MessageResources.ReaderRevisedRincianRow,
        Shorten(text));

    /// <summary>The message for a total brought forward that differs from the total carried from the page before.</summary>
    public static string CarriedTotals(string brought, string carried, int carriedLine) => Format(
        MessageResources.ReaderCarriedTotalDiffers,
        brought, carried, carriedLine);

    /// <summary>Gets the severity of a reader code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The severity; <see cref="DiagnosticSeverity.Warning"/> for codes not listed.</returns>
    public static DiagnosticSeverity SeverityOf(string code) => code switch
    {
        NotAnRka or IncompleteForm or AmountUnreadable or DocumentTooLong or TooManyForms => DiagnosticSeverity.Error,
        OutsideForm or FormWithoutTitle or CodeNormalised or TargetUnmeasurable or ReadAsWindows1252 or NotHeld or ReadAsCsv
            or ReadAsHtml or ReadAsWord or ReadAsExcel or ReadAsOpenDocument or OcrNumbersRead => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Warning,
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");

    private static string Format(string format, params object[] args) => Message.Format(format, args);
}
