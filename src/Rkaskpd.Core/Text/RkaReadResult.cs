using System;
using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Validation;

namespace Rkaskpd.Text;

/// <summary>
/// What <see cref="RkaTextReader"/> read from a text: the typed <see cref="RkaDocument"/>, the reader's own findings
/// (each with its source line), and the source line of every part of every form, so that validation findings can
/// point into the text.
/// </summary>
/// <remarks>A result is immutable and safe to share between threads. Forms are matched by reference: pass the
/// <see cref="RkaForm"/> instances of <see cref="Document"/>, not equal copies.</remarks>
public sealed class RkaReadResult
{
    private readonly Dictionary<RkaForm, FormLineMap> lines;

    /// <summary>The 1-based page of each 1-based line (index <c>line - 1</c>) when the text came from a paged
    /// document; null for plain text.</summary>
    private readonly int[]? pages;

    internal RkaReadResult(RkaDocument document, IReadOnlyList<Diagnostic> diagnostics, Dictionary<RkaForm, FormLineMap> lines)
        : this(document, diagnostics, lines, null)
    {
    }

    private RkaReadResult(RkaDocument document, IReadOnlyList<Diagnostic> diagnostics, Dictionary<RkaForm, FormLineMap> lines, int[]? pages)
    {
        Document = document;
        Diagnostics = diagnostics;
        this.lines = lines;
        this.pages = pages;
    }

    /// <summary>Gets the document read: its forms in the order written.</summary>
    /// <value>Never null; empty when the text holds no form.</value>
    public RkaDocument Document { get; }

