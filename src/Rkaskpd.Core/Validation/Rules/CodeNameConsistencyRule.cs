using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA103</c> (warning): one code carries different names in one document.</summary>
/// <remarks>
/// Names are compared ignoring case and runs of white space, so <c>Pelayanan  Administrasi</c> and
/// <c>PELAYANAN ADMINISTRASI</c> are the same name. One diagnostic per code, naming every name and the forms that carry it
/// by their place in the document and their kegiatan (<c>form 3 (2.01.2.01.01.19.002)</c>: one kegiatan code may head two
/// forms, RKA104).
/// </remarks>
public sealed class CodeNameConsistencyRule : IDocumentRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.CodeNameMismatch;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "One code carries different names in one document.";

    /// <inheritdoc/>
    public void Validate(RkaDocument document, RuleContext context)
    {
        Check(document, context, "urusan", ModelPaths.Urusan, static f => f.Header.Urusan);
        Check(document, context, "organisasi", ModelPaths.Organisasi, static f => f.Header.Organisasi);
        Check(document, context, "program", ModelPaths.Program, static f => f.Header.Program);
        Check(document, context, "kegiatan", ModelPaths.Kegiatan, static f => f.Header.Kegiatan);
    }

    /// <remarks>Forms are grouped by the code itself (equal codes are the codes written alike), so no code is written
    /// out unless it is reported.</remarks>
    private static void Check<TCode>(
        RkaDocument document,
        RuleContext context,
        string level,
        string path,
        Func<RkaForm, HeaderField<TCode>> field)
        where TCode : struct, IEquatable<TCode>
    {
        // code -> (normalised name -> (name as first written, forms by their index)); a form is written out only when reported
        var names = new Dictionary<TCode, Dictionary<string, (string Written, List<int> Forms)>>();
        for (int index = 0; index < document.Forms.Count; index++)
        {
            RkaForm form = document.Forms[index];
            HeaderField<TCode> header = field(form);
            string written = header.Name.Trim();
            if (header.Code is not { } key || written.Length == 0)
            {
                continue;
            }

            if (!names.TryGetValue(key, out var byName))
            {
                byName = new Dictionary<string, (string, List<int>)>(StringComparer.Ordinal);
                names.Add(key, byName);
            }

            string normalised = Normalise(written);
            if (!byName.TryGetValue(normalised, out var entry))
            {
                entry = (written, []);
                byName.Add(normalised, entry);
            }

            entry.Forms.Add(index);
        }

        foreach ((TCode key, var byName) in names)
        {
            if (byName.Count < 2)
            {
                continue;
            }

            string listed = string.Join("; ", byName.Values.Select(v => Message.Format(MessageResources.Rka103NameInForms, v.Written,
                ListedForms.Join(v.Forms, i => Message.Format(MessageResources.Rka103Form, i + 1, document.Forms[i].KegiatanCodeText)))));
            context.Report(null, path, Message.Format(MessageResources.Rka103, level, key.ToString(), byName.Count, listed));
        }
    }

    /// <summary>The name in capitals with single spaces.</summary>
    /// <param name="name">A trimmed name: no white space at either end.</param>
    private static string Normalise(string name)
    {
        if (IsNormalised(name))
        {
            return name; // most names are written in capitals with single spaces: no copy
        }

        var builder = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Whether a trimmed name is already in capitals with single spaces.</summary>
    private static bool IsNormalised(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsWhiteSpace(c))
            {
                if (c != ' ' || name[i - 1] == ' ') // i > 0: a trimmed name does not start with white space
                {
                    return false;
                }
            }
            else if (char.ToUpperInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }
}
