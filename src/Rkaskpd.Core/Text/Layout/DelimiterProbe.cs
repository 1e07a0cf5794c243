using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Decides, once per document, from its first lines (none of which holds a tab), whether the text is a spreadsheet
/// saved as CSV and with which delimiter: <c>;</c> (Indonesian Excel, whose decimal separator is the comma) or
/// <c>,</c> (English Excel, Google Sheets).
/// </summary>
/// <remarks>
/// <para>The lines are parsed as CSV records with each candidate delimiter (a field that starts with a quote runs to
/// its closing quote, across line breaks; a doubled quote is a quote). The text is CSV when at least
/// <see cref="MinRecords"/> records hold some text and either</para>
/// <list type="bullet">
/// <item><b>padding</b>: at least four in five of them have the same number of fields, at least three, which is also
/// the most any record has, and one of them ends in an empty field (a spreadsheet pads every row to the sheet's width);
/// or</item>
/// <item><b>quoting</b>: more than half of them hold a field properly quoted next to the delimiter (a quote right
/// after the delimiter or at the line's start, and its closing quote right before the delimiter or the record's
/// end).</item>
/// </list>
/// <para>Flattened text does not pass: amounts (<c>1.234,00</c>, <c>1,234,567.00</c>) and KAK lists (<c>a; b; c</c>)
/// give their lines varying field counts, no padding and no quoted fields.</para>
/// </remarks>
internal static class DelimiterProbe
{
    /// <summary>The fewest records with text that can show a document is CSV.</summary>
    public const int MinRecords = 3;

    /// <summary>The fewest fields of a padded row.</summary>
    public const int MinPaddedFields = 3;

    /// <summary>Returns the delimiter the lines are written with, or <c>'\0'</c> when they are no CSV.</summary>
    /// <param name="lines">The document's first lines, without line ends; none holds a tab.</param>
    public static char Detect(IReadOnlyList<string> lines)
    {
        DelimiterEvidence semicolon = Measure(lines, ';');
        DelimiterEvidence comma = Measure(lines, ',');
        bool bySemicolon = semicolon.IsDelimited;
        bool byComma = comma.IsDelimited;
        if (bySemicolon && byComma)
        {
            return comma.Score > semicolon.Score ? ',' : ';';
        }

        return bySemicolon ? ';' : byComma ? ',' : '\0';
    }

    /// <summary>Parses the lines as CSV records with <paramref name="delimiter"/> and counts what shows a spreadsheet.
    /// A quoted field closes at a quote followed by the delimiter or the line's end (as <see cref="DelimitedLines"/>
    /// reads it); a field still open at the last line ends at the end of the line it opened on, and the lines after
    /// that line are parsed again as records of their own.</summary>
    internal static DelimiterEvidence Measure(IReadOnlyList<string> lines, char delimiter)
    {
        var evidence = new DelimiterEvidence();
        bool inQuote = false;
        bool fieldStart = true;
        bool afterClosingQuote = false;
        bool fieldHasText = false;
        int fields = 0;
        bool recordHasText = false;
        bool lastFieldHasText = false;
        bool quoted = false;
        int recordStart = 0;
        (int Line, int Fields, bool RecordHasText, bool Quoted, bool FieldHasText) opened = (-1, 0, false, false, false);
        for (int index = 0; index < lines.Count; index++)
        {
            string line = lines[index];
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (inQuote)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        fieldHasText = true;
                        i++;
                    }
                    else if (c == '"' && (i + 1 == line.Length || line[i + 1] == delimiter))
                    {
                        inQuote = false;
                        afterClosingQuote = true;
                    }
                    else
                    {
                        fieldHasText |= !char.IsWhiteSpace(c);
                    }
                }
                else if (c == delimiter)
                {
                    EndField();
                }
                else if (fieldStart && c == '"')
                {
                    inQuote = true;
                    fieldStart = false;
                }
                else
                {
                    fieldStart = false;
                    afterClosingQuote = false;
                    fieldHasText |= !char.IsWhiteSpace(c);
                }
            }

            if (!inQuote)
            {
                EndRecord();
                recordStart = index + 1;
            }
            else if (index == recordStart)
            {
                opened = (index, fields, recordHasText, quoted, fieldHasText);
            }

            if (inQuote && index == lines.Count - 1)
            {
                // Never closed: the field ends where its line ends; the lines after it are records of their own.
                (index, fields, recordHasText, quoted, fieldHasText) = opened;
                EndRecord();
                recordStart = index + 1;
            }
        }

        return evidence;

        void EndField()
        {
            fields++;
            recordHasText |= fieldHasText;
            lastFieldHasText = fieldHasText;
            quoted |= afterClosingQuote;
            fieldHasText = false;
            afterClosingQuote = false;
            fieldStart = true;
        }

        void EndRecord()
        {
            EndField();
            if (recordHasText)
            {
                evidence.Add(fields, lastFieldHasText, quoted && fields >= 2);
            }

            inQuote = false;
            fields = 0;
            recordHasText = false;
            quoted = false;
        }
    }
}
