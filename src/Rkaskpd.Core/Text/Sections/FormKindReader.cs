using System;
using Rkaskpd.Codes;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads a form's <see cref="DocumentKind"/> from its title lines and its <see cref="FormTemplate"/> from
/// the evidence of the whole form.</summary>
internal static class FormKindReader
{
    /// <summary>Reads the document kind: <c>DPPA</c>/<c>RDPPA</c> or <c>DPA</c> with <c>PERUBAHAN</c> is a DPA perubahan;
    /// <c>DPA</c> or <c>DOKUMEN PELAKSANAAN</c> a DPA; <c>RKPA</c>/<c>RKAP</c>/<c>PRKA</c>, or an RKA with
    /// <c>PERUBAHAN</c> (or a form the reader saw revised), an RKA perubahan; anything else an RKA.</summary>
    /// <param name="raw">The form.</param>
    /// <returns>The kind.</returns>
    public static DocumentKind ReadKind(RawForm raw)
    {
        bool dpa = false, dpaPerubahan = false, rkaPerubahan = false, perubahan = raw.IsRevised;
        foreach (RawLine title in raw.TitleLines)
        {
            string text = title.Text;
            if (text.Contains("DOKUMEN PELAKSANAAN", StringComparison.OrdinalIgnoreCase))
            {
                dpa = true;
            }

            int i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                int start = i;
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                ReadOnlySpan<char> word = text.AsSpan(start, i - start);
                if (word.Equals("DPA", StringComparison.OrdinalIgnoreCase))
                {
                    dpa = true;
                }
                else if (word.Equals("DPPA", StringComparison.OrdinalIgnoreCase) || word.Equals("RDPPA", StringComparison.OrdinalIgnoreCase))
                {
                    dpaPerubahan = true;
                }
                else if (word.Equals("RKPA", StringComparison.OrdinalIgnoreCase) || word.Equals("RKAP", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("PRKA", StringComparison.OrdinalIgnoreCase))
                {
                    rkaPerubahan = true;
                }
                else if (word.Equals("PERUBAHAN", StringComparison.OrdinalIgnoreCase))
                {
                    perubahan = true;
                }
            }
        }

        return dpaPerubahan || (dpa && perubahan) ? DocumentKind.DpaPerubahan
            : dpa ? DocumentKind.Dpa
            : rkaPerubahan || perubahan ? DocumentKind.RkaPerubahan
            : DocumentKind.Rka;
    }

    /// <summary>Reads the template: a form titled <c>... - RINCIAN BELANJA SKPD</c>, with a <c>Sub Kegiatan</c> field, an <c>Alokasi Tahun</c> row, or a
    /// kegiatan code that fits the 90/2019 scheme and not 13/2006 is an SIPD print; anything else the 2.2.1 form.</summary>
    /// <param name="raw">The form.</param>
    /// <returns>The template.</returns>
    public static FormTemplate ReadTemplate(RawForm raw)
    {
        if (raw.Find(HeaderFieldKind.SubKegiatan) is not null)
        {
            return FormTemplate.SipdRincianBelanja;
        }

        foreach (RawLine title in raw.TitleLines)
        {
            if (title.Text.Contains("RINCIAN BELANJA SKPD", StringComparison.OrdinalIgnoreCase))
            {
                return FormTemplate.SipdRincianBelanja;
            }
        }

        foreach (RawAmount amount in raw.Amounts)
        {
            if (amount.Label.StartsWith("Alokasi", StringComparison.OrdinalIgnoreCase))
            {
                return FormTemplate.SipdRincianBelanja;
            }
        }

        string? kegiatan = raw.Kegiatan?.Code;
        return kegiatan is not null
            && CodeNormalizer.TryNormalizeSipdKegiatan(kegiatan, out _, out _)
            && !CodeNormalizer.TryNormalizeKegiatan(kegiatan, out _, out _)
            ? FormTemplate.SipdRincianBelanja
            : FormTemplate.Rka221;
    }

    /// <summary>Returns a normaliser that types nothing: on an SIPD print the shared fields keep their text only.</summary>
    public static bool NoCode<TCode>(string? text, out TCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CodeNormalization? details)
        where TCode : struct
    {
        code = default;
        details = null;
        return false;
    }
}
