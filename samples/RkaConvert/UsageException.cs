using System;

namespace RkaConvert;

/// <summary>
/// Unreadable input or bad usage: the message (one line, saying what to do) goes to standard error and the exit code
/// is 2.
/// </summary>
internal sealed class UsageException : Exception
{
    /// <summary>Initializes a new instance with the message for the user.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the message for the user and the underlying failure.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The underlying failure.</param>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with no message (required by the exception pattern).</summary>
    public UsageException()
    {
    }
}
