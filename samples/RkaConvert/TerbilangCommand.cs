using System;
using System.CommandLine;
using System.IO;
using Rkaskpd;

namespace RkaConvert;

/// <summary>
/// <c>terbilang [amount ...]</c>: writes each amount's <c>terbilang</c> (the forms' style, ending in <c>RUPIAH</c>)
/// on its own line; without amounts, reads one amount a line from standard input until its end.
/// </summary>
internal static class TerbilangCommand
{
    /// <summary>Room for the longest terbilang of any <see cref="Rupiah"/> (about 300 characters).</summary>
    private const int WordsBufferLength = 1024;

    /// <summary>Builds the command.</summary>
    /// <param name="console">The run's streams: amounts are read from standard input when none is given, the words
    /// go to standard output and bad amounts to standard error.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleStreams console)
    {
        var amounts = new Argument<string[]>("amount")
        {
            Description = CliMessages.AmountArgument,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("terbilang", CliMessages.TerbilangDescription)
        {
            amounts,
        };
        command.SetAction(parsed =>
        {
            string[] given = parsed.GetValue(amounts) ?? [];
            return given.Length > 0
                ? FromArguments(given, console.Output, console.Error)
                : FromLines(console.InputText, console.Output, console.Error);
        });
        return command;
    }

    /// <summary>Writes the terbilang of each argument.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <param name="stdout">Where the words go.</param>
    /// <param name="stderr">Where bad amounts are reported.</param>
    /// <returns>0, or 1 when an amount was bad.</returns>
    internal static int FromArguments(string[] amounts, TextWriter stdout, TextWriter stderr)
    {
        Span<char> buffer = stackalloc char[WordsBufferLength];
        bool anyBad = false;
        for (int i = 0; i < amounts.Length; i++)
        {
            if (!TryWrite(amounts[i], buffer, stdout, out string? error))
            {
                anyBad = true;
                stderr.WriteLine(RkaConvertApp.Prefix + CliMessages.NotAnAmountArgument(i + 1, amounts[i], error));
            }
        }

        return anyBad ? RkaConvertApp.ExitFindings : RkaConvertApp.ExitOk;
    }

    /// <summary>Writes the terbilang of each non-empty line of the input.</summary>
    /// <param name="stdin">The input, one amount a line.</param>
    /// <param name="stdout">Where the words go.</param>
    /// <param name="stderr">Where bad lines are reported (line number and text); the run goes on.</param>
    /// <returns>0, or 1 when a line was bad.</returns>
    internal static int FromLines(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        Span<char> buffer = stackalloc char[WordsBufferLength];
        bool anyBad = false;
        long lineNumber = 0;
        while (stdin.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryWrite(line, buffer, stdout, out string? error))
            {
                anyBad = true;
                stderr.WriteLine(RkaConvertApp.Prefix + CliMessages.NotAnAmountLine(lineNumber, line, error));
            }
        }

        return anyBad ? RkaConvertApp.ExitFindings : RkaConvertApp.ExitOk;
    }

    private static bool TryWrite(string text, Span<char> buffer, TextWriter stdout, out string? error)
    {
        RupiahParseResult result = Rupiah.ParseDetailed(text);
        if (!result.TryGetValue(out Rupiah amount))
        {
            error = result.ErrorMessage;
            return false;
        }

        if (Terbilang.TryFormat(amount.Amount, buffer, out int written, TerbilangOptions.Rupiah))
        {
            stdout.Write(buffer[..written]);
            stdout.WriteLine();
        }
        else
        {
            stdout.WriteLine(amount.ToTerbilang());
        }

        error = null;
        return true;
    }
}
