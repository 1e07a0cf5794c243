using System;
using System.Buffers;
using System.IO;
using System.Text.Unicode;

namespace Rkaskpd.Text.Decoding;

/// <summary>Checks whether a stream's bytes are valid UTF-8, reading them in blocks (memory stays constant).</summary>
internal static class Utf8Validator
{
    private const int BlockLength = 1 << 16;

    /// <summary>Reads up to <paramref name="maxBytes"/> bytes from the stream's position and says whether they are
    /// valid UTF-8. A sequence cut by the <paramref name="maxBytes"/> boundary counts as valid (its rest is never
    /// read). The stream is left wherever reading stopped; the caller seeks back.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="maxBytes">The most bytes examined.</param>
    /// <returns>Whether no invalid sequence was found.</returns>
    /// <exception cref="IOException">The stream fails.</exception>
    public static bool IsValid(Stream stream, long maxBytes)
    {
        byte[] bytes = ArrayPool<byte>.Shared.Rent(BlockLength + 4);
        char[] chars = ArrayPool<char>.Shared.Rent(BlockLength + 4);
        try
        {
            int carried = 0;
            long remaining = maxBytes;
            while (true)
            {
                int wanted = (int)Math.Min(BlockLength, remaining);
                int read = wanted == 0 ? 0 : stream.Read(bytes, carried, wanted);
                remaining -= read;
                bool final = read == 0;
                int length = carried + read;
                OperationStatus status = Utf8.ToUtf16(
                    bytes.AsSpan(0, length), chars, out int consumed, out _, replaceInvalidSequences: false, isFinalBlock: final && remaining > 0);
                if (status == OperationStatus.InvalidData)
                {
                    return false;
                }

                if (final)
                {
                    // At the end of the stream an incomplete sequence is InvalidData above; at the byte limit it is
                    // never read whole, so it stands.
                    return true;
                }

                carried = length - consumed;
                bytes.AsSpan(consumed, carried).CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
