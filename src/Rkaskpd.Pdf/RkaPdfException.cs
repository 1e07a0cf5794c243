using System;

namespace Rkaskpd.Pdf;

/// <summary>
/// The one exception <see cref="RkaPdfReader"/> throws for a file it cannot read at all: a broken or truncated file, an
/// encrypted one, or one without a text layer. A readable PDF whose text is not (wholly) an RKA form is not an
/// exception: the reader's diagnostics say what was wrong, as for text.
/// </summary>
public sealed class RkaPdfException : Exception
{
    /// <summary>Initializes a new instance with no details (<see cref="RkaPdfProblem.Broken"/>).</summary>
    public RkaPdfException()
        : this(RkaPdfProblem.Broken, "The PDF file cannot be read.")
    {
    }

    /// <summary>Initializes a new instance with a message (<see cref="RkaPdfProblem.Broken"/>).</summary>
    /// <param name="message">What is wrong.</param>
    public RkaPdfException(string message)
        : this(RkaPdfProblem.Broken, message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it
    /// (<see cref="RkaPdfProblem.Broken"/>).</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RkaPdfException(string message, Exception innerException)
        : this(RkaPdfProblem.Broken, message, innerException)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="problem">Why the file cannot be read.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The PDF library's exception, if any.</param>
    public RkaPdfException(RkaPdfProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>Gets why the file cannot be read.</summary>
    public RkaPdfProblem Problem { get; }
}
