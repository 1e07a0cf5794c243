using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="SipdKegiatanCode"/> as a JSON string in its canonical text (e.g. <c>1.02.02.2.02</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class SipdKegiatanCodeJsonConverter() : CodeJsonConverter<SipdKegiatanCode>("a 90/2019 kegiatan code", SipdKegiatanCode.MaxFormattedLength);
