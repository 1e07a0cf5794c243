using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Rkaskpd.Tests;

/// <summary>
/// Runs the whole suite under the culture named by the <c>RKASKPD_TEST_CULTURE</c> environment variable (e.g.
/// <c>tr-TR</c>, <c>ar-SA</c>, <c>id-ID</c>, <c>invariant</c>): a module initializer sets the current and default
/// thread cultures before any test runs. CI runs the suite once under <c>tr-TR</c> and once with
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>.
/// The UI culture, which chooses the language of messages, is always the invariant culture (English messages), so
/// tests that compare message texts pass under any requested culture and on a machine whose own language is
/// Indonesian; tests of the Indonesian messages set the UI culture themselves (<see cref="UiCulture"/>).
/// </summary>
internal static class TestCulture
{
    /// <summary>The environment variable naming the culture.</summary>
    public const string Variable = "RKASKPD_TEST_CULTURE";

    /// <summary>Gets the culture the suite runs under, or null when the variable is not set.</summary>
    public static CultureInfo? Requested { get; private set; }

#pragma warning disable CA2255 // A test assembly is the place for this initializer.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        string? name = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        CultureInfo culture = string.Equals(name, "invariant", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.InvariantCulture
            : CultureInfo.GetCultureInfo(name);
        Requested = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.CurrentCulture = culture;
    }
}
