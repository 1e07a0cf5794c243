namespace Rkaskpd.Text.Office;

/// <summary>Where a Word 97-2003 paragraph stands with regard to tables, as its paragraph properties say
/// (<see cref="WordParagraphMarks"/>): what its mark (<c>0x0D</c>, or <c>0x07</c> in a table) ends.</summary>
internal enum WordParagraphKind
{
    /// <summary>A paragraph outside any table.</summary>
    Body,

    /// <summary>A paragraph in a table cell; a <c>0x07</c> mark ends the cell.</summary>
    Cell,

    /// <summary>A table row's end mark (<c>sprmPFTtp</c>): the row ends.</summary>
    RowEnd,

    /// <summary>A nested table's cell end (<c>sprmPFInnerTableCell</c>, a <c>0x0D</c> mark).</summary>
    InnerCell,

    /// <summary>A nested table's row end (<c>sprmPFInnerTtp</c>, a <c>0x0D</c> mark).</summary>
    InnerRowEnd,
}
