using System;
using System.Globalization;

namespace Rkaskpd.Tests;

/// <summary>Sets <see cref="CultureInfo.CurrentUICulture"/> (the language of messages) for a block of a test and
/// restores it on dispose: <c>using (UiCulture.Use("id")) { ... }</c>.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo previous;

    private UiCulture(CultureInfo culture)
    {
        previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Uses the named culture for messages until disposed.</summary>
    /// <param name="name">The culture name, e.g. <c>id</c>, <c>id-ID</c>, <c>en</c>.</param>
    /// <returns>The scope to dispose.</returns>
    public static UiCulture Use(string name) => new(new CultureInfo(name));

    /// <inheritdoc/>
    public void Dispose() => CultureInfo.CurrentUICulture = previous;
}
