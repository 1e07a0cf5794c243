using Rkaskpd.Forms;

namespace Rkaskpd.Validation.Rules;

/// <summary>The model paths of the KAK sections, shared by the KAK rules.</summary>
internal static class KakPaths
{
    public static string Of(KakSectionKind kind) => kind switch
    {
        KakSectionKind.LatarBelakang => "kak.latarBelakang",
        KakSectionKind.DasarHukum => "kak.dasarHukum",
        KakSectionKind.MaksudDanTujuan => "kak.maksudDanTujuan",
        KakSectionKind.BentukKegiatan => "kak.bentukKegiatan",
        KakSectionKind.KonsepKegiatan => "kak.konsepKegiatan",
        KakSectionKind.Mekanisme => "kak.mekanisme",
        KakSectionKind.Alur => "kak.alur",
        _ => "kak.manfaat",
    };
}
