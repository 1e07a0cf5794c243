using FsCheck;
using FsCheck.Fluent;

namespace Rkaskpd.Tests.Reliability;

/// <summary>FsCheck arbitraries of hostile text for the reliability properties.</summary>
public static class ReliabilityArbitraries
{
    /// <summary>Random strings, random bytes decoded as UTF-8 or Latin-1, and the seed with random edits, in
    /// about equal shares.</summary>
    public static Arbitrary<HostileText> HostileTexts()
    {
        Gen<HostileText> strings = ArbMap.Default.GeneratorFor<string>()
            .Select(s => new HostileText("random string", s ?? string.Empty));
        Gen<HostileText> utf8 = ArbMap.Default.GeneratorFor<byte[]>().Select(HostileText.FromUtf8);
        Gen<HostileText> latin1 = ArbMap.Default.GeneratorFor<byte[]>().Select(HostileText.FromLatin1);
        Gen<HostileText> mutated = Text.MangledDocument.Edits.Select(HostileText.MutatedSeed);
        return Gen.OneOf(strings, utf8, latin1, mutated).ToArbitrary();
    }
}
