using System;
using System.Collections.Generic;
using System.Globalization;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA104</c> (warning): one kegiatan (on a form with a sub kegiatan, one sub kegiatan) has more than one form
/// in one document.</summary>
/// <remarks>
/// The RKA-SKPD 2.2.1 is one form per kegiatan, and SIPD's RKA one per sub kegiatan, so a second form of the same code is
/// a kegiatan typed with another's code or a form printed twice. Each form after the first is reported, at its code,
/// naming the forms by their place in the document (<c>form 3</c>), which the code alone cannot tell apart. Codes are
/// compared as read (a sub kegiatan's code when the form has one, else the kegiatan's); a form without a readable code is
/// left to RKA101.
/// </remarks>
public sealed class KegiatanRepeatedRule : IDocumentRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.KegiatanRepeated;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "One kegiatan (sub kegiatan) has more than one form in one document.";

    /// <inheritdoc/>
    public void Validate(RkaDocument document, RuleContext context)
    {
        var forms = new Dictionary<(SubKegiatanCode? SubKegiatan, KegiatanCode? Kegiatan), List<int>>();
        for (int i = 0; i < document.Forms.Count; i++)
        {
            if (KeyOf(document.Forms[i]) is not { } key)
            {
                continue;
            }

            if (!forms.TryGetValue(key, out List<int>? numbers))
            {
                numbers = [];
                forms.Add(key, numbers);
            }

            numbers.Add(i);
        }

        foreach (((SubKegiatanCode? subKegiatan, KegiatanCode? kegiatan), List<int> numbers) in forms)
        {
            if (numbers.Count < 2)
            {
                continue;
            }

            string key = subKegiatan?.ToString() ?? kegiatan.ToString()!;
            string listed = ListedForms.Join(numbers, n => (n + 1).ToString(CultureInfo.InvariantCulture));
            for (int j = 1; j < numbers.Count; j++)
            {
                RkaForm form = document.Forms[numbers[j]];
                bool sub = form.Header.SubKegiatan?.Code is not null;
                context.Report(form, sub ? ModelPaths.SubKegiatan : ModelPaths.Kegiatan, Message.Format(
                    sub ? MessageResources.Rka104SubKegiatan : MessageResources.Rka104Kegiatan,
                    key, numbers.Count, listed, numbers[j] + 1));
            }
        }
    }

    private static (SubKegiatanCode?, KegiatanCode?)? KeyOf(RkaForm form) =>
        form.Header.SubKegiatan?.Code is { } subKegiatan ? (subKegiatan, null)
        : form.Header.Kegiatan.Code is { } kegiatan ? (null, kegiatan)
        : null;
}
