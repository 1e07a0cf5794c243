namespace Rkaskpd.Validation;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing, nothing to mend (e.g. an unusual but readable notation).</summary>
    Info = 0,

    /// <summary>Probably a slip or a departure from a convention; the form is still usable.</summary>
    Warning = 1,

    /// <summary>The form is wrong: an amount, a code or a required part does not hold.</summary>
    Error = 2,
}
