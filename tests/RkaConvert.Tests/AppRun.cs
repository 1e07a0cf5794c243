using System.IO;

namespace RkaConvert.Tests;

/// <summary>Runs the app in-process and captures its streams.</summary>
internal static class AppRun
{
    public static AppResult WithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = RkaConvertApp.Run(args, input, output, error);
        return new AppResult(code, output.ToString(), error.ToString());
    }

    public static AppResult Of(params string[] args) => WithInput(string.Empty, args);
}

/// <summary>What one run produced.</summary>
internal sealed record AppResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);

    public string[] StderrLines => Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
}
