using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="RekeningCode"/> as a JSON string in its canonical text (e.g. <c>5.1.02.01.01.0052</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class RekeningCodeJsonConverter() : CodeJsonConverter<RekeningCode>("a kode rekening", RekeningCode.MaxFormattedLength);
