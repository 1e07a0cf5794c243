using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="OrganisasiCode"/> as a JSON string in its canonical text (e.g. <c>3.05.09</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class OrganisasiCodeJsonConverter() : CodeJsonConverter<OrganisasiCode>("an organisasi code", OrganisasiCode.MaxFormattedLength);
