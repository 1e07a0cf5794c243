using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace Rkaskpd.Fuzz;

/// <summary>
/// One fuzz target per parser. Each takes the raw input bytes and calls the public API the way a user would; only the
/// exceptions the API documents for bad input are caught, so anything else escapes and is a crash.
/// </summary>
internal static class FuzzTargets
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Gets the targets by name.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["text"] = TextReaderTarget,
        ["bytes"] = BytesTarget,
        ["rupiah"] = bytes => RupiahTarget(Decode(bytes)),
        ["terbilang"] = bytes => TerbilangTarget(Decode(bytes)),
        ["code"] = bytes => CodeTarget(Decode(bytes)),
        ["waktu"] = bytes => WaktuTarget(Decode(bytes)),
        ["legal"] = bytes => LegalTarget(Decode(bytes)),
        ["target"] = bytes => IndicatorTargetTarget(Decode(bytes)),
        ["json"] = JsonTarget,
    };

    private static string Decode(byte[] bytes) => Utf8.GetString(bytes);

    /// <summary>The public text reader through a <see cref="StreamReader"/> (as a file is read), then validation
    /// with the default rules and every form's line map.</summary>
    private static void TextReaderTarget(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true);
        RkaReadResult result = RkaTextReader.Read(reader);
        IReadOnlyList<Diagnostic> diagnostics = result.Validate();
        foreach (RkaForm form in result.Document.Forms)
        {
            _ = result.LineOf(form, "amounts.currentYear.terbilang");
            _ = result.LineOf(form, "kak.mekanisme.jadwal[0]");
            _ = form.ToString();
        }

        foreach (Diagnostic diagnostic in diagnostics)
        {
            _ = diagnostic.ToString();
        }
    }

    /// <summary>The bytes entry points (encoding detection: BOMs, UTF-8, UTF-16, Windows-1252): the span and the
    /// stream overloads must read the same document and findings, and the result must validate.</summary>
    private static void BytesTarget(byte[] bytes)
    {
        RkaReadResult fromSpan = RkaTextReader.Read(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        RkaReadResult fromStream = RkaTextReader.Read(stream);
        if (!fromSpan.Document.Equals(fromStream.Document) || fromSpan.Diagnostics.Count != fromStream.Diagnostics.Count)
        {
            throw new InvalidOperationException("Read(ReadOnlySpan<byte>) and Read(Stream) disagree on the same bytes.");
        }

        foreach (Diagnostic diagnostic in fromSpan.Validate())
        {
            _ = diagnostic.ToString();
        }
    }

    private static void RupiahTarget(string text)
    {
        foreach (RupiahStyles styles in (ReadOnlySpan<RupiahStyles>)[RupiahStyles.None, RupiahStyles.Default, RupiahStyles.Any])
        {
            RupiahParseResult detailed = Rupiah.ParseDetailed(text, styles);
            _ = detailed.ErrorMessage;
            if (detailed.TryGetValue(out Rupiah value))
            {
                _ = value.ToString();
                _ = value.ToString("C");
                _ = value.ToTerbilang();
            }

            _ = Rupiah.TryParse(text, styles, out _);
            try
            {
                _ = Rupiah.Parse(text, styles);
            }
            catch (FormatException)
            {
                // documented for bad input
            }
        }
    }

    private static void TerbilangTarget(string text)
    {
        decimal checkedAmount = 551_204_390m;
        if (Terbilang.TryParse(text, out decimal value))
        {
            checkedAmount = value;
            if (decimal.Truncate(Math.Abs(value)) <= 999_999_999_999_999_999_999_999_999m)
            {
                _ = Terbilang.ToWords(value);
            }
        }

        foreach (string line in text.Split('\n'))
        {
            _ = Terbilang.TryParse(line, out _);
        }

        try
        {
            TerbilangCheckResult result = TerbilangChecker.Check(text, checkedAmount);
            _ = result.ToString();
            _ = TerbilangChecker.Check(text, 551_204_390m, TerbilangOptions.Rupiah).ToString();
        }
        catch (ArgumentOutOfRangeException)
        {
            // documented: amount beyond 10^27 − 1
        }
    }

    private static void CodeTarget(string text)
    {
        _ = UrusanCode.TryParse(text, out _);
        _ = OrganisasiCode.TryParse(text, out _);
        _ = ProgramCode.TryParse(text, out _);
        if (KegiatanCode.TryParse(text, out KegiatanCode kegiatan))
        {
            _ = kegiatan.ToString();
        }

        if (CodeNormalizer.TryNormalize(text, out CodeNormalization? normalization))
        {
            _ = normalization.DescribeChanges();
        }

        _ = CodeNormalizer.TryNormalizeUrusan(text, out _, out _);
        _ = CodeNormalizer.TryNormalizeOrganisasi(text, out _, out _);
        _ = CodeNormalizer.TryNormalizeProgram(text, out _, out _);
        _ = CodeNormalizer.TryNormalizeKegiatan(text, out _, out _);
        _ = CodeNormalizer.TryNormalize(text, CodeScheme.Permendagri90, out _, out _);
        _ = CodeNormalizer.TryNormalizeSubKegiatan(text, out _, out _);
        _ = CodeNormalizer.TryNormalizeSkpd(text, out _, out _);
        if (CodeNormalizer.TryNormalizeRekening(text, out RekeningCode rekening, out _) && rekening.Parent is { } parent)
        {
            _ = parent.ToString();
        }

        _ = CodeSchemeDetector.Detect(text);
        _ = SubKegiatanCode.TryParse(text, out _);
        _ = SkpdCode.TryParse(text, out _);
        _ = RekeningCode.TryParse(text, out _);
        try
        {
            _ = CodeNormalizer.Normalize(text);
        }
        catch (FormatException)
        {
            // documented for text without a code
        }

        try
        {
            _ = KegiatanCode.Parse(text);
        }
        catch (FormatException)
        {
            // documented for bad input
        }
    }

    private static void WaktuTarget(string text)
    {
        int split = text.IndexOf('\n', StringComparison.Ordinal);
        _ = WaktuPelaksanaan.Parse(text, 2020).ToString();
        _ = WaktuPelaksanaan.Parse(text, null).ToString();
        if (split >= 0)
        {
            _ = WaktuPelaksanaan.Parse(text[..split], text[(split + 1)..], 2021).ToString();
        }
    }

    private static void LegalTarget(string text)
    {
        foreach (LegalReference reference in LegalReference.ParseList(text))
        {
            _ = reference.ToString();
        }

        foreach (string line in text.Split('\n'))
        {
            _ = LegalReference.Parse(line).ToString();
        }
    }

    private static void IndicatorTargetTarget(string text)
    {
        _ = IndicatorTarget.Parse(text).ToString();
        foreach (string line in text.Split('\n'))
        {
            _ = IndicatorTarget.Parse(line);
        }
    }

    /// <summary>JSON reading (only <see cref="JsonException"/> is documented); what reads must write and read back
    /// equal.</summary>
    private static void JsonTarget(byte[] bytes)
    {
        RkaDocument document;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            document = RkaJson.Deserialize(stream);
        }
        catch (JsonException)
        {
            return;
        }

        string json = RkaJson.Serialize(document);
        if (!RkaJson.Deserialize(json).Equals(document))
        {
            throw new InvalidOperationException("JSON round trip changed the document: " + json);
        }
    }
}
