namespace Rkaskpd.Text.HtmlPage;

/// <summary>How an element's style places it (<see cref="HtmlPlacement"/>).</summary>
internal enum HtmlPlacementKind
{
    /// <summary>In the flow of the page (no <c>position</c>, or one of no concern).</summary>
    None,

    /// <summary><c>position:absolute</c> with <c>top</c> and <c>left</c>: a text run placed on its page.</summary>
    Absolute,

    /// <summary><c>position:relative</c>: a container, such as <c>pdftohtml</c>'s page.</summary>
    Relative,
}
