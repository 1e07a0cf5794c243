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
    /// <param name="stdin">Where amounts are read from when none is given.</param>
    /// <param name="stdout">Where the words go.</param>
    /// <param name="stderr">Where bad amounts are reported.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var amounts = new Argument<string[]>("amount")
        {
            Description = "Amounts in any spelling the forms use (551.204.390,00, Rp. 73.246.000,-, 32 500 000,00, 120877500). " +
                "Put -- before a negative amount (terbilang -- -1.000,00). " +
                "Without amounts, one amount a line is read from standard input; empty lines are skipped.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("terbilang", "Writes each amount in words as the forms do (... RUPIAH). Exit code 1 when an amount could not be read.")
        {
            amounts,
        };
        command.SetAction(parsed =>
        {
            string[] given = parsed.GetValue(amounts) ?? [];
            return given.Length > 0 ? FromArguments(given, stdout, stderr) : FromLines(stdin, stdout, stderr);
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
                stderr.WriteLine($"rkaconvert: argument {i + 1} '{amounts[i]}' is not an amount: {error} Write it like 551.204.390,00 or 120877500.");
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
                stderr.WriteLine($"rkaconvert: line {lineNumber} '{line}' is not an amount: {error} Write one amount a line, like 551.204.390,00 or 120877500.");
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
