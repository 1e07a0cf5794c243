namespace Rkaskpd.Text.Layout;

/// <summary>Where a stage in front of the layout stage hands its lines and findings (<see cref="LayoutNormaliser"/>
/// in the reader; a recorder in tests).</summary>
internal interface ILineTarget
{
    /// <summary>Adds the next line.</summary>
    /// <param name="text">The line.</param>
    /// <param name="line">Its 1-based source line number.</param>
    void Push(string text, int line);

    /// <summary>Adds a finding.</summary>
    /// <param name="line">The 1-based line it is about, or 0 for the document.</param>
    /// <param name="code">Its reader code.</param>
    /// <param name="message">Its message.</param>
    void Note(int line, string code, string message);
}
