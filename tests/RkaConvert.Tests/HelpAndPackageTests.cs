using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>Help names the command as installed, <c>--version</c> works, and the tool's package says what it does.</summary>
public class HelpAndPackageTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("convert", "--help")]
    [InlineData("recap", "--help")]
    public void Help_shows_the_command_as_rkaconvert(params string[] args)
    {
        AppResult result = AppRun.Of(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("rkaconvert", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("RkaConvert", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_help_offers_every_format_and_keeps_format_as_an_alias()
    {
        string help = AppRun.Of("recap", "--help").Stdout;

        Assert.Contains("--to", help, StringComparison.Ordinal);
        Assert.Contains("--format", help, StringComparison.Ordinal);
        Assert.Contains("text|json|markdown|html|xlsx", help, StringComparison.Ordinal);
        Assert.Contains("--output", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_a_version_and_exits_0()
    {
        AppResult result = AppRun.Of("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout.Trim());
    }

    [Fact]
    public void The_package_description_names_every_command_and_the_tool_rolls_forward()
    {
        XElement project = XElement.Load(ProjectFile());
        string description = project.Descendants("Description").Single().Value;

        Assert.All(new[] { "convert", "validate", "recap", "terbilang" }, command => Assert.Contains(command, description, StringComparison.Ordinal));
        Assert.Equal("Major", project.Descendants("RollForward").Single().Value);
        Assert.Equal("rkaconvert", project.Descendants("ToolCommandName").Single().Value);
    }

    private static string ProjectFile()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "samples", "RkaConvert", "RkaConvert.csproj");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/RkaConvert/RkaConvert.csproj not found above the test folder.");
    }
}
