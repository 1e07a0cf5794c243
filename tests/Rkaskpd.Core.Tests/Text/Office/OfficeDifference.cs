using System;
using System.Linq;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Names the first difference between reading form text and reading the Office file made from it: the model
/// (<see cref="FormDifference"/>), then every diagnostic after validation (code, severity, form, path, line and
/// message) apart from the one note saying how the file was read, which must be there once, as info.</summary>
internal static class OfficeDifference
{
    /// <summary>Returns the first difference, or an empty string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="file">The Office file's bytes.</param>
    /// <param name="readAs">The code of the note saying how the file was read (<c>RKA021</c> or <c>RKA022</c>).</param>
    public static string First(string text, byte[] file, string readAs)
    {
        RkaReadResult expected = RkaTextReader.Read(text);
        RkaReadResult actual = RkaTextReader.Read(file);
        string model = FormDifference.First(expected.Document, actual.Document, kakLineBreaks: true);
        if (model.Length > 0)
        {
            return model;
        }

        Diagnostic[] notes = [.. actual.Diagnostics.Where(d => d.Code == readAs)];
        if (notes.Length != 1 || notes[0].Severity != DiagnosticSeverity.Info)
        {
            return "expected one " + readAs + " info note, found " + string.Join(" | ", actual.Diagnostics);
        }

        return FormDifference.FirstFinding(expected, actual, readAs);
    }
}
