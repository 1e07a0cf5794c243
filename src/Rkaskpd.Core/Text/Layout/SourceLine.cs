namespace Rkaskpd.Text.Layout;

/// <summary>A source line waiting in the layout stage's window, with its shape computed once on arrival.</summary>
/// <param name="Line">The 1-based source line number.</param>
/// <param name="Text">The line as read.</param>
/// <param name="Shape">What the line looks like.</param>
/// <param name="Lead">The number of leading white-space characters.</param>
/// <param name="Cells">The number of cells separated by runs of two or more spaces (fixed-width columns).</param>
internal readonly record struct SourceLine(int Line, string Text, LineShape Shape, int Lead, int Cells)
{
    /// <summary>Gets whether the line has every shape in <paramref name="shape"/>.</summary>
    public bool Is(LineShape shape) => (Shape & shape) == shape;

    /// <summary>Gets whether the line has any shape in <paramref name="shapes"/>.</summary>
    public bool IsAny(LineShape shapes) => (Shape & shapes) != 0;
}
