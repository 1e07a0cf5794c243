using System;
using System.IO;
using System.IO.Compression;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>The decompressed bytes an Office package may still give, shared by all the parts read from it, and the
/// secure XML settings the parts are read with (no DTD, no external resolution). A part cut at the limit is read up to
/// there and remembered for the note.</summary>
internal sealed class PartBudget
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>Initializes a budget of <paramref name="limit"/> bytes.</summary>
    /// <param name="limit">The most decompressed bytes read over all parts.</param>
    public PartBudget(long limit)
    {
        Limit = limit;
        Remaining = limit;
    }

    /// <summary>Gets the budget's total.</summary>
    public long Limit { get; }

    /// <summary>Gets the bytes that may still be read.</summary>
    public long Remaining { get; private set; }

    /// <summary>Gets the name of the part cut at the limit, or null.</summary>
    public string? Cut { get; private set; }

    /// <summary>Marks the budget spent at <paramref name="part"/>: the text it would give passes the limit.</summary>
    /// <param name="part">The part's name.</param>
    public void MarkCut(string part) => Cut ??= part;

    /// <summary>Reads a part's XML with <paramref name="read"/>, within the budget. When the budget runs out inside the
    /// part, what was read is kept, <see cref="Cut"/> names the part, and no later part is read.</summary>
    /// <param name="entry">The part.</param>
    /// <param name="read">Reads the XML.</param>
    /// <returns>Whether the part was read whole.</returns>
    /// <exception cref="XmlException">The part is not well-formed XML (and was not cut by the limit).</exception>
    public bool Read(ZipArchiveEntry entry, Action<XmlReader> read) => Cut is null && Read(entry.Open(), entry.FullName, read);

    /// <summary>Reads XML from <paramref name="part"/> with <paramref name="read"/>, within the budget, as
    /// <see cref="Read(ZipArchiveEntry, Action{XmlReader})"/> does for a package part.</summary>
    /// <param name="part">The XML's bytes.</param>
    /// <param name="name">The part's name, for <see cref="Cut"/>.</param>
    /// <param name="read">Reads the XML.</param>
    /// <param name="leaveOpen">Whether <paramref name="part"/> stays open (it is disposed otherwise).</param>
    /// <returns>Whether the part was read whole.</returns>
    /// <exception cref="XmlException">The part is not well-formed XML (and was not cut by the limit).</exception>
    public bool Read(Stream part, string name, Action<XmlReader> read, bool leaveOpen = false)
    {
        if (Cut is not null)
        {
            if (!leaveOpen)
            {
                part.Dispose();
            }

            return false;
        }

        using var bounded = new BoundedStream(part, Remaining, leaveOpen);
        try
        {
            using XmlReader xml = XmlReader.Create(bounded, Settings);
            read(xml);
        }
        catch (XmlException) when (bounded.Truncated)
        {
        }

        Remaining = bounded.Remaining;
        if (bounded.Truncated)
        {
            Cut = name;
            return false;
        }

        return true;
    }
}
