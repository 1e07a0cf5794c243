using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Validation;

namespace Rkaskpd.Text;

/// <summary>
/// Reads RKA-SKPD 2.2.1 forms from their text (as exported by regional planning systems or copied from them) into the
/// typed model, tolerating the layouts and slips real documents have: other regions and years, codes with spaces,
/// English amounts, misspelled headings, spilled header lines, HTML fragments, truncated forms.
/// </summary>
/// <remarks>
/// <para>Reading never throws for bad input: what cannot be read is kept as written and reported in
/// <see cref="RkaReadResult.Diagnostics"/> with its line. Reading takes time linear in the length of the text and never
/// depends on the current culture.</para>
/// <para>Hostile or runaway input is bounded by three limits, each reported by one diagnostic rather than an
/// exception: <see cref="MaxLineLength"/> (<c>RKA005</c>, the line is truncated), <see cref="MaxDocumentLength"/>
/// (<c>RKA011</c>, reading stops at the last whole line within it) and <see cref="MaxForms"/> (<c>RKA012</c>, reading
/// stops before the next form). Within them, memory stays proportional to the text read.</para>
/// <para>The reader is thread-safe: concurrent calls share no state.</para>
/// </remarks>
public static class RkaTextReader
{
    /// <summary>The longest line read, in characters: 1 048 576 (1 Mi). A longer line is truncated to this length
    /// and reported as <c>RKA005</c> (warning); the characters past it are skipped without being held in memory.</summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>The most characters read from one document, line breaks included: 67 108 864 (64 Mi, about 64 MB of
    /// UTF-8 text). Past it, reading stops at the last whole line within the limit, the rest of the reader is left
    /// unread, and <c>RKA011</c> (error) says so; the forms read so far are kept.</summary>
    public const long MaxDocumentLength = 64L << 20;

    /// <summary>The most forms read from one document: 10 000 (a whole regency's budget is a few thousand). The line
    /// that would start form 10 001 and everything after it are not read; <c>RKA012</c> (error) says so.</summary>
    public const int MaxForms = 10_000;

    /// <summary>Reads a document of RKA-SKPD 2.2.1 forms from a reader, to its end (the reader is not closed).</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The document, the reader's findings and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="IOException">The reader itself fails (e.g. a file read error); bad text never throws.</exception>
    /// <example>
    /// <code>
    /// using StreamReader file = File.OpenText("rka-skpd-221-lumajang-2020.txt");
    /// RkaReadResult result = RkaTextReader.Read(file);
    /// foreach (RkaForm form in result.Document.Forms)
    /// {
    ///     Console.WriteLine($"{form.KegiatanCodeText} {form.Amounts.CurrentYear?.Amount}");
    /// }
    ///
    /// foreach (Diagnostic diagnostic in result.Validate())
    /// {
    ///     Console.WriteLine(diagnostic); // e.g. RKA201 error 3.05.3.05.09.39.007 amounts.currentYear.terbilang (line 350): ...
    /// }
    /// </code>
    /// </example>
    public static RkaReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Build(RawFormScanner.Scan(reader));
    }

    /// <summary>Reads a document of RKA-SKPD 2.2.1 forms from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document, the reader's findings and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <example>
    /// <code>
    /// RkaReadResult result = RkaTextReader.Read(text);
    /// RkaForm first = result.Document.Forms[0];
    /// int? line = result.LineOf(first, "amounts.currentYear.terbilang");
    /// IReadOnlyList&lt;Diagnostic&gt; findings = result.Validate(RuleSet.Default.Without(RuleIds.AmountNotation));
    /// </code>
    /// </example>
    public static RkaReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Build(RawFormScanner.Scan(text));
    }

    private static RkaReadResult Build(RawDocument raw)
    {
        var forms = new List<RkaForm>(raw.Forms.Count);
        var lines = new Dictionary<RkaForm, FormLineMap>(ReferenceEqualityComparer.Instance);
        var diagnostics = new List<Diagnostic>();
        var maps = new List<(RkaForm Form, FormLineMap Lines)>(raw.Forms.Count);
        foreach (RawForm rawForm in raw.Forms)
        {
            RawFormMapper mapper = RawFormMapper.Map(rawForm);
            forms.Add(mapper.Form);
            lines.Add(mapper.Form, mapper.Lines);
            maps.Add((mapper.Form, mapper.Lines));
            foreach ((RawNote note, string path) in mapper.Notes)
            {
                diagnostics.Add(ToDiagnostic(note, mapper.Form, path));
            }
        }

        // The scanner's notes are ordered by line, as are the forms: one merge pass finds each note's form.
        int index = 0;
        foreach (RawNote note in raw.Notes)
        {
            while (index < maps.Count && note.Line > maps[index].Lines.EndLine)
            {
                index++;
            }

            diagnostics.Add(index < maps.Count && maps[index].Lines.Contains(note.Line)
                ? ToDiagnostic(note, maps[index].Form, maps[index].Lines.PathAt(note.Line))
                : ToDiagnostic(note, null, string.Empty));
        }

        Diagnostic[] ordered = [.. diagnostics.OrderBy(d => d.Line ?? 0)];
        return new RkaReadResult(new RkaDocument { Forms = forms }, ordered, lines);
    }

    private static Diagnostic ToDiagnostic(RawNote note, RkaForm? form, string path) =>
        new(note.Code, TextReaderMessages.SeverityOf(note.Code), note.Message, form?.KegiatanCodeText, path)
        {
            Line = note.Line > 0 ? note.Line : null,
        };
}
