using Rkaskpd.Resources;
using Xunit;

namespace Rkaskpd.Tests.Resources;

/// <summary>Every message exists in English and Indonesian with the same placeholders.</summary>
public class MessageResourcesTests
{
    [Fact]
    public void Every_key_exists_in_both_languages() => MessageResourcesAssert.SameKeysAndPlaceholders(MessageResources.ResourceManager);

    [Fact]
    public void The_english_and_indonesian_sets_are_not_empty_and_differ() =>
        MessageResourcesAssert.Translated(MessageResources.ResourceManager, minimumTranslated: 100);
}
