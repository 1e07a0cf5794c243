namespace Rkaskpd.Text.Sections;

/// <summary>The part of a form the scanner's rows are in; it decides which section reader gets the next row.</summary>
internal enum ScanMode
{
    /// <summary>Title lines, before the first field.</summary>
    Header,

    /// <summary>Header fields, amounts and anything that names its own part.</summary>
    Body,

    /// <summary>The indicator table.</summary>
    Indicators,

    /// <summary>The KAK, up to the rincian table or the next form.</summary>
    Kak,

    /// <summary>The rincian table.</summary>
    Rincian,

    /// <summary>The form's closing block (Keterangan, place and date, signatory): not read into the form.</summary>
    Closing,
}
