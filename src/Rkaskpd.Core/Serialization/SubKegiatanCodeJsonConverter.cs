using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="SubKegiatanCode"/> as a JSON string in its canonical text (e.g. <c>1.02.02.2.02.0001</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class SubKegiatanCodeJsonConverter() : CodeJsonConverter<SubKegiatanCode>("a sub kegiatan code", SubKegiatanCode.MaxFormattedLength);
