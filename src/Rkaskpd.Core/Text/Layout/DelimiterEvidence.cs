using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>What the records of a document's first lines show when parsed with one candidate delimiter
/// (<see cref="DelimiterProbe"/>): how many hold text, their field counts, their padding and their quoting.</summary>
internal sealed class DelimiterEvidence
{
    private readonly Dictionary<int, int> counts = [];

    /// <summary>Gets the number of records with some text.</summary>
    public int Records { get; private set; }

    /// <summary>Gets the most fields of a record with text.</summary>
    public int MaxFields { get; private set; }

    /// <summary>Gets the most common field count of the records with text (the larger one on a tie).</summary>
    public int ModalFields { get; private set; }

    /// <summary>Gets how many records with text have <see cref="ModalFields"/> fields.</summary>
    public int ModalRecords { get; private set; }

    /// <summary>Gets the number of records with text whose last field is empty.</summary>
    public int Padded { get; private set; }

    /// <summary>Gets the number of records with text holding a properly quoted field next to the delimiter.</summary>
    public int Quoted { get; private set; }

    /// <summary>Gets whether the records are padded to one width: four in five of them have the same number of
    /// fields, at least <see cref="DelimiterProbe.MinPaddedFields"/> and the most any has, and one ends empty.</summary>
    public bool IsPadded => Records >= DelimiterProbe.MinRecords && ModalFields >= DelimiterProbe.MinPaddedFields
        && ModalFields == MaxFields && ModalRecords * 5 >= Records * 4 && Padded > 0;

    /// <summary>Gets whether more than half of the records quote a field next to the delimiter.</summary>
    public bool IsQuoted => Records >= DelimiterProbe.MinRecords && Quoted * 2 > Records;

    /// <summary>Gets whether the records show a spreadsheet.</summary>
    public bool IsDelimited => IsPadded || IsQuoted;

    /// <summary>Gets the weight of the evidence, in records, to choose between two delimiters that both pass.</summary>
    public int Score => (IsPadded ? ModalRecords : 0) + (IsQuoted ? Quoted : 0);

    /// <summary>Counts a record with text.</summary>
    /// <param name="fields">Its number of fields.</param>
    /// <param name="lastFieldHasText">Whether its last field holds text.</param>
    /// <param name="properlyQuoted">Whether it holds a field quoted from its start to its end, next to a delimiter.</param>
    public void Add(int fields, bool lastFieldHasText, bool properlyQuoted)
    {
        Records++;
        MaxFields = fields > MaxFields ? fields : MaxFields;
        int count = counts.GetValueOrDefault(fields) + 1;
        counts[fields] = count;
        if (count > ModalRecords || (count == ModalRecords && fields > ModalFields))
        {
            ModalFields = fields;
            ModalRecords = count;
        }

        Padded += lastFieldHasText ? 0 : 1;
        Quoted += properlyQuoted ? 1 : 0;
    }
}
