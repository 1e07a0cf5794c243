using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads the headings of a perubahan (amended budget) form outside its tables (<c>Sebelum Perubahan</c>,
/// <c>Sebelum dan Sesudah Perubahan</c>): the first is kept as the form's evidence of being revised, each is kept as
/// written with the form's raw lines, and this reader owns whether one named both columns (the next rincian table then
/// prints before and after cells).</summary>
internal sealed class PerubahanHeading
{
    /// <summary>Gets a value indicating whether a heading of the open form named both the before and the after columns.</summary>
    public bool BeforeAndAfter { get; private set; }

    /// <summary>Forgets the headings read (a new form).</summary>
    public void Reset() => BeforeAndAfter = false;

    /// <summary>Reads a trimmed row when it is a perubahan heading (<see cref="SectionStarts.IsPerubahanHeading"/>).</summary>
    public bool TryRead(RawFormBuilder current, string trimmed, int line)
    {
        if (!SectionStarts.IsPerubahanHeading(trimmed))
        {
            return false;
        }

        current.RevisedEvidence ??= new RawLine(line, trimmed);
        BeforeAndAfter |= IsBeforeAndAfter(trimmed);
        current.UnrecognisedLines.Add(new RawLine(line, trimmed));
        return true;
    }
}