    /// <summary>
    /// Gets the reader's own findings, ordered by line: the text is not an RKA form (<c>RKA001</c>), a form is
    /// incomplete (<c>RKA002</c>), a line could not be placed (<c>RKA006</c>), a code was normalised (<c>RKA104</c>),
    /// an amount could not be read (<c>RKA207</c>), a target has no measurable reading (<c>RKA305</c>), a KAK section was
    /// placed by position (<c>RKA404</c>), a spilled header was repaired (<c>RKA405</c>), a rincian cell could not be read
    /// (<c>RKA503</c>), ... Spelling slips (<c>RKA402</c>) and the rincian total row (<c>RKA504</c>) are the rules'.
    /// </summary>
    /// <value>Never null. Validation rules are not run; see <see cref="Validate"/>.</value>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the 1-based source line of a part of a form.</summary>
    /// <param name="form">A form of <see cref="Document"/> (matched by reference).</param>
    /// <param name="path">
    /// A model path as diagnostics write it: <c>header.kegiatan</c>, <c>amounts.currentYear.terbilang</c>,
    /// <c>indicators[1].target</c>, <c>kak.latarBelakang</c>, <c>kak.mekanisme.jadwal[0]</c>, <c>rincian[3].jumlah</c> (the line of its row); a path the reader has
    /// no line for falls back to its nearest parent (<c>kak.mekanisme</c>) and then to the form's first line.
    /// </param>
    /// <returns>The line, or null when <paramref name="form"/> is not a form of this result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> or <paramref name="path"/> is null.</exception>
    public int? LineOf(RkaForm form, string path)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(path);
        return lines.TryGetValue(form, out FormLineMap? map) ? map.LineOf(path) : null;
    }

    /// <summary>
    /// Returns this result for a text that was rebuilt from a paged document (e.g. a PDF): the same document and
    /// findings, every finding with a line also carrying its <see cref="Diagnostic.Page"/>, and so do the findings of
    /// <see cref="Validate"/>.
    /// </summary>
    /// <param name="pageOfLine">The 1-based page of each line of the text read: element <c>i</c> is the page of line
    /// <c>i + 1</c>. Lines past its end get no page.</param>
    /// <returns>The result with pages; this result is not changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pageOfLine"/> is null.</exception>
    /// <example>
    /// <code>
    /// RkaReadResult result = RkaTextReader.Read(rebuiltText).WithPages(pageOfEachLine);
    /// Console.WriteLine(result.Validate()[0]); // e.g. RKA201 error 3.05.3.05.09.39.007 amounts.currentYear.terbilang (page 7, line 350): ...
    /// </code>
    /// </example>
    public RkaReadResult WithPages(IReadOnlyList<int> pageOfLine)
    {
        ArgumentNullException.ThrowIfNull(pageOfLine);
        int[] copy = [.. pageOfLine];
        Diagnostic[] paged = [.. Diagnostics.Select(d => WithPage(d, copy))];
        return new RkaReadResult(Document, paged, lines, copy);
    }

    /// <summary>Gets the 1-based page of a line of the text read, when the text was rebuilt from a paged document.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The page, or null for plain text or a line outside the text.</returns>
    public int? PageOf(int line) => pages is not null && line >= 1 && line <= pages.Length ? pages[line - 1] : null;

    /// <summary>
    /// Validates the document: the reader's findings plus the findings of <paramref name="rules"/>, each placed on its
    /// source line, ordered by line. Each finding has one producer (the reader reports what it could not read, the rules
    /// what is wrong in the form), so nothing is listed twice.
    /// </summary>
    /// <param name="rules">The rules to apply; <see cref="RuleSet.Default"/> when null.</param>
    /// <returns>The diagnostics, every one with a <see cref="Diagnostic.Line"/> when the document has forms.</returns>
    public IReadOnlyList<Diagnostic> Validate(RuleSet? rules = null)
    {
        rules ??= RuleSet.Default;
        var found = new List<Diagnostic>();
        var ofForm = new List<Diagnostic>();
        RuleContext? context = null; // one for all forms, as RuleSet.Validate(RkaDocument) does
        foreach (RkaForm form in Document.Forms)
        {
            ofForm.Clear();
            rules.Validate(form, ofForm, ref context);
            foreach (Diagnostic diagnostic in ofForm)
            {
                int? line = LineOf(form, diagnostic.Path);
                found.Add(diagnostic with { Line = line, Page = line is { } at ? PageOf(at) : null });
            }
        }

        RuleSet documentRules = DocumentRulesOf(rules);
        if (documentRules.Rules.Count > 0)
        {
            foreach (Diagnostic diagnostic in documentRules.Validate(Document))
            {
                Diagnostic placed = diagnostic.Line is null ? diagnostic with { Line = DocumentLineOf(diagnostic) } : diagnostic;
                found.Add(pages is null ? placed : WithPage(placed, pages));
            }
        }

        return [.. Diagnostics.Concat(found).OrderBy(d => d.Line ?? 0)];
    }

    private static Diagnostic WithPage(Diagnostic diagnostic, int[] pageOfLine) =>
        diagnostic.Line is { } line && line >= 1 && line <= pageOfLine.Length ? diagnostic with { Page = pageOfLine[line - 1] } : diagnostic;

    private static RuleSet DocumentRulesOf(RuleSet rules)
    {
        RuleSet set = RuleSet.Empty.WithProjection(rules.Projection);
        foreach (IValidationRule rule in rules.Rules)
        {
            if (rule is IDocumentRule)
            {
                set = set.With(rule).WithSeverity(rule.Id, rules.GetSeverity(rule));
            }
        }

        return set;
    }

    /// <summary>Places a finding about the whole document: at its path in the first form the message names, else at
    /// the first form.</summary>
    private int? DocumentLineOf(Diagnostic diagnostic)
    {
        foreach (RkaForm form in Document.Forms)
        {
            string code = form.KegiatanCodeText;
            if (code.Length > 0 && diagnostic.Message.Contains(code, StringComparison.Ordinal))
            {
                return LineOf(form, diagnostic.Path);
            }
        }

        return Document.Forms.Count > 0 ? LineOf(Document.Forms[0], diagnostic.Path) : null;
    }
}
