namespace Rkaskpd.Text;

/// <summary>
/// Why an Excel 97-2003 workbook (<c>.xls</c>) could not be read; <see cref="RkaWorkbookCells.Unreadable"/> reports
/// it as <c>RKA001</c>. The default value is <see cref="Damaged"/>.
/// </summary>
public enum RkaWorkbookProblem
{
    /// <summary>The file is damaged or incomplete, or is an Office 97-2003 file of another kind (a Word <c>.doc</c>).</summary>
    Damaged,

    /// <summary>The workbook is protected with a password.</summary>
    Encrypted,

    /// <summary>The file is larger than <see cref="RkaTextReader.MaxDocumentLength"/> bytes, the most read.</summary>
    TooLarge,
}
