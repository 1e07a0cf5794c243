using System;
using Rkaskpd.Text.Sections;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// A page footer written on two lines: the form's name and code (<c>RKA - Rincian Belanja Sub Kegiatan
/// 1.02.02.2.02.0011</c>), then the page number alone (<c>Halaman 1 dari 2</c>), as MuPDF writes SIPD's footer, whose
/// two texts share a baseline but are far apart. Joined, it is the one footer line a print shows, which the scanner
/// reads as a page break (<see cref="ClosingBlock.IsPageFooter"/>); apart, the form's name was read as a line of the
/// table it interrupts.
/// </summary>
internal static class PageFooterLines
{
    /// <summary>The longest line taken for the form's name in a footer.</summary>
    private const int MaxNameLength = 120;

    /// <summary>The characters of a code: digits and dots.</summary>
    private static readonly System.Buffers.SearchValues<char> CodeCharacters = System.Buffers.SearchValues.Create("0123456789.");

    /// <summary>Joins a form's name at the window's head with the page number right under it; returns the lines consumed
    /// or a window answer.</summary>
    public static int TryJoin(LayoutWindow w)
    {
        ReadOnlySpan<char> head = w[0].Text.AsSpan().Trim();
        if (head.Length is 0 or > MaxNameLength || !NamesForm(head) || !EndsWithLongCode(head))
        {
            return LayoutWindow.NotMine;
        }

        if (w.Count < 2)
        {
            return w.Final ? LayoutWindow.NotMine : LayoutWindow.NeedMore;
        }

        ReadOnlySpan<char> next = w[1].Text.AsSpan().Trim();
        if (w.IsConsumed(1) || !next.StartsWith("Hal", StringComparison.OrdinalIgnoreCase))
        {
            return LayoutWindow.NotMine;
        }

        string page = next.ToString();
        if (!ClosingBlock.IsPageFooter(page, indented: true))
        {
            return LayoutWindow.NotMine;
        }

        string footer = string.Concat(head, " ", page);
        if (!ClosingBlock.IsPageFooter(footer, indented: false))
        {
            return LayoutWindow.NotMine;
        }

        w.Emit(w[0].Line, footer);
        return 2;
    }

    /// <summary>Whether a line ends with the code of the kegiatan or sub kegiatan the footer names (three dots or more:
    /// <c>1.02.02.2.02.0011</c>), which the form's own title line (<c>RKA - SKPD 2.2.1</c>) never has.</summary>
    private static bool EndsWithLongCode(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> code = line[(line.LastIndexOf(' ') + 1)..];
        return code.Count('.') >= 3 && !code.ContainsAnyExcept(CodeCharacters);
    }

    /// <summary>Whether a line starts as a footer names its form: <c>RKA</c>, <c>DPA</c> or <c>Formulir</c>.</summary>
    private static bool NamesForm(ReadOnlySpan<char> line) =>
        line.StartsWith("RKA", StringComparison.OrdinalIgnoreCase) || line.StartsWith("DPA", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("DPPA", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Formulir", StringComparison.OrdinalIgnoreCase);
}
