using System;
using System.Collections.Generic;
using System.Text;
using Rkaskpd.Text.Layout;

namespace Rkaskpd.Text.HtmlPage;

/// <summary>
/// The text of a PDF converter's HTML page (<c>pdftohtml</c>): every text run an element placed with
/// <c>position:absolute;top:..;left:..</c>, every page a <c>position:relative</c> container. A browser's copy of such
/// a page gives a line a run, so <see cref="HtmlTextReader"/> hands the runs here instead of to
/// <see cref="HtmlTextLayout"/>; at each page's end they are laid out as <c>pdftotext -layout</c> writes a page
/// (<see cref="PlacedRunLayout"/>), a form feed before each page after the first, and written to the layout as
/// preformatted text. A page without placed runs never comes here, and only an element placed inside a page container
/// (a <c>position:relative</c> <c>&lt;div&gt;</c>, as pdftohtml writes each page) and not hidden starts a run: a web
/// page's one absolutely placed menu or dialog is read as the page's other text is.
/// </summary>
/// <remarks>A run's font size is its style's <c>font-size</c>, or its class's in the page's <c>&lt;style&gt;</c>
/// (<c>.ft10{font-size:24px;...}</c>; at most <see cref="MaxStyleText"/> characters of style text and
/// <see cref="MaxClasses"/> classes kept). A <c>&lt;br&gt;</c> in a run starts a line of its own below it. At most
/// <see cref="MaxPageRuns"/> runs are held; past that they are written out as a page.</remarks>
internal sealed class HtmlPlacedText
{
    /// <summary>The most characters of <c>&lt;style&gt;</c> text held for its font classes.</summary>
    public const int MaxStyleText = 1 << 16;

    /// <summary>The most font classes kept.</summary>
    public const int MaxClasses = 4096;

    /// <summary>The most runs held before they are written.</summary>
    public const int MaxPageRuns = 1 << 15;

    /// <summary>A browser's default font size, in CSS pixels.</summary>
    private const double DefaultFontSize = 16;

    private readonly HtmlTextLayout layout;
    private readonly Dictionary<string, double> classSizes = new(StringComparer.Ordinal);
    private readonly StringBuilder styleText = new();
    private readonly List<PlacedRun> runs = [];
    private readonly StringBuilder run = new();
    private string? runElement;
    private int runDepth;
    private int runLine;
    private double runTop;
    private double runLeft;
    private double runSize;
    private bool pendingSpace;

    /// <summary>The spaces a browser shows for the white space pending: each <c>&amp;nbsp;</c>, and one for any run of
    /// other white space.</summary>
    private int pendingWidth;
    private bool pendingCollapsible;
    private double knownSizes;
    private int knownSizeCount;
    private int containerDepth;
    private int pagesWritten;

    /// <summary>Initialises the runs of a page whose text goes to <paramref name="layout"/>.</summary>
    /// <param name="layout">The page's layout.</param>
    public HtmlPlacedText(HtmlTextLayout layout) => this.layout = layout;

    /// <summary>Gets whether a placed run is being read: its text goes to <see cref="Text(char)"/>.</summary>
    public bool InRun => runElement is not null;

    /// <summary>Gets whether any placed run was read (the page was read as a converter's).</summary>
    public bool Used { get; private set; }

    /// <summary>Takes a character of a <c>&lt;style&gt;</c> element's text.</summary>
    /// <param name="c">The character.</param>
    public void StyleChar(char c)
    {
        if (styleText.Length < MaxStyleText)
        {
            styleText.Append(c);
        }
    }

    /// <summary>The end of a <c>&lt;style&gt;</c> element: its text is kept (within <see cref="MaxStyleText"/>) until a
    /// run asks for a class's font size, so a page without placed runs never parses its styles.</summary>
    public void StyleEnd()
    {
        if (styleText.Length < MaxStyleText)
        {
            styleText.Append('\n');
        }
    }

    /// <summary>Takes a character of a run's text.</summary>
    /// <param name="c">The character.</param>
    public void Text(char c)
    {
        if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
        {
            pendingSpace = run.Length > 0;
            if (c == '\u00A0')
            {
                pendingWidth++;
                pendingCollapsible = false; // the white space after a non-breaking space shows as a space again
            }
            else if (!pendingCollapsible)
            {
                pendingCollapsible = true;
                pendingWidth++;
            }
        }
        else if (c != '\0')
        {
            if (pendingSpace)
            {
                // A word's space is one space; padding as wide as PlacedRunLayout's gap between two texts (groff's
                // "Capaian Program &#160; &#160; ... 40 %") keeps its width, so the layout can part the texts.
                run.Append(' ', pendingWidth >= PlacedRunLayout.PaddingSpaces ? pendingWidth : 1);
                pendingSpace = false;
            }

            pendingWidth = 0;
            pendingCollapsible = false;
            run.Append(c);
        }
    }

