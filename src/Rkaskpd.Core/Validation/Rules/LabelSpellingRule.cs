using Rkaskpd.Utility;
using System;
using System.Collections.Generic;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA402</c> (warning): a KAK heading or a header label is misspelled (<c>Layat Belakang</c> for
/// <c>Latar Belakang</c>, <c>Kegiatn</c> for <c>Kegiatan</c>); the message names the correction.
/// </summary>
/// <remarks>
/// Labels are compared by their letters, ignoring case, spacing and punctuation; a label within two edits of a
/// canonical label (one for short labels) but not equal to any accepted variant counts as misspelled.
/// </remarks>
public sealed class LabelSpellingRule : IFormRule
{
    private static readonly (string Key, string Canonical)[] HeaderLabels =
    [
        ("urusanpemerintahan", "Urusan Pemerintahan"),
        ("organisasi", "Organisasi"),
        ("program", "Program"),
        ("kegiatan", "Kegiatan"),
    ];

    private static readonly HashSet<string> AcceptedVariants = new(StringComparer.Ordinal)
    {
        "urusan", "urusanpemerintahan", "bidangurusan", "bidangurusanpemerintahan", "organisasi", "unitorganisasi",
        "skpd", "opd", "program", "kegiatan", "subkegiatan",
    };

    /// <inheritdoc/>
    public string Id => RuleIds.LabelMisspelled;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "A KAK heading or header label is misspelled.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        CheckHeader(form, context, ModelPaths.Urusan, form.Header.Urusan.Label);
        CheckHeader(form, context, ModelPaths.Organisasi, form.Header.Organisasi.Label);
        CheckHeader(form, context, ModelPaths.Program, form.Header.Program.Label);
        CheckHeader(form, context, ModelPaths.Kegiatan, form.Header.Kegiatan.Label);

        if (form.Kak is { } kak)
        {
            foreach (KakSection section in kak.Sections)
            {
                if (section.IsHeadingMisspelled)
                {
                    context.Report(form, ModelPaths.KakSection(section.Kind),
                        Message.Format(MessageResources.Rka402Heading, section.Heading!.Trim().TrimEnd(':').Trim(), KakHeadings.GetCanonicalHeading(section.Kind)));
                }
            }
        }
    }

    private static void CheckHeader(RkaForm form, RuleContext context, string path, string label)
    {
        string key = Key(label);
        if (key.Length == 0 || AcceptedVariants.Contains(key))
        {
            return;
        }

        foreach ((string canonicalKey, string canonical) in HeaderLabels)
        {
            int allowed = canonicalKey.Length <= 5 ? 0 : canonicalKey.Length <= 9 ? 1 : 2;
            if (allowed > 0 && EditDistance.Bounded(key, canonicalKey, allowed) <= allowed)
            {
                context.Report(form, path, Message.Format(MessageResources.Rka402Label, label.Trim(), canonical));
                return;
            }
        }
    }

    private static string Key(string label)
    {
        Span<char> buffer = stackalloc char[40];
        int length = 0;
        foreach (char c in label)
        {
            if (char.IsLetter(c))
            {
                if (length == buffer.Length)
                {
                    return string.Empty;
                }

                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
