namespace Rkaskpd;

/// <summary>The kinds of spelling slip <see cref="TerbilangChecker"/> mends.</summary>
public enum TerbilangSlipKind
{
    /// <summary>A word that is not a number word but is a small edit from exactly one (<c>SERMBILAN</c> →
    /// <c>SEMBILAN</c>, <c>RIBBU</c> → <c>RIBU</c>, <c>DELAPN</c> → <c>DELAPAN</c>).</summary>
    Misspelling = 0,

    /// <summary>Number words written together (<c>SATURIBU</c> → <c>SATU RIBU</c>, <c>DUABELAS</c> →
    /// <c>DUA BELAS</c>).</summary>
    GluedWords = 1,

    /// <summary>One number word split by a space (<c>SE RATUS</c> → <c>SERATUS</c>).</summary>
    SplitWord = 2,

    /// <summary>A readable but non-official form: <c>SATU RATUS</c> → <c>SERATUS</c>, <c>SATU RIBU</c> →
    /// <c>SERIBU</c> (at the start of a thousands group), <c>SATU PULUH</c> → <c>SEPULUH</c>, <c>SATU BELAS</c> →
    /// <c>SEBELAS</c>.</summary>
    NonStandardForm = 3,

    /// <summary>A regional or older spelling: <c>MILYAR</c> → <c>MILIAR</c>, <c>TRILYUN</c> → <c>TRILIUN</c>.</summary>
    RegionalSpelling = 4,

    /// <summary>White space between two words other than one space (two spaces, a tab, a line break).</summary>
    Spacing = 5,

    /// <summary>The currency word is missing where the expected style has one: <see cref="TerbilangSlip.Found"/> is
    /// empty and <see cref="TerbilangSlip.Index"/> is where <c>RUPIAH</c> belongs (after the last word).</summary>
    MissingCurrencyWord = 6,
}
