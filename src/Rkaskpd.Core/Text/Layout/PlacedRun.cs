namespace Rkaskpd.Text.Layout;

/// <summary>A run of text placed on a page by a PDF converter: a positioned <c>&lt;p&gt;</c> of <c>pdftohtml</c>, a
/// text frame of LibreOffice's PDF import. Coordinates are in the source's own unit (pixels, points, EMU), the same
/// for every run of a document; y grows down the page.</summary>
/// <param name="Page">The 1-based page.</param>
/// <param name="X">Where the run starts from the page's left.</param>
/// <param name="Y">The run's top from the page's top.</param>
/// <param name="Width">The run's width; 0 when the source does not say.</param>
/// <param name="Height">The run's font size or line height; 0 when the source does not say.</param>
/// <param name="Text">The run's text, one line.</param>
internal readonly record struct PlacedRun(int Page, double X, double Y, double Width, double Height, string Text)
{
    /// <summary>Gets whether the run is a text parted from the one before it by padding (see
    /// <see cref="PlacedRunLayout"/>): a cell of its own, however near its estimated place.</summary>
    public bool Parted { get; init; }
}
