using System.Diagnostics.CodeAnalysis;
using Rkaskpd.Codes;

namespace Rkaskpd.Text.Mapping;

/// <summary>Normalises a code as written into <typeparamref name="TCode"/> (the <see cref="CodeNormalizer"/> methods,
/// <see cref="SimdaCodes"/>); <paramref name="details"/> says what was changed.</summary>
/// <typeparam name="TCode">The code type.</typeparam>
/// <param name="text">The code as written.</param>
/// <param name="code">The code, when the text normalises.</param>
/// <param name="details">What the normalisation changed, when the text normalises.</param>
/// <returns>Whether the text normalises to a code.</returns>
internal delegate bool CodeNormaliser<TCode>(string? text, out TCode code, [NotNullWhen(true)] out CodeNormalization? details);
