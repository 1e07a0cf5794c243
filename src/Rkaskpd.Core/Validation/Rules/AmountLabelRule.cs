using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA204</c> (warning): the amount rows are not labelled TA-1, TA, TA+1.</summary>
/// <remarks>
/// The rows are positional: the first is year n-1 whatever its label says. A label may name the year
/// (<c>Jumlah Tahun 2019</c> under TA 2020) or the position (<c>Jumlah Tahun n - 1</c>, on a perubahan form
/// <c>Jumlah Tahun n Setelah Perubahan</c>). A form without a fiscal year
/// is checked only for position labels. One diagnostic per form, listing the labels found and those expected.
/// </remarks>
public sealed class AmountLabelRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.AmountLabel;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "The amount rows are not labelled TA-1, TA, TA+1.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        int? ta = form.Header.TahunAnggaran;
        var wrong = new List<AmountRow>();
        foreach (AmountRow row in form.Amounts.Rows)
        {
            int offset = (int)row.Position - 1;
            bool fits = row.LabelYear.HasValue
                ? ta is null || row.LabelYear.Value == ta + offset
                : IsPositionLabel(row.Label, offset);
            if (!fits)
            {
                wrong.Add(row);
            }
        }

        if (wrong.Count == 0)
        {
            return;
        }

        string found = string.Join(", ", form.Amounts.Rows.Select(r => $"'{r.Label}'"));
        string expected = ta.HasValue
            ? string.Join(", ", new[] { ta.Value - 1, ta.Value, ta.Value + 1 }.Select(y => y.ToString(CultureInfo.InvariantCulture)))
            : "n - 1, n, n + 1";
        context.Report(form, ModelPaths.Amounts, ta.HasValue
            ? Message.Format(MessageResources.Rka204WithYear, found, ta.Value, expected)
            : Message.Format(MessageResources.Rka204, found, expected));
    }

    private static bool IsPositionLabel(string label, int offset)
    {
        ReadOnlySpan<char> text = label.AsSpan().Trim();
        const string prefix = "Jumlah Tahun";
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[prefix.Length..];
        }

        // A perubahan form's year-n rows name their column: "Jumlah Tahun n Setelah Perubahan".
        foreach (string column in (ReadOnlySpan<string>)["Sebelum Perubahan", "Setelah Perubahan", "Sesudah Perubahan"])
        {
            if (text.EndsWith(column, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^column.Length];
                break;
            }
        }

        Span<char> compact = stackalloc char[8];
        int length = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == ':')
            {
                continue;
            }

            if (length == compact.Length)
            {
                return false;
            }

            compact[length++] = char.ToLowerInvariant(c);
        }

        return compact[..length] switch
        {
            "n-1" => offset == -1,
            "n" => offset == 0,
            "n+1" => offset == 1,
            _ => false,
        };
    }
}
