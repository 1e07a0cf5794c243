namespace Rkaskpd;

/// <summary>
/// One word of the <c>terbilang</c> vocabulary. The digit words carry their digit as value (<see cref="Nol"/> = 0 …
/// <see cref="Sembilan"/> = 9); the scale words follow in increasing order so that
/// <c>word - <see cref="Ribu"/> + 1</c> is the power of one thousand they stand for.
/// </summary>
internal enum TerbilangWord : byte
{
    Nol = 0,
    Satu = 1,
    Dua = 2,
    Tiga = 3,
    Empat = 4,
    Lima = 5,
    Enam = 6,
    Tujuh = 7,
    Delapan = 8,
    Sembilan = 9,
    Sepuluh,
    Sebelas,
    Seratus,
    Seribu,
    Puluh,
    Belas,
    Ratus,
    Ribu,
    Juta,
    Miliar,
    Triliun,
    Kuadriliun,
    Kuintiliun,
    Sekstiliun,
    Septiliun,
    Minus,
    Koma,
    Rupiah,
    Sen,
    Unknown = 255,
}
