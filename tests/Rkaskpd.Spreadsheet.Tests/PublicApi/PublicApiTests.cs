using System;
using System.IO;
using PublicApiGenerator;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests.PublicApi;

/// <summary>
/// Keeps the whole public API of Rkaskpd.Spreadsheet under review: any change to it shows up as a diff of
/// <c>PublicApi.approved.txt</c>.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        string actual = typeof(RkaXlsxWriter).Assembly
            .GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Trim() + "\n";

        string folder = Path.Combine(FindProjectFolder(), "PublicApi");
        string approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        string receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        string approved = File.Exists(approvedPath)
            ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal)
            : string.Empty;

        if (approved == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(
            $"The public API changed. Review the difference between {approvedPath} and {receivedPath}; " +
            $"if it is intended, accept it with:{Environment.NewLine}  cp \"{receivedPath}\" \"{approvedPath}\"");
    }

    /// <summary>Walks up from the test binaries to the folder that holds the test project file.</summary>
    private static string FindProjectFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Rkaskpd.Spreadsheet.Tests.csproj")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException(
            $"Could not find Rkaskpd.Spreadsheet.Tests.csproj above {AppContext.BaseDirectory}.");
    }
}
