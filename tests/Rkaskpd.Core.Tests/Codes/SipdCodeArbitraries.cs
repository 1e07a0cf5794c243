using System;
using FsCheck;
using FsCheck.Fluent;
using Rkaskpd.Codes;

namespace Rkaskpd.Tests.Codes;

/// <summary>FsCheck arbitraries for the Permendagri 90/2019 code types and <see cref="RekeningCode"/>, over their whole ranges.</summary>
public static class SipdCodeArbitraries
{
    private static readonly Gen<SipdUrusanCode> UrusanGen = Gen.Choose(0, 9).Select(SipdUrusanCode.Create);

    private static readonly Gen<BidangUrusanCode> BidangGen =
        from urusan in UrusanGen
        from number in Gen.Choose(0, 99)
        select urusan.BidangUrusan(number);

    private static readonly Gen<SipdProgramCode> ProgramGen =
        from bidang in BidangGen
        from number in Gen.Choose(0, 99)
        select bidang.Program(number);

    private static readonly Gen<SipdKegiatanCode> KegiatanGen =
        from program in ProgramGen
        from kewenangan in Gen.Choose(0, 9)
        from number in Gen.Choose(0, 99)
        select program.Kegiatan(kewenangan, number);

    private static readonly Gen<SubKegiatanCode> SubKegiatanGen =
        from kegiatan in KegiatanGen
        from width in Gen.Elements(2, 4)
        from number in width == 4 ? Gen.Choose(0, 9999) : Gen.Choose(0, 99)
        select kegiatan.SubKegiatan(number, width);

    /// <summary>SKPD codes with zero, one or two further bidang, and units 0–9999 (a third of them the SKPD itself).</summary>
    private static readonly Gen<SkpdCode> SkpdGen =
        from first in BidangGen
        from second in Gen.OneOf(Gen.Constant<BidangUrusanCode?>(null), BidangGen.Select(b => (BidangUrusanCode?)b))
        from third in Gen.OneOf(Gen.Constant<BidangUrusanCode?>(null), BidangGen.Select(b => (BidangUrusanCode?)b))
        from organisasi in Gen.Choose(0, 99)
        from unit in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 9999))
        select SkpdCode.Create(first, second, third, organisasi, unit);

    /// <summary>Rekening codes of both schemes at every level, 13/2006 rincian objek of width 2 and 4.</summary>
    private static readonly Gen<RekeningCode> RekeningGen =
        from is90 in Gen.Elements(true, false)
        from level in Gen.Choose(1, is90 ? 6 : 5)
        from wide in is90 ? Gen.Constant(false) : Gen.Elements(true, false)
        from akun in Gen.Choose(0, 9)
        from kelompok in Gen.Choose(0, 9)
        from jenis in Gen.Choose(0, is90 ? 99 : 9)
        from objek in Gen.Choose(0, 99)
        from rincian in Gen.Choose(0, wide ? 9999 : 99)
        from sub in Gen.Choose(0, 9999)
        select RekeningCode.Create(
            is90 ? CodeScheme.Permendagri90 : CodeScheme.Permendagri13,
            new[] { akun, kelompok, jenis, objek, rincian, sub }.AsSpan(0, level),
            wide ? 4 : 2);

    /// <summary>Generates any <see cref="SipdUrusanCode"/>.</summary>
    public static Arbitrary<SipdUrusanCode> Urusan() => Arb.From(UrusanGen);

    /// <summary>Generates any <see cref="BidangUrusanCode"/>.</summary>
    public static Arbitrary<BidangUrusanCode> BidangUrusan() => Arb.From(BidangGen);

    /// <summary>Generates any <see cref="SipdProgramCode"/>.</summary>
    public static Arbitrary<SipdProgramCode> Program() => Arb.From(ProgramGen);

    /// <summary>Generates any <see cref="SipdKegiatanCode"/>.</summary>
    public static Arbitrary<SipdKegiatanCode> Kegiatan() => Arb.From(KegiatanGen);

    /// <summary>Generates any <see cref="SubKegiatanCode"/>, of width 2 and 4.</summary>
    public static Arbitrary<SubKegiatanCode> SubKegiatan() => Arb.From(SubKegiatanGen);

    /// <summary>Generates any <see cref="SkpdCode"/>.</summary>
    public static Arbitrary<SkpdCode> Skpd() => Arb.From(SkpdGen);

    /// <summary>Generates any <see cref="RekeningCode"/>.</summary>
    public static Arbitrary<RekeningCode> Rekening() => Arb.From(RekeningGen);
}
