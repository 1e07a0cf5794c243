namespace Rkaskpd.Codes;

/// <summary>What went wrong in a strict code parse.</summary>
internal enum CodeParseErrorKind
{
    /// <summary>No error.</summary>
    None,

    /// <summary>The text is empty.</summary>
    Empty,

    /// <summary>A character is neither an ASCII digit nor an ASCII dot.</summary>
    InvalidCharacter,

    /// <summary>The number of dot-separated parts is wrong for the level.</summary>
    PartCount,

    /// <summary>A part has no digits.</summary>
    EmptyPart,

    /// <summary>A part has the wrong number of digits.</summary>
    PartWidth,
}
