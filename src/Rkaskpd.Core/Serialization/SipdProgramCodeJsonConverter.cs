using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="SipdProgramCode"/> as a JSON string in its canonical text (e.g. <c>1.02.02</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class SipdProgramCodeJsonConverter() : CodeJsonConverter<SipdProgramCode>("a 90/2019 program code", SipdProgramCode.MaxFormattedLength);
