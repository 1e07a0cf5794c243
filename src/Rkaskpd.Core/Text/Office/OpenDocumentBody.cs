namespace Rkaskpd.Text.Office;

/// <summary>What an OpenDocument file's body (<c>office:body</c>) holds, as far as the reader reads it.</summary>
internal enum OpenDocumentBody
{
    /// <summary>No body was found yet, or it holds neither a text document nor a spreadsheet (a presentation, a
    /// drawing, a chart).</summary>
    None,

    /// <summary>A text document (<c>office:text</c>: LibreOffice Writer's <c>.odt</c>, <c>.fodt</c>).</summary>
    Text,

    /// <summary>A spreadsheet (<c>office:spreadsheet</c>: LibreOffice Calc's <c>.ods</c>, <c>.fods</c>).</summary>
    Spreadsheet,
}
