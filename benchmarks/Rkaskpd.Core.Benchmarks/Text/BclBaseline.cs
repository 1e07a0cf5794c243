using System.IO;

namespace Rkaskpd.Benchmarks.Text;

/// <summary>The BCL floor the text benchmarks are measured against: reading a text line by line.</summary>
internal static class BclBaseline
{
    /// <summary>Counts the lines of <paramref name="text"/> with <see cref="StringReader.ReadLine"/>.</summary>
    public static int CountLines(string text)
    {
        using var reader = new StringReader(text);
        int lines = 0;
        while (reader.ReadLine() is not null)
        {
            lines++;
        }

        return lines;
    }
}
