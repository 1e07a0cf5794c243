using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="UrusanCode"/> as a JSON string in its canonical text (e.g. <c>3.05</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class UrusanCodeJsonConverter() : CodeJsonConverter<UrusanCode>("a urusan code", UrusanCode.MaxFormattedLength);
