using RkaConvert.Resources;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>Every CLI message exists in English and Indonesian with the same placeholders.</summary>
public class CliResourcesTests
{
    [Fact]
    public void Every_key_exists_in_both_languages() =>
        Rkaskpd.Tests.MessageResourcesAssert.SameKeysAndPlaceholders(CliResources.ResourceManager);

    [Fact]
    public void Most_messages_are_translated() =>
        Rkaskpd.Tests.MessageResourcesAssert.Translated(CliResources.ResourceManager, minimumTranslated: 25);
}
