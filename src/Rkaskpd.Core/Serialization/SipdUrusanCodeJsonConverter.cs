using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="SipdUrusanCode"/> as a JSON string in its canonical text (e.g. <c>1</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class SipdUrusanCodeJsonConverter() : CodeJsonConverter<SipdUrusanCode>("a 90/2019 urusan code", SipdUrusanCode.MaxFormattedLength);
