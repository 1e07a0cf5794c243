using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// The source lines the layout stage holds while it decides what they are, and the rows it has decided. A family
/// reader looks at the lines from the head on, emits rows and says how many head lines it consumed; it may also mark
/// a later line consumed (a values line paired with an earlier labels line). The window never holds more than
/// <see cref="MaxLines"/> lines: when it is full, the head is decided with what is there.
/// </summary>
internal sealed class LayoutWindow
{
    /// <summary>The most lines held at once; bounds every look-ahead, so the stage's work per line is constant.</summary>
    public const int MaxLines = 64;

    /// <summary>A family reader's answer: the head needs lines not read yet.</summary>
    public const int NeedMore = -1;

    /// <summary>A family reader's answer: the head is not of its family.</summary>
    public const int NotMine = 0;

    private readonly List<SourceLine> lines = new(8);
    private readonly List<bool> consumed = new(8);
    private readonly List<LogicalRow> output;

    // Lines before this index were removed from the head but are still in the lists: removing a head line moves this
    // index instead of shifting the lists (most lines pass through one at a time); the lists are emptied when the
    // window is, and shifted once the removed lines reach MaxLines, so they hold fewer than 2 * MaxLines lines.
    private int head;

    /// <summary>Initialises a window that emits into <paramref name="output"/>.</summary>
    public LayoutWindow(List<LogicalRow> output) => this.output = output;

    /// <summary>Gets the number of lines held.</summary>
    public int Count => lines.Count - head;

    /// <summary>Gets whether no more lines will come before the head is decided (end of text or a full window).</summary>
    public bool Final { get; set; }

    /// <summary>Gets the line at <paramref name="index"/> from the head.</summary>
    public SourceLine this[int index] => lines[head + index];

    /// <summary>Adds a line at the end.</summary>
    public void Add(SourceLine line)
    {
        lines.Add(line);
        consumed.Add(false);
    }

    /// <summary>Gets whether the line at <paramref name="index"/> was consumed out of order.</summary>
    public bool IsConsumed(int index) => consumed[head + index];

    /// <summary>Marks the line at <paramref name="index"/> consumed: it is dropped when it reaches the head.</summary>
    public void Consume(int index) => consumed[head + index] = true;

    /// <summary>Removes <paramref name="count"/> lines from the head.</summary>
    public void RemoveHead(int count)
    {
        head += count;
        if (head == lines.Count)
        {
            lines.Clear();
            consumed.Clear();
            head = 0;
        }
        else if (head >= MaxLines)
        {
            lines.RemoveRange(0, head);
            consumed.RemoveRange(0, head);
            head = 0;
        }
    }

    /// <summary>Returns the index of the first line from <paramref name="from"/> on that is neither blank nor consumed;
    /// -1 when the window ends first.</summary>
    public int NextNonBlank(int from)
    {
        for (int i = head + from; i < lines.Count; i++)
        {
            if (!consumed[i] && !lines[i].Is(LineShape.Blank))
            {
                return i - head;
            }
        }

        return -1;
    }

    /// <summary>Answers for a head that needs a line not in the window yet:
    /// <see cref="NeedMore"/>, or <see cref="NotMine"/> when no more lines will come.</summary>
    public int Missing() => Final ? NotMine : NeedMore;

    /// <summary>Emits a row.</summary>
    public void Emit(int line, string text) => output.Add(new LogicalRow(line, text));

    /// <summary>Emits a finding of the layout stage.</summary>
    public void Note(int line, string code, string message) => output.Add(new LogicalRow(line, message, code));
}
