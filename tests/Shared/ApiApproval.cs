using System;
using System.IO;
using System.Reflection;
using PublicApiGenerator;
using Xunit;

namespace Rkaskpd.Testing;

/// <summary>
/// Approval of an assembly's public API: compares it with <c>PublicApi/PublicApi.approved.txt</c> in the test project
/// and, on a difference, writes <c>PublicApi.received.txt</c> beside it and fails with the command that accepts it.
/// Linked into every test project that keeps an API under review.
/// </summary>
internal static class ApiApproval
{
    /// <summary>Checks the public API of <paramref name="assembly"/> against the approved file.</summary>
    /// <param name="assembly">The assembly under review.</param>
    /// <param name="projectFileName">The test project's file name, found by walking up from the test binaries.</param>
    public static void Verify(Assembly assembly, string projectFileName)
    {
        string actual = assembly
            .GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Trim() + "\n";

        string folder = Path.Combine(FindProjectFolder(projectFileName), "PublicApi");
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

    private static string FindProjectFolder(string projectFileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, projectFileName)))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException($"Could not find {projectFileName} above {AppContext.BaseDirectory}.");
    }
}
