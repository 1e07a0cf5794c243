using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="KegiatanCode"/> as a JSON string in its canonical text (e.g. <c>3.05.3.05.09.01.021</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class KegiatanCodeJsonConverter() : CodeJsonConverter<KegiatanCode>("a kegiatan code", KegiatanCode.MaxFormattedLength);
