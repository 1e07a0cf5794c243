using System.Globalization;

namespace Rkaskpd.Resources;

/// <summary>
/// Formats the messages a user reads (diagnostics, parse errors, recap issues) from the resources, in the language of
/// <see cref="CultureInfo.CurrentUICulture"/> at the moment the message is made: Indonesian for <c>id</c> and
/// <c>id-ID</c>, English (the neutral resources) for every other culture.
/// </summary>
/// <remarks>
/// <para>To add a message: add a <c>&lt;data name="Key"&gt;</c> entry to <c>Resources/MessageResources.resx</c> (English) and
/// the same key to <c>Resources/MessageResources.id.resx</c> (Indonesian), with the same placeholders <c>{0}</c>..<c>{n}</c>;
/// then call <c>Message.Format(MessageResources.Key, args)</c>. The build generates the
/// <c>MessageResources.Key</c> property from the English file, so a key missing there does not compile, and
/// <c>MessageResourcesTests</c> fails when a key or a placeholder exists in one language only. Write the Indonesian as
/// a finance officer (BPKAD, Bappeda) writes it, with the forms' own terms (kode rekening, pagu, rincian, terbilang,
/// tahun anggaran, tolok ukur, target kinerja, "tertulis", "seharusnya", "tidak sesuai").</para>
/// <para>Arguments are formatted with the invariant culture: numbers and amounts read the same in either language,
/// and only the words change. Lookups go through <see cref="System.Resources.ResourceManager"/> over embedded
/// resources, which works trimmed and with Native AOT. In invariant-globalization mode a culture exists only when the
/// application allows it (<c>PredefinedCulturesOnly=false</c>) and then has no parent chain: <c>new CultureInfo("id")</c>
/// still finds the Indonesian messages, while <c>id-ID</c> (whose parent is then the invariant culture) gets English.</para>
/// </remarks>
internal static class Message
{
    /// <summary>Formats a message template with invariant formatting of its arguments.</summary>
    /// <param name="template">The template, one of the <see cref="MessageResources"/> properties.</param>
    /// <param name="args">The values of its placeholders.</param>
    /// <returns>The message.</returns>
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
