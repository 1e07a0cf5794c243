namespace Rkaskpd.Text.Sections;

/// <summary>A run of lines the scanner passes over without reading (lines outside any form, a form's closing block):
/// counted while they last, then reported once as one note naming the first and last line.</summary>
internal sealed class LineRun
{
    private int first;
    private int last;
    private int count;

    /// <summary>Adds a line to the run.</summary>
    public void Add(int line)
    {
        if (count == 0)
        {
            first = line;
        }

        last = line;
        count++;
    }

    /// <summary>Ends the run: returns false when it is empty, otherwise its first and last line and its size.</summary>
    public bool TryTake(out int firstLine, out int lastLine, out int lines)
    {
        firstLine = first;
        lastLine = last;
        lines = count;
        count = 0;
        return lines > 0;
    }
}
