namespace Rkaskpd.Pdf;

/// <summary>Why a PDF file cannot be read.</summary>
public enum RkaPdfProblem
{
    /// <summary>The file is not a PDF, or it is broken or truncated so that its pages cannot be read.</summary>
    Broken,

    /// <summary>The file is encrypted (password-protected); it is not decrypted.</summary>
    Encrypted,

    /// <summary>The pages hold no text layer, only images (a scanned document); there is no OCR.</summary>
    NoTextLayer,
}
