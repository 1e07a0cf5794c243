using Rkaskpd.Codes;

namespace Rkaskpd.Serialization;

/// <summary>
/// Reads and writes a <see cref="ProgramCode"/> as a JSON string in its canonical text (e.g. <c>3.05.3.05.09.01</c>), also as a
/// property name; see <see cref="CodeJsonConverter{T}"/>.
/// </summary>
public sealed class ProgramCodeJsonConverter() : CodeJsonConverter<ProgramCode>("a program code", ProgramCode.MaxFormattedLength);
