namespace Rkaskpd.Forms;

/// <summary>What each <see cref="FormTemplate"/> prints, for the validation rules that depend on it.</summary>
public static class FormTemplates
{
    /// <summary>Returns whether the template prints a terbilang (amount in words) under each amount.</summary>
    /// <param name="template">The template.</param>
    /// <returns>True for the 13/2006 form 2.2.1; false for SIPD prints, which carry no terbilang.</returns>
    public static bool HasTerbilang(FormTemplate template) => template == FormTemplate.Rka221;

    /// <summary>Returns whether the template prints the year n+1 amount (the projection).</summary>
    /// <param name="template">The template.</param>
    /// <returns>True for both templates known: the 2.2.1 form's <c>Jumlah Tahun n+1</c> and SIPD's
    /// <c>Alokasi Tahun n+1</c>.</returns>
    public static bool HasNextYear(FormTemplate template) => template is FormTemplate.Rka221 or FormTemplate.SipdRincianBelanja;

    /// <summary>Returns the indicator kinds a form of the template must have.</summary>
    /// <param name="template">The template.</param>
    /// <returns>Capaian Program, Masukan, Keluaran and Hasil on the 2.2.1 form; Capaian Kegiatan, Masukan, Keluaran
    /// and Hasil on SIPD prints (whose Capaian Program sits in the header, above the indicator table).</returns>
    public static System.ReadOnlySpan<IndicatorKind> RequiredIndicatorKinds(FormTemplate template) =>
        template == FormTemplate.SipdRincianBelanja
            ? [IndicatorKind.CapaianKegiatan, IndicatorKind.Masukan, IndicatorKind.Keluaran, IndicatorKind.Hasil]
            : IndicatorKinds.All;

    /// <summary>Returns whether a form is of a template that carries a <c>Kerangka Acuan Kerja</c> (KAK).</summary>
    /// <param name="form">The form.</param>
    /// <returns>True when the form has any KAK heading (the document's own evidence, as in Lumajang's template).</returns>
    /// <remarks>
    /// The KAK is not part of the official 2.2.1 form nor of SIPD prints; some regions (Lumajang) append it to each
    /// form. No template list can say which regions do, so the document decides: a form that has a KAK heading is of a
    /// KAK template, and its missing or empty sections are errors (RKA401); a form with no KAK heading at all is of a
    /// template without KAK, and nothing is reported for it.
    /// </remarks>
    public static bool HasKak(RkaForm form)
    {
        System.ArgumentNullException.ThrowIfNull(form);
        return form.Kak is not null;
    }
}
