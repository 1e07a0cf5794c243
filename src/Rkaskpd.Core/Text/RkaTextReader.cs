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
/// Reading never throws for bad input: what cannot be read is kept as written and reported in
/// <see cref="RkaReadResult.Diagnostics"/> with its line. Reading takes time linear in the length of the text and never
/// depends on the current culture.
/// </remarks>
public static class RkaTextReader
{
    /// <summary>Reads a document of RKA-SKPD 2.2.1 forms from a reader, to its end (the reader is not closed).</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The document, the reader's findings and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
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
            foreach (RawNote note in mapper.Notes)
            {
                diagnostics.Add(ToDiagnostic(note, mapper.Form, mapper.Lines));
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
                ? ToDiagnostic(note, maps[index].Form, maps[index].Lines)
                : ToDiagnostic(note, null, null));
        }

        Diagnostic[] ordered = [.. diagnostics.OrderBy(d => d.Line ?? 0)];
        return new RkaReadResult(new RkaDocument { Forms = forms }, ordered, lines);
    }

    private static Diagnostic ToDiagnostic(RawNote note, RkaForm? form, FormLineMap? lines) =>
        new(note.Code, TextReaderMessages.SeverityOf(note.Code), note.Message, form?.KegiatanCodeText, lines?.PathAt(note.Line) ?? string.Empty)
        {
            Line = note.Line > 0 ? note.Line : null,
        };
}
