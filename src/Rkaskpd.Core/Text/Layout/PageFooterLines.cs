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

    /// <summary>Joins a form's name at the window's head with the page number right under it; returns the lines consumed
    /// or a window answer.</summary>
    public static int TryJoin(LayoutWindow w)
    {
        ReadOnlySpan<char> head = w[0].Text.AsSpan().Trim();
        if (head.Length is 0 or > MaxNameLength || !NamesForm(head))
        {
            return LayoutWindow.NotMine;
        }

        if (w.Count < 2)
        {
            return w.Final ? LayoutWindow.NotMine : LayoutWindow.NeedMore;
        }

        string page = w[1].Text.Trim();
        if (w.IsConsumed(1) || !page.StartsWith("Hal", StringComparison.OrdinalIgnoreCase)
            || !ClosingBlock.IsPageFooter(page, indented: true))
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

    /// <summary>Whether a line starts as a footer names its form: <c>RKA</c>, <c>DPA</c> or <c>Formulir</c>.</summary>
    private static bool NamesForm(ReadOnlySpan<char> line) =>
        line.StartsWith("RKA", StringComparison.OrdinalIgnoreCase) || line.StartsWith("DPA", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("DPPA", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Formulir", StringComparison.OrdinalIgnoreCase);
}
