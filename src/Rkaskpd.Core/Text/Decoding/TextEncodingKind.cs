namespace Rkaskpd.Text.Decoding;

/// <summary>The encodings the reader recognises in a document's bytes.</summary>
internal enum TextEncodingKind
{
    /// <summary>UTF-8 without a byte order mark (the bytes are valid UTF-8).</summary>
    Utf8,

    /// <summary>UTF-8 after the byte order mark <c>EF BB BF</c>.</summary>
    Utf8WithBom,

    /// <summary>UTF-16 little-endian after the byte order mark <c>FF FE</c> (Excel's "Unicode Text").</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian after the byte order mark <c>FE FF</c>.</summary>
    Utf16BigEndian,

    /// <summary>Windows-1252: no byte order mark and bytes that are not valid UTF-8.</summary>
    Windows1252,
}
