namespace Rkaskpd.Validation;

/// <summary>
/// The stable IDs of the built-in validation rules. An ID never changes meaning; new rules take new IDs in the
/// matching hundred (1xx codes, 2xx amounts, 3xx indicators, 4xx KAK, 5xx rincian, 6xx recaps; 0xx reading the document).
/// </summary>
public static class RuleIds
{
    /// <summary><c>RKA000</c> (error): a rule threw instead of reporting; the message names the rule.</summary>
    public const string RuleFailed = "RKA000";

    /// <summary><c>RKA101</c> (error): a code does not parse.</summary>
    public const string CodeUnreadable = "RKA101";

    /// <summary><c>RKA102</c> (error): codes disagree: kegiatan not under its program, program's organisasi or urusan not the header's.</summary>
    public const string CodeMismatch = "RKA102";

    /// <summary><c>RKA103</c> (warning): one code carries different names in one document.</summary>
    public const string CodeNameMismatch = "RKA103";

    /// <summary><c>RKA104</c> (warning): one kegiatan (sub kegiatan) has more than one form in one document.</summary>
    public const string KegiatanRepeated = "RKA104";

    /// <summary><c>RKA201</c> (error): a terbilang does not spell its amount.</summary>
    public const string TerbilangWrong = "RKA201";

    /// <summary><c>RKA202</c> (warning): a terbilang spells its amount but with spelling slips.</summary>
    public const string TerbilangSlips = "RKA202";

    /// <summary><c>RKA203</c> (warning): year n+1 differs from the chosen projection rule applied to year n.</summary>
    public const string ProjectionDeparture = "RKA203";

    /// <summary><c>RKA204</c> (warning): the amount rows are not labelled TA-1, TA, TA+1.</summary>
    public const string AmountLabel = "RKA204";

    /// <summary><c>RKA205</c> (info): an amount is written with a non-standard thousands separator.</summary>
    public const string AmountNotation = "RKA205";

    /// <summary><c>RKA301</c> (error): an indicator kind (Capaian Program, Masukan, Keluaran, Hasil) is missing.</summary>
    public const string IndicatorMissing = "RKA301";

    /// <summary><c>RKA302</c> (error): the Masukan target differs from the year-n amount.</summary>
    public const string MasukanTarget = "RKA302";

    /// <summary><c>RKA303</c> (error): a percentage target lies outside 0–100 %.</summary>
    public const string PercentageRange = "RKA303";

    /// <summary><c>RKA304</c> (warning): a target's unit is not measurable (<c>paket</c>, <c>pm</c>, <c>up</c>, <c>lumpsum</c>).</summary>
    public const string UnmeasurableUnit = "RKA304";

    /// <summary><c>RKA401</c> (error): a KAK section is missing or empty.</summary>
    public const string KakSectionMissing = "RKA401";

    /// <summary><c>RKA402</c> (warning): a KAK heading or header label is misspelled.</summary>
    public const string LabelMisspelled = "RKA402";

    /// <summary><c>RKA403</c> (warning): the schedule disagrees with itself or with the fiscal year.</summary>
    public const string ScheduleInconsistent = "RKA403";

    /// <summary><c>RKA208</c> (error): the <c>Sumber Pendanaan</c> parts, where listed with amounts, do not add up to
    /// the year-n amount (the pagu).</summary>
    public const string SumberPendanaanTotal = "RKA208";

    /// <summary><c>RKA209</c> (error): in a perubahan (amended budget) form, the year-n amount after the amendment minus
    /// the amount before it is not the printed <c>bertambah/(berkurang)</c>, or the rincian lines before the amendment
    /// do not add up to the amount before it.</summary>
    public const string PerubahanAmount = "RKA209";

    /// <summary><c>RKA210</c> (error): a DPA's <c>Rencana Penarikan Dana</c> (disbursement plan) does not add up: its
    /// periods to the <c>Jumlah</c> printed under them, or the plan to the year-n amount (pagu).</summary>
    public const string RencanaPenarikanTotal = "RKA210";

    /// <summary><c>RKA307</c> (error): in a perubahan form, the Masukan target does not follow the amount after the
    /// amendment (or its before target the amount before it).</summary>
    public const string PerubahanMasukan = "RKA307";

    /// <summary><c>RKA501</c> (error): a rincian line's jumlah is not volume × harga satuan.</summary>
    public const string RincianLineAmount = "RKA501";

    /// <summary><c>RKA502</c> (error): the rincian lines do not add up to their rekening subtotals or to year n.</summary>
    public const string RincianTotal = "RKA502";

    /// <summary><c>RKA504</c> (warning): the rincian table's printed total row (<c>JUMLAH</c>) differs from the sum of
    /// its top-level lines.</summary>
    public const string RincianTotalRow = "RKA504";

    /// <summary><c>RKA505</c> (error): a perubahan rincian line does not add up: after − before is not the printed
    /// <c>bertambah/(berkurang)</c>, or the before jumlah is not volume × harga satuan before the amendment.</summary>
    public const string PerubahanRincian = "RKA505";

    /// <summary>
    /// <c>RKA601</c> (error): a supplied RKA-SKPD 2.2 recap differs from the one computed from the 2.2.1 forms (checked by
    /// <see cref="Rules.RecapConsistencyRule"/>, which a caller adds with the recap to check).
    /// </summary>
    public const string RecapMismatch = "RKA601";
}
