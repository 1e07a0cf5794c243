using System.Text;

namespace Rkaskpd.Text.Decoding;

/// <summary>
/// A decoder fallback that replaces each invalid byte sequence with U+FFFD, as the default does, and counts the
/// replacements so the reader can report them instead of changing the text silently. One instance serves one read.
/// </summary>
internal sealed class ReplacementCounter : DecoderFallback
{
    /// <summary>Gets the number of invalid byte sequences replaced so far.</summary>
    public int Count { get; private set; }

    /// <inheritdoc/>
    public override int MaxCharCount => 1;

    /// <inheritdoc/>
    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    /// <summary>Hands out one U+FFFD per invalid sequence and counts it.</summary>
    private sealed class Buffer(ReplacementCounter owner) : DecoderFallbackBuffer
    {
        private bool pending;

        public override int Remaining => pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Count++;
            pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!pending)
            {
                return '\0';
            }

            pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (pending)
            {
                return false;
            }

            pending = true;
            return true;
        }

        public override void Reset() => pending = false;
    }
}
