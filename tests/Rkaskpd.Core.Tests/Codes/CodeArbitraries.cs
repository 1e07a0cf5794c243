using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using Rkaskpd.Codes;

namespace Rkaskpd.Tests.Codes;

/// <summary>FsCheck arbitraries for the Permendagri 13/2006 code types, over their whole ranges.</summary>
public static class CodeArbitraries
{
    private static readonly Gen<UrusanCode> UrusanGen =
        from kelompok in Gen.Choose(0, 9)
        from number in Gen.Choose(0, 99)
        select UrusanCode.Create(kelompok, number);

    private static readonly Gen<OrganisasiCode> OrganisasiGen =
        from urusan in UrusanGen
        from number in Gen.Choose(0, 99)
        select urusan.Organisasi(number);

    /// <summary>Programs; half of them run under their unit's own urusan, half under another.</summary>
    private static readonly Gen<ProgramCode> ProgramGen =
        from organisasi in OrganisasiGen
        from other in UrusanGen
        from own in Gen.Elements(true, false)
        from number in Gen.Choose(0, 99)
        select organisasi.Program(own ? organisasi.Urusan : other, number);

    private static readonly Gen<KegiatanCode> KegiatanGen =
        from program in ProgramGen
        from width in Gen.Elements(2, 3)
        from number in width == 3 ? Gen.Choose(0, 999) : Gen.Choose(0, 99)
        select program.Kegiatan(number, width);

    /// <summary>Generates any <see cref="UrusanCode"/>; shrinks towards smaller parts.</summary>
    public static Arbitrary<UrusanCode> Urusan() => Arb.From(UrusanGen, ShrinkUrusan);

    /// <summary>Generates any <see cref="OrganisasiCode"/>.</summary>
    public static Arbitrary<OrganisasiCode> Organisasi() => Arb.From(OrganisasiGen, ShrinkOrganisasi);

    /// <summary>Generates any <see cref="ProgramCode"/>.</summary>
    public static Arbitrary<ProgramCode> Program() => Arb.From(ProgramGen, ShrinkProgram);

    /// <summary>Generates any <see cref="KegiatanCode"/>, of width 2 and 3.</summary>
    public static Arbitrary<KegiatanCode> Kegiatan() => Arb.From(KegiatanGen, ShrinkKegiatan);

    private static IEnumerable<UrusanCode> ShrinkUrusan(UrusanCode code)
    {
        if (code.Number > 0)
        {
            yield return UrusanCode.Create(code.Kelompok, code.Number / 2);
        }

        if (code.Kelompok > 0)
        {
            yield return UrusanCode.Create(code.Kelompok / 2, code.Number);
        }
    }

    private static IEnumerable<OrganisasiCode> ShrinkOrganisasi(OrganisasiCode code)
    {
        if (code.Number > 0)
        {
            yield return code.Urusan.Organisasi(code.Number / 2);
        }

        foreach (UrusanCode urusan in ShrinkUrusan(code.Urusan))
        {
            yield return urusan.Organisasi(code.Number);
        }
    }

    private static IEnumerable<ProgramCode> ShrinkProgram(ProgramCode code)
    {
        if (code.Number > 0)
        {
            yield return code.Organisasi.Program(code.Urusan, code.Number / 2);
        }

        if (!code.UrusanMatchesOrganisasi)
        {
            yield return code.Organisasi.Program(code.Number);
        }

        foreach (OrganisasiCode organisasi in ShrinkOrganisasi(code.Organisasi))
        {
            yield return organisasi.Program(organisasi.Urusan, code.Number);
        }
    }

    private static IEnumerable<KegiatanCode> ShrinkKegiatan(KegiatanCode code)
    {
        if (code.Number > 0)
        {
            yield return code.Program.Kegiatan(code.Number / 2, code.Width);
        }

        foreach (ProgramCode program in ShrinkProgram(code.Program))
        {
            yield return program.Kegiatan(code.Number, code.Width);
        }
    }
}
