using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>The code checks of RKA101 (<see cref="CodeParseRule"/>) and RKA102 (<see cref="CodeConsistencyRule"/>) for
/// SIPD-era forms, whose codes follow the Permendagri 90/2019 scheme.</summary>
internal static class SipdCodeChecks
{
    /// <summary>RKA101 under the 90/2019 scheme: urusan, program, kegiatan and organisasi must be there and parse;
    /// bidang urusan, sub kegiatan, unit and sub unit must parse where the form has them.</summary>
    public static void CheckParse(RkaForm form, RuleContext context)
    {
        FormHeader header = form.Header;
        SipdCodes codes = header.Sipd;
        Required(form, context, ModelPaths.Urusan, header.Urusan.CodeText, codes.Urusan is not null, "urusan", "D, e.g. 1");
        Optional(form, context, ModelPaths.BidangUrusan, header.BidangUrusan, codes.BidangUrusan is not null, "bidang urusan", "D.DD, e.g. 1.02");
        Required(form, context, ModelPaths.Program, header.Program.CodeText, codes.Program is not null, "program", "bidang.DD, e.g. 1.02.02");
        Required(form, context, ModelPaths.Kegiatan, header.Kegiatan.CodeText, codes.Kegiatan is not null, "kegiatan", "program.D.DD, e.g. 1.02.02.2.02");
        Optional(form, context, ModelPaths.SubKegiatan, header.SubKegiatan, codes.SubKegiatan is not null, "sub kegiatan", "kegiatan.DDDD or kegiatan.DD, e.g. 1.02.02.2.02.0001");
        Required(form, context, ModelPaths.Organisasi, header.Organisasi.CodeText, codes.Organisasi is not null, "organisasi (SKPD)", "D.DD.D.DD.D.DD.DD.DDDD, e.g. 1.02.0.00.0.00.01.0000");
        Optional(form, context, ModelPaths.UnitOrganisasi, header.UnitOrganisasi, codes.UnitOrganisasi is not null, "unit", "D.DD.D.DD.D.DD.DD.DDDD, e.g. 1.02.0.00.0.00.01.0001");
        Optional(form, context, ModelPaths.SubUnitOrganisasi, header.SubUnitOrganisasi, codes.SubUnitOrganisasi is not null, "sub unit", "D.DD.D.DD.D.DD.DD.DDDD");
    }

    /// <summary>RKA102 under the 90/2019 scheme: sub kegiatan under kegiatan, kegiatan under program, program under
    /// bidang urusan, bidang urusan under urusan, and the unit under the organisasi. A program's bidang may differ
    /// from its SKPD's, so the organisasi is not compared with the program.</summary>
    public static void CheckConsistency(RkaForm form, RuleContext context)
    {
        SipdCodes codes = form.Header.Sipd;
        if (codes.SubKegiatan.HasValue && codes.Kegiatan.HasValue && codes.SubKegiatan.Value.Kegiatan != codes.Kegiatan.Value)
        {
            SubKegiatanCode sub = codes.SubKegiatan.Value;
            context.Report(form, ModelPaths.SubKegiatan,
                Message.Format(MessageResources.Rka102SipdSubKegiatan, sub, codes.Kegiatan.Value, sub.Kegiatan));
        }

        SipdKegiatanCode? kegiatanCode = codes.Kegiatan ?? codes.SubKegiatan?.Kegiatan;
        if (kegiatanCode.HasValue && codes.Program.HasValue && kegiatanCode.Value.Program != codes.Program.Value)
        {
            SipdKegiatanCode k = kegiatanCode.Value;
            context.Report(form, ModelPaths.Kegiatan, Message.Format(MessageResources.Rka102SipdKegiatan, k, codes.Program.Value, k.Program));
        }

        SipdProgramCode? programCode = codes.Program ?? kegiatanCode?.Program;
        if (programCode.HasValue && codes.BidangUrusan.HasValue && programCode.Value.BidangUrusan != codes.BidangUrusan.Value)
        {
            SipdProgramCode p = programCode.Value;
            context.Report(form, ModelPaths.Program,
                Message.Format(MessageResources.Rka102SipdProgram, p, p.BidangUrusan, codes.BidangUrusan.Value));
        }

        BidangUrusanCode? bidangCode = codes.BidangUrusan ?? programCode?.BidangUrusan;
        if (bidangCode.HasValue && codes.Urusan.HasValue && bidangCode.Value.Urusan != codes.Urusan.Value)
        {
            context.Report(form, ModelPaths.Urusan, Message.Format(MessageResources.Rka102SipdUrusan, codes.Urusan.Value, bidangCode.Value.Urusan));
        }

        if (codes.UnitOrganisasi.HasValue && codes.Organisasi.HasValue && !codes.UnitOrganisasi.Value.IsUnder(codes.Organisasi.Value))
        {
            SkpdCode unit = codes.UnitOrganisasi.Value;
            context.Report(form, ModelPaths.UnitOrganisasi, Message.Format(MessageResources.Rka102SipdUnit, unit, codes.Organisasi.Value, unit.Skpd));
        }
    }

    private static void Required(RkaForm form, RuleContext context, string path, string codeText, bool parsed, string level, string shape)
    {
        if (parsed)
        {
            return;
        }

        context.Report(form, path, codeText.Length == 0
            ? Message.Format(MessageResources.Rka101SipdMissing, level, shape)
            : Message.Format(MessageResources.Rka101SipdUnparsed, level, codeText, shape));
    }

    private static void Optional<TCode>(RkaForm form, RuleContext context, string path, HeaderField<TCode>? field, bool parsed, string level, string shape)
        where TCode : struct
    {
        if (field is null || field.CodeText.Length == 0 || parsed)
        {
            return;
        }

        context.Report(form, path, Message.Format(MessageResources.Rka101SipdUnparsed, level, field.CodeText, shape));
    }
}
