using System.IO;
using System.Text;

namespace RkaConvert.Tests;

/// <summary>Runs the app in-process and captures its streams.</summary>
internal static class AppRun
{
    public static AppResult WithInput(string stdin, params string[] args) => WithInputBytes(Encoding.UTF8.GetBytes(stdin), args);

    public static AppResult WithInputBytes(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin, writable: false);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = RkaConvertApp.Run(args, input, output, error);
        byte[] bytes = output.ToArray();
        return new AppResult(code, Encoding.UTF8.GetString(bytes), error.ToString(), bytes);
    }

    public static AppResult Of(params string[] args) => WithInput(string.Empty, args);
}

/// <summary>What one run produced.</summary>
internal sealed record AppResult(int ExitCode, string Stdout, string Stderr, byte[] StdoutBytes)
{
    public string[] StdoutLines => Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);

    public string[] StderrLines => Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
}
