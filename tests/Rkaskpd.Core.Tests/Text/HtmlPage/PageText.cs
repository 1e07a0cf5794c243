using Rkaskpd.Text.HtmlPage;

namespace Rkaskpd.Tests.Text.HtmlPage;

/// <summary>The text of an HTML page (or fragment) as <see cref="HtmlTextReader"/> reads it.</summary>
internal static class PageText
{
    /// <summary>Reads <paramref name="html"/> through a reader that hands over <paramref name="chunk"/> characters a call.</summary>
    public static string Of(string html, int chunk = 8192)
    {
        using var source = new ChunkedReader(html, chunk);
        char[] first = new char[8192];
        int length = source.Read(first, 0, first.Length);
        using var page = new HtmlTextReader(source, first, length, long.MaxValue);
        return page.ReadToEnd();
    }
}
