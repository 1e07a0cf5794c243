using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="BidangUrusanCode"/> as a JSON string in its canonical text (e.g. <c>1.02</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class BidangUrusanCodeJsonConverter() : CodeJsonConverter<BidangUrusanCode>("a bidang urusan code", BidangUrusanCode.MaxFormattedLength);
