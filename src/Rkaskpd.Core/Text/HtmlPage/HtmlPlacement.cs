using System;
using System.Globalization;

namespace Rkaskpd.Text.HtmlPage;

/// <summary>Where an element's <c>style</c> places it: <c>position:absolute</c> with <c>top</c> and <c>left</c> (a
/// text run of a PDF converter's page, <c>pdftohtml</c>'s <c>&lt;p style="position:absolute;top:276px;left:241px"&gt;</c>),
/// or <c>position:relative</c> (the page's container, <c>&lt;div id="page1-div" style="position:relative;..."&gt;</c>).</summary>
/// <param name="Kind">How the element is placed.</param>
/// <param name="Top">Its top, in CSS pixels (points are converted), for an absolute place.</param>
/// <param name="Left">Its left, in CSS pixels, for an absolute place.</param>
/// <param name="FontSize">Its <c>font-size</c> in CSS pixels; 0 when the style names none.</param>
internal readonly record struct HtmlPlacement(HtmlPlacementKind Kind, double Top, double Left, double FontSize)
{
    /// <summary>No place of its own.</summary>
    public static HtmlPlacement None => default;

    /// <summary>Reads a style value held without white space and in lower case.</summary>
    /// <param name="style">The style (<c>position:absolute;top:276px;left:241px;white-space:nowrap</c>).</param>
    /// <returns>The place.</returns>
    public static HtmlPlacement Of(ReadOnlySpan<char> style)
    {
        if (!style.Contains("position:", StringComparison.Ordinal))
        {
            return None; // the ordinary page: one search of a short string
        }

        double top = double.NaN;
        double left = double.NaN;
        double size = 0;
        HtmlPlacementKind kind = HtmlPlacementKind.None;
        foreach (Range range in style.Split(';'))
        {
            ReadOnlySpan<char> declaration = style[range];
            int colon = declaration.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            ReadOnlySpan<char> name = declaration[..colon];
            ReadOnlySpan<char> value = declaration[(colon + 1)..];
            if (name.SequenceEqual("position"))
            {
                kind = value.SequenceEqual("absolute") ? HtmlPlacementKind.Absolute
                    : value.SequenceEqual("relative") ? HtmlPlacementKind.Relative : HtmlPlacementKind.None;
            }
            else if (name.SequenceEqual("top"))
            {
                top = Length(value);
            }
            else if (name.SequenceEqual("left"))
            {
                left = Length(value);
            }
            else if (name.SequenceEqual("font-size"))
            {
                size = Math.Max(0, Length(value) is var s && double.IsNaN(s) ? 0 : s);
            }
        }

        if (kind == HtmlPlacementKind.Absolute && (double.IsNaN(top) || double.IsNaN(left)))
        {
            kind = HtmlPlacementKind.None; // a positioned shape without both offsets (Word's text boxes) is no run
        }

        return kind == HtmlPlacementKind.None ? None : new HtmlPlacement(kind, top, left, size);
    }

    /// <summary>Reads a CSS length in pixels or points (as pixels); NaN for anything else.</summary>
    /// <param name="value">The value (<c>276px</c>, <c>12pt</c>, <c>0</c>).</param>
    /// <returns>The length in CSS pixels.</returns>
    public static double Length(ReadOnlySpan<char> value)
    {
        double factor = 1;
        if (value.EndsWith("px", StringComparison.Ordinal))
        {
            value = value[..^2];
        }
        else if (value.EndsWith("pt", StringComparison.Ordinal))
        {
            value = value[..^2];
            factor = 4.0 / 3;
        }
        else if (!value.SequenceEqual("0"))
        {
            return double.NaN;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number)
            ? number * factor : double.NaN;
    }
}
