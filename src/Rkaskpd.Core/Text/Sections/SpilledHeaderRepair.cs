using System;
using System.Collections.Generic;
using Rkaskpd.Resources;
using static Rkaskpd.Text.Sections.ScanText;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>Repairs a header whose fields spilled into the next line once all forms of a document are read: the seed
/// prints a program name whose tail landed on the kegiatan line, and the kegiatan name at the end of the lokasi line
/// (<c>Program : 3.05... PROGRAM PENINGKATAN</c>, <c>Kegiatan : 3.05... SARANA DAN PRASARANA</c>, <c>Lokasi : Kecamatan
/// Lumajang Pengadaan ...</c>). A repair needs evidence (the whole program name in another form, or the all-caps style,
/// and the lokasi of another form or an activity noun that starts the kegiatan) and is reported as RKA405.</summary>
internal static class SpilledHeaderRepair
{
    /// <summary>Repairs the spilled headers of <paramref name="forms"/>, in linear time in their number.</summary>
    public static void Repair(IReadOnlyList<RawFormBuilder> forms, NoteSink notes)
    {
        // Indexes built once, so the repair stays linear in the number of forms.
        var programNames = new Dictionary<string, (int Count, int Line, string Name)>(StringComparer.Ordinal);
        var lokasiNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (RawFormBuilder other in forms)
        {
            int opi = other.IndexOf(HeaderFieldKind.Program);
            if (opi >= 0 && other.Fields[opi].Code is string otherCode)
            {
                string key = ProgramKey(otherCode, other.Fields[opi].Name);
                programNames[key] = programNames.TryGetValue(key, out var seen)
                    ? (seen.Count + 1, seen.Line, seen.Name)
                    : (1, other.Fields[opi].Line, other.Fields[opi].Name);
            }

            int oli = other.IndexOf(HeaderFieldKind.Lokasi);
            if (oli >= 0 && other.Fields[oli].Name.Length > 0)
            {
                lokasiNames.Add(Squeeze(other.Fields[oli].Name));
            }
        }

        foreach (RawFormBuilder current in forms)
        {
            int pi = current.IndexOf(HeaderFieldKind.Program);
            int ki = current.IndexOf(HeaderFieldKind.Kegiatan);
            int li = current.IndexOf(HeaderFieldKind.Lokasi);
            if (pi < 0 || ki < 0 || li < 0)
            {
                continue;
            }

            RawField program = current.Fields[pi];
            RawField kegiatan = current.Fields[ki];
            RawField lokasi = current.Fields[li];
            if (program.Code is null || kegiatan.Code is null || !IsAllCaps(program.Name) || !IsAllCaps(kegiatan.Name))
            {
                continue;
            }

            string combined = program.Name + " " + kegiatan.Name;
            string? namedElsewhere = programNames.TryGetValue(ProgramKey(program.Code, combined), out var named)
                ? Message.Format(MessageResources.ReaderRepairNamedElsewhere, named.Line, program.Code, named.Name)
                : null;
            bool programNameSeenAsIs = programNames.TryGetValue(ProgramKey(program.Code, program.Name), out var asIs)
                && asIs.Count > 1;
            if (programNameSeenAsIs && namedElsewhere is null)
            {
                continue;
            }

            if (!TrySplitLokasi(lokasi.Name, lokasiNames, out string place, out string activity, out string how))
            {
                continue;
            }

            string evidence = Message.Format(MessageResources.ReaderRepairEvidence, namedElsewhere ?? MessageResources.ReaderRepairAllCapsStyle, kegiatan.Line, how);
            current.Fields[pi] = program with { Name = combined };
            current.Fields[ki] = kegiatan with { Name = activity };
            current.Fields[li] = lokasi with { Name = place };
            notes.Add(program.Line, TextReaderMessages.HeaderRepaired, TextReaderMessages.Repaired(combined, activity, place, evidence));
        }
    }

    private static string ProgramKey(string code, string name) =>
        string.Concat(code.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.'), "\u0000", Squeeze(name).ToUpperInvariant());

    private static string Squeeze(string text) =>
        text.Length == 0 || (text[0] != ' ' && text[^1] != ' ' && !text.Contains("  ", StringComparison.Ordinal))
            ? text // already single-spaced (most names): no split, no copy
            : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool TrySplitLokasi(string lokasi, HashSet<string> lokasiNames, out string place, out string activity, out string how)
    {
        place = activity = how = string.Empty;
        string[] words = lokasi.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // The longest lead of the lokasi that is another form's whole lokasi.
        for (int i = words.Length - 1; i >= 1; i--)
        {
            string lead = string.Join(' ', words, 0, i);
            if (lokasiNames.Contains(lead))
            {
                place = lead;
                activity = string.Join(' ', words, i, words.Length - i);
                how = Message.Format(MessageResources.ReaderRepairLokasiElsewhere, place);
                return HasLower(activity);
            }
        }

        // Otherwise a kegiatan name starts with an Indonesian activity noun: Pe…an (Penyusunan, Pembangunan) or …asi.
        for (int i = 1; i < words.Length; i++)
        {
            string w = words[i];
            bool noun = w.Length > 5 && char.IsUpper(w[0]) && char.IsLower(w[1])
                && ((w.StartsWith("Pe", StringComparison.Ordinal) && w.EndsWith("an", StringComparison.Ordinal))
                    || w.EndsWith("asi", StringComparison.Ordinal));
            if (noun)
            {
                place = string.Join(' ', words, 0, i);
                activity = string.Join(' ', words, i, words.Length - i);
                how = Message.Format(MessageResources.ReaderRepairKegiatanInLokasi, w);
                return HasLower(activity);
            }
        }

        return false;
    }
}
