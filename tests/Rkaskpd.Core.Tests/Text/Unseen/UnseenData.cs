using System;
using System.IO;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>The documents of <c>tests/data/unseen</c> (copied next to the test assembly) and the corpus texts their
/// expected files may name.</summary>
internal static class UnseenData
{
    /// <summary>The path of a file of <c>tests/data/unseen</c>, or of the corpus when <paramref name="fileName"/>
    /// starts with <c>corpus/</c>.</summary>
    public static string PathOf(string fileName) => fileName.StartsWith("corpus/", StringComparison.Ordinal)
        ? TestData.CorpusPath(fileName["corpus/".Length..])
        : Path.Combine(AppContext.BaseDirectory, "Data", "unseen", fileName);

    /// <summary>The bytes of a document, unchanged.</summary>
    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));
}
