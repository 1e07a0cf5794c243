using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="SkpdCode"/> as a JSON string in its canonical text (e.g. <c>1.02.0.00.0.00.01.0000</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class SkpdCodeJsonConverter() : CodeJsonConverter<SkpdCode>("an SKPD code", SkpdCode.MaxFormattedLength);