    /// <summary>Takes a tag: starts or ends a run or a page. Returns whether the tag is the run's (not the layout's).</summary>
    /// <param name="tag">The tag just read.</param>
    /// <param name="element">Its element's name.</param>
    /// <returns>Whether the tag was taken here.</returns>
    public bool Tag(HtmlTag tag, ReadOnlySpan<char> element)
    {
        if (runElement is not null)
        {
            if (element.SequenceEqual(runElement))
            {
                runDepth += tag.IsEnd ? -1 : tag.SelfClosing ? 0 : 1;
                if (runDepth == 0)
                {
                    EndLine();
                    runElement = null;
                }
            }
            else if (element.SequenceEqual("br"))
            {
                EndLine();
                runLine++;
            }

            return true;
        }

        bool div = element.SequenceEqual("div");
        if (!tag.IsEnd && tag.Placement.Kind == HtmlPlacementKind.Absolute && !tag.SelfClosing && !tag.Hidden
            && containerDepth > 0 && (div || element.SequenceEqual("p") || element.SequenceEqual("span")))
        {
            Used = true;
            runElement = div ? "div" : element.SequenceEqual("p") ? "p" : "span";
            runDepth = 1;
            runLine = 0;
            runTop = tag.Placement.Top;
            runLeft = tag.Placement.Left;
            runSize = tag.Placement.FontSize > 0 ? tag.Placement.FontSize : SizeOfClass(tag.Class);
            return true;
        }

        if (div && !tag.SelfClosing)
        {
            if (!tag.IsEnd && tag.Placement.Kind == HtmlPlacementKind.Relative && containerDepth == 0)
            {
                Flush(); // runs placed before the first page container are a page of their own
                containerDepth = 1;
            }
            else if (containerDepth > 0)
            {
                containerDepth += tag.IsEnd ? -1 : 1;
                if (containerDepth == 0)
                {
                    Flush();
                }
            }
        }

        return false;
    }

    /// <summary>Writes the runs held as a page: laid out, after a form feed when a page came before.</summary>
    public void Flush()
    {
        if (runElement is not null)
        {
            EndLine();
            runElement = null;
        }

        if (runs.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        if (pagesWritten++ > 0)
        {
            text.Append('\f');
        }

        PlacedRunLayout.Write(runs, text, partPadding: true);
        runs.Clear();
        layout.PreStart();
        foreach (ReadOnlyMemory<char> chunk in text.GetChunks())
        {
            foreach (char c in chunk.Span)
            {
                layout.Text(c);
            }
        }

        layout.PreEnd();
    }

    /// <summary>Ends the run's current line: it becomes a run of its own, a line below the one before for each
    /// <c>&lt;br&gt;</c>.</summary>
    private void EndLine()
    {
        if (run.Length > 0)
        {
            // A class the page's styles do not define (pdftohtml reuses a font of an earlier page under a new
            // class name) has the mean size of the runs before; with none, the browsers' default of 16 pixels.
            if (runSize > 0 && runLine == 0)
            {
                knownSizes += runSize;
                knownSizeCount++;
            }

            double size = runSize > 0 ? runSize : knownSizeCount > 0 ? knownSizes / knownSizeCount : DefaultFontSize;
            double step = size * 1.2;
            runs.Add(new PlacedRun(1, runLeft, runTop + (runLine * step), 0, size, run.ToString()));
            if (runs.Count >= MaxPageRuns)
            {
                string? open = runElement;
                runElement = null;
                Flush();
                runElement = open;
            }
        }

        run.Clear();
        pendingSpace = false;
        pendingWidth = 0;
        pendingCollapsible = false;
    }

    private double SizeOfClass(ReadOnlySpan<char> name)
    {
        if (styleText.Length > 0)
        {
            ReadClassSizes(styleText.ToString());
            styleText.Clear();
        }

        foreach (Range range in name.Split(' '))
        {
            if (classSizes.TryGetValue(name[range].ToString(), out double size))
            {
                return size;
            }
        }

        return 0;
    }

    /// <summary>Notes the font size of each simple class rule (<c>.ft10{font-size:24px;...}</c>).</summary>
    private void ReadClassSizes(string css)
    {
        int at = 0;
        while (classSizes.Count < MaxClasses && (at = css.IndexOf('.', at)) >= 0)
        {
            int open = css.IndexOf('{', at);
            int close = open < 0 ? -1 : css.IndexOf('}', open);
            if (close < 0)
            {
                return;
            }

            int bodyEnd = css.IndexOf('}', at, open - at);
            if (bodyEnd >= 0)
            {
                at = bodyEnd + 1; // the dot was in an earlier rule's body (margin:.5em): the next rule starts after it
                continue;
            }

            string name = css[(at + 1)..open].Trim().ToLowerInvariant();
            ReadOnlySpan<char> body = css.AsSpan(open + 1, close - open - 1);
            int size = body.IndexOf("font-size:", StringComparison.OrdinalIgnoreCase);
            if (size >= 0 && name.Length > 0 && name.AsSpan().IndexOfAny(" ,:>.") < 0)
            {
                ReadOnlySpan<char> value = body[(size + 10)..];
                int end = value.IndexOf(';');
                double px = HtmlPlacement.Length((end >= 0 ? value[..end] : value).Trim());
                if (!double.IsNaN(px) && px > 0)
                {
                    classSizes[name] = px;
                }
            }

            at = close + 1;
        }
    }
}
