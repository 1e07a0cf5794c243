using System;
using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads the signature from the lines of a form's closing block (see <see cref="ClosingBlock"/>): the place
/// and date (<c>Lumajang, 10 Oktober 2019</c>), the jabatan (<c>Kepala Kecamatan Lumajang</c>), the name and the
/// <c>NIP</c>. A block is a signature only when it has a <c>NIP</c> line: the name is the line above it, the jabatan the
/// lines between the place and date and the name (at most three). Tab cells are read one after another;
/// <c>Mengetahui</c>, <c>Menyetujui</c>, <c>Mengesahkan</c> and <c>ttd</c> cells are passed over.</summary>
/// <remarks>A block whose <c>NIP</c> line names two or more signatories (a DPA's <c>Mengesahkan, PPKD</c> beside the
/// kepala SKPD) is read by columns: the form's signatory is the last column, the one under the place and date; a row
/// with one cell belongs to it when the cell is indented (a leading empty cell), to the first column otherwise. The
/// first column's signatory is returned for the reader to report. When a flattened text merged the columns into single
/// lines (both NIPs in one cell), the names are split where a second name starts after the first one's degrees
/// (<c>Drs. A, M.Si H. B, SE</c>), and the jabatan lines when each tells its column (<c>Mengesahkan, Kepala Dinas
/// ...</c> over <c>Pejabat Pengelola Keuangan Daerah</c>); lines that cannot be told apart are returned as
/// written.</remarks>
internal sealed class SignatureBlockReader
{
    private const int MaxJabatanLines = 3;

    /// <summary>The labels of SIPD's Keterangan block, printed beside the signature (longest first).</summary>
    private static readonly string[] KeteranganLabels = ["Catatan Hasil Pembahasan", "Tanggal Pembahasan", "Keterangan", "Catatan"];

    private readonly List<List<string>> rows = [];

    /// <summary>Whether the block's signatures have ended: the Tim Anggaran table that follows them in SIPD and SIPKD
    /// prints (<c>No</c>, <c>Nama</c>, <c>NIP</c>, ...) names the budget team, not the form's signatory.</summary>
    private bool ended;

    /// <summary>Whether the signature's place and date stood on a Keterangan block's line: the block's next lines carry
    /// the signature's column after their labels.</summary>
    private bool signatureBeside;

    /// <summary>Starts a new block at its first line.</summary>
    public void Start(string line)
    {
        rows.Clear();
        ended = false;
        signatureBeside = false;
        Add(line);
    }

    /// <summary>Adds a line of the block, leading tabs included (an indented cell is the right column's).</summary>
    public void Add(string line)
    {
        ended |= ClosingBlock.StartsWithTimAnggaran(line.AsSpan().TrimStart(), out _);
        if (ended)
        {
            return;
        }

        line = WithoutKeteranganLabel(line);
        var cells = new List<string>();
        bool any = false;
        foreach (Range range in line.AsSpan().Split('\t'))
        {
            ReadOnlySpan<char> cell = line.AsSpan(range).Trim();
            bool kept = !cell.IsEmpty && !IsPassedOver(cell);
            cells.Add(kept ? cell.ToString() : string.Empty);
            any |= kept;
        }

        if (any)
        {
            JoinPlaceAndDate(cells);
            rows.Add(cells);
        }
    }

    /// <summary>The line without the label of SIPD's Keterangan block at its start (<c>Keterangan :</c>,
    /// <c>Tanggal Pembahasan :</c>, <c>Catatan Hasil Pembahasan :</c>, <c>Catatan :</c>): what follows the colon on the
    /// same line is the signature column beside the block (<c>Keterangan : Tanjung Lestari, 20 Oktober 2025</c>, then
    /// <c>Tanggal Pembahasan : Kepala Dinas Kesehatan</c>), kept as a cell of that column once the place and date stood
    /// there; otherwise the line is the block's own (a label with nothing after it, or a filled-in <c>Catatan :
    /// Anggaran perlu disesuaikan</c>) and leaves nothing.</summary>
    private string WithoutKeteranganLabel(string line)
    {
        ReadOnlySpan<char> text = line.AsSpan().TrimStart(" \t");
        foreach (string label in KeteranganLabels)
        {
            if (!RawLabels.TryMatchWords(text, 0, label, out int end))
            {
                continue;
            }

            ReadOnlySpan<char> rest = text[end..].TrimStart(" \t");
            if (!rest.StartsWith(':'))
            {
                return line;
            }

            // Only once the place and date stood beside the block's first line is the text after a label the
            // signature's column; otherwise it is the block's own value (a filled-in Tanggal Pembahasan or Catatan),
            // which RKA003 reports with the closing block's other lines, and no cell of the signature.
            rest = rest[1..].Trim(" \t");
            signatureBeside |= SignaturePlaceAndDate.IsPlaceAndDate(rest);
            return signatureBeside ? "\t" + rest.ToString() : string.Empty;
        }

        return line;
    }

    /// <summary>Joins a place ending with its comma and the date in the cell after it (<c>Asrirejo,</c> | <c>12 Oktober
    /// 2015</c>, as a spreadsheet keeps them) into the one place-and-date cell a print shows.</summary>
    private static void JoinPlaceAndDate(List<string> cells)
    {
        int last = cells.FindLastIndex(c => c.Length > 0);
        int place = last > 0 ? cells.FindLastIndex(last - 1, c => c.Length > 0) : -1;
        if (place >= 0 && cells[place].EndsWith(',') && !SignaturePlaceAndDate.IsPlaceAndDate(cells[last]))
        {
            string joined = cells[place] + " " + cells[last];
            if (SignaturePlaceAndDate.IsPlaceAndDate(joined))
            {
                cells[place] = string.Empty;
                cells[last] = joined;
            }
        }
    }

    /// <summary>Reads the signature of the block collected since <see cref="Start"/> and forgets the block; null when
    /// it names no signatory (no <c>NIP</c> line).</summary>
    /// <param name="second">The first column's signatory of a block with two or more, or null.</param>
    /// <param name="unsplit">The jabatan lines of a block whose columns were merged into single lines (they belong to
    /// either signatory), or null.</param>
    public TandaTangan? Read(out TandaTangan? second, out string? unsplit)
    {
        second = null;
        unsplit = null;
        int nipRow = rows.FindLastIndex(r => r.Exists(c => TryNip(c, out _)));
        List<string> nips = nipRow < 0 ? [] : Nips(rows[nipRow]);
        if (nips.Count < 2)
        {
            TandaTangan? one = nipRow < 0 ? null : ReadColumn(Cells(nipRow, column: null), Number(rows[nipRow]));
            rows.Clear();
            return one;
        }

        int nonEmpty = rows[nipRow].Count(c => c.Length > 0);
        TandaTangan signatory;
        if (nonEmpty < nips.Count)
        {
            // Both columns in one line each (a flattened text): the names by their titles and degrees, the jabatan lines
            // left unassigned.
            List<string> lines = Cells(nipRow, column: null);
            lines.RemoveAt(lines.Count - 1); // the NIP row's place
            int placeAndDate = lines.FindLastIndex(c => SignaturePlaceAndDate.IsPlaceAndDate(c));
            string[] names = lines.Count - 1 > placeAndDate ? SignatoryNames.Split(lines[^1], nips.Count) : [];
            (string? tempat, string? tanggal) = SignaturePlaceAndDate.Split(placeAndDate < 0 ? null : lines[placeAndDate]);
            // The jabatan lines between the place and date and the names line: split when each line tells its column,
            // otherwise quoted unassigned, with the names line too when the names did not split.
            int jabatanFrom = placeAndDate + 1, namesLine = lines.Count - 1 > placeAndDate ? lines.Count - 1 : lines.Count;
            List<string> jabatan = lines.GetRange(jabatanFrom, namesLine - jabatanFrom);
            string? right = null, left = null;
            bool split = nips.Count == 2 && TrySplitJabatan(jabatan, out right, out left);
            int quotedFrom = split ? namesLine : jabatanFrom, quotedTo = names.Length > 0 ? namesLine : lines.Count;
            unsplit = quotedTo > quotedFrom ? string.Join(" / ", lines.GetRange(quotedFrom, quotedTo - quotedFrom)) : null;
            signatory = new TandaTangan { Tempat = tempat, Tanggal = tanggal, Jabatan = right, Nama = names.Length > 0 ? names[^1] : null, Nip = nips[^1] };
            second = new TandaTangan { Jabatan = left, Nama = names.Length > 0 ? names[0] : null, Nip = nips[0] };
        }
        else
        {
            signatory = ReadColumn(Cells(nipRow, column: 1), nips[^1]);
            TandaTangan first = ReadColumn(Cells(nipRow, column: 0), nips[0]);
            second = first with { Tempat = null, Tanggal = null };
        }

        rows.Clear();
        return signatory;
    }

    /// <summary>Splits the jabatan lines of a DPA's two signatures merged into single lines when every line tells its
    /// column: a line that starts with the left column's <c>Mengesahkan,</c> (or <c>Mengetahui,</c>,
    /// <c>Menyetujui,</c>) goes on with the right column's jabatan (<c>Mengesahkan, Kepala Dinas Koperasi</c>), and a
    /// line that is the PPKD's title (<c>Pejabat Pengelola Keuangan Daerah</c>, <c>PPKD</c>) is the left column's.
    /// False when any line is neither, or a column gets no jabatan.</summary>
    private static bool TrySplitJabatan(List<string> lines, out string? right, out string? left)
    {
        right = left = null;
        var rightParts = new List<string>();
        var leftParts = new List<string>();
        foreach (string line in lines)
        {
            int comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && IsPassedOver(line.AsSpan(0, comma)) && comma + 1 < line.Length)
            {
                rightParts.Add(line[(comma + 1)..].Trim());
            }
            else if (IsPpkdTitle(line))
            {
                leftParts.Add(line);
            }
            else
            {
                return false;
            }
        }

        if (rightParts.Count == 0 || leftParts.Count == 0)
        {
            return false;
        }

        right = string.Join(' ', rightParts).TrimEnd(',');
        left = string.Join(' ', leftParts);
        return true;
    }

    /// <summary>Whether a line is the title of the PPKD, who signs a DPA beside the kepala SKPD.</summary>
    private static bool IsPpkdTitle(string line) =>
        line.Equals("PPKD", StringComparison.OrdinalIgnoreCase)
        || (RawLabels.TryMatchWords(line, 0, "Pejabat Pengelola Keuangan Daerah", out int end) && end == line.Length);

    /// <summary>The block's cells above the NIP row in reading order: all of them (<paramref name="column"/> null),
    /// or those of the first (0) or last (1) column.</summary>
    private List<string> Cells(int nipRow, int? column)
    {
        var cells = new List<string>();
        for (int i = 0; i < nipRow; i++)
        {
            List<string> row = rows[i];
            if (column is null)
            {
                cells.AddRange(row.Where(c => c.Length > 0));
                continue;
            }

            int first = row.FindIndex(c => c.Length > 0), last = row.FindLastIndex(c => c.Length > 0);
            if (SignaturePlaceAndDate.IsPlaceAndDate(row[last]))
            {
                cells.Add(row[last]); // the place and date heads the signatory's column, wherever it stands
                if (column == 0 && first < last)
                {
                    cells.Add(row[first]);
                }

                continue;
            }

            if (first != last)
            {
                cells.Add(row[column == 0 ? first : last]);
            }
            else if ((first > 0) == (column == 1))
            {
                cells.Add(row[first]); // one cell: indented, the last column's; at the margin, the first's
            }
        }

        if (column is null)
        {
            List<string> nips = rows[nipRow];
            cells.AddRange(nips.GetRange(0, nips.FindLastIndex(c => TryNip(c, out _))).Where(c => c.Length > 0));
        }

        cells.Add(string.Empty); // the NIP row's place
        return cells;
    }

    /// <summary>Reads one signatory from its cells in reading order, the last one standing for the NIP row.</summary>
    private static TandaTangan ReadColumn(List<string> cells, string? number)
    {
        // A list's empty numbers beside the signature (SIPD's Keterangan block: "1.", "2." for the catatan to write in)
        // come between its lines in reading order: no part of the jabatan or the name.
        cells.RemoveAll(IsListNumber);
        int nip = cells.Count - 1;
        int placeAndDate = cells.FindLastIndex(nip - 1 < 0 ? 0 : nip - 1, nip, c => SignaturePlaceAndDate.IsPlaceAndDate(c));
        (string? tempat, string? tanggal) = SignaturePlaceAndDate.Split(placeAndDate < 0 ? null : cells[placeAndDate]);
        int name = nip - 1;
        string? pangkat = null;
        if (name - 1 > placeAndDate && IsPangkat(cells[name]))
        {
            pangkat = cells[name].Trim(); // the rank printed between the name and the NIP
            name--;
        }

        if (name - 1 > placeAndDate && cells[name - 1].TrimEnd().EndsWith(',') && !cells[name].Contains(' ', StringComparison.Ordinal)
            && cells[name].Contains('.', StringComparison.Ordinal))
        {
            // A long name wrapped before its last degree ("Hj. SITI ... PURBANEGARA, S.Sos.," / "M.Kesos."): one name.
            cells[name - 1] = cells[name - 1].TrimEnd() + " " + cells[name].Trim();
            cells.RemoveAt(name);
            name--;
        }

        string? nama = name > placeAndDate ? SignatoryNames.Clean(cells[name]) : null;
        int first = name;
        while (first - 1 > placeAndDate && name - (first - 1) <= MaxJabatanLines && IsJabatanLine(cells[first - 1]))
        {
            first--;
        }

        string? jabatan = name > first ? string.Join(' ', cells.GetRange(first, name - first)).TrimEnd(',') : null;
        return new TandaTangan { Tempat = tempat, Tanggal = tanggal, Jabatan = jabatan, Nama = nama, Pangkat = pangkat, Nip = number };
    }

    /// <summary>The number of the last NIP cell of a row with one signatory.</summary>
    private static string? Number(List<string> row)
    {
        TryNip(row[row.FindLastIndex(c => TryNip(c, out _))], out string? number);
        return number;
    }

    /// <summary>The NIP numbers of a row, in order: one per NIP cell, several when a cell holds several
    /// (<c>NIP. 19640812 198903 1 011 NIP. 19660304 199203 1 005</c>).</summary>
    private static List<string> Nips(List<string> row)
    {
        var numbers = new List<string>();
        foreach (string cell in row)
        {
            int at = 0;
            while (at < cell.Length)
            {
                int next = NextNipLabel(cell, at + 3);
                string part = cell[at..next].Trim();
                if (TryNip(part, out string? number))
                {
                    numbers.Add(number ?? string.Empty);
                }

                at = next;
            }
        }

        return numbers;
    }

    /// <summary>Where the next word <c>NIP</c> starts in <paramref name="cell"/> from <paramref name="from"/> on (the
    /// cell's length when there is none).</summary>
    private static int NextNipLabel(string cell, int from)
    {
        for (int i = Math.Min(from, cell.Length); i + 3 <= cell.Length; i++)
        {
            if (cell[i - 1] == ' ' && cell.AsSpan(i, 3).Equals("NIP", StringComparison.OrdinalIgnoreCase)
                && (i + 3 == cell.Length || !char.IsLetterOrDigit(cell[i + 3])))
            {
                return i;
            }
        }

        return cell.Length;
    }

    /// <summary>Returns whether a cell is a <c>NIP</c> line (<c>NIP. 19650817 199003 1 009</c>, <c>NIP :</c>), and its
    /// number as written (null when the line has none).</summary>
    private static bool TryNip(string cell, out string? number)
    {
        number = null;
        if (!cell.StartsWith("NIP", StringComparison.OrdinalIgnoreCase)
            || (cell.Length > 3 && char.IsLetterOrDigit(cell[3])))
        {
            return false;
        }

        string rest = cell[3..].TrimStart(' ', '.', ':', '\t').Trim();
        number = rest.Length > 0 ? rest : null;
        return number is null || char.IsAsciiDigit(number[0]);
    }

    /// <summary>
    /// Returns whether a cell is a civil servant's <c>pangkat</c> (rank) as printed under the name: one of the ranks'
    /// heads (<c>Juru</c>, <c>Pengatur</c>, <c>Penata</c>, <c>Pembina</c>) and then only the words of a rank and its
    /// golongan (<c>Muda</c>, <c>Madya</c>, <c>Utama</c>, <c>Tingkat</c>/<c>Tk.</c>, <c>I</c>-<c>IV</c>, <c>a</c>-<c>e</c>,
    /// <c>Gol.</c>): <c>Pembina Utama Muda</c>, <c>Penata Tk. I</c>, <c>Pembina (IV/a)</c>.
    /// </summary>
    internal static bool IsPangkat(string cell)
    {
        Span<Range> words = stackalloc Range[12];
        ReadOnlySpan<char> text = cell.AsSpan().Trim();
        int count = text.SplitAny(words, " ,()/.-:", StringSplitOptions.RemoveEmptyEntries);
        if (count is 0 or > 10 || text.Length > 60)
        {
            return false;
        }

        ReadOnlySpan<char> head = text[words[0]];
        if (!(head.Equals("Pembina", StringComparison.OrdinalIgnoreCase) || head.Equals("Penata", StringComparison.OrdinalIgnoreCase)
            || head.Equals("Pengatur", StringComparison.OrdinalIgnoreCase) || head.Equals("Juru", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        for (int i = 1; i < count; i++)
        {
            ReadOnlySpan<char> word = text[words[i]];
            bool rank = word.Equals("Muda", StringComparison.OrdinalIgnoreCase) || word.Equals("Madya", StringComparison.OrdinalIgnoreCase)
                || word.Equals("Utama", StringComparison.OrdinalIgnoreCase) || word.Equals("Tingkat", StringComparison.OrdinalIgnoreCase)
                || word.Equals("Tk", StringComparison.OrdinalIgnoreCase) || word.Equals("Gol", StringComparison.OrdinalIgnoreCase)
                || word.Equals("Golongan", StringComparison.OrdinalIgnoreCase)
                || word is "I" or "II" or "III" or "IV" or "Ia" or "Ib" or "IIa" or "IIb" or "IIIa" or "IIIb" or "IIIc" or "IIId" or "IVa" or "IVb" or "IVc" or "IVd" or "IVe"
                || (word.Length == 1 && word[0] is >= 'a' and <= 'e' or >= 'A' and <= 'E');
            if (!rank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether a cell can be part of a jabatan: it starts with a letter and is no label (<c>Keterangan
    /// :</c>).</summary>
    private static bool IsJabatanLine(string cell) => char.IsLetter(cell[0]) && !cell.EndsWith(':');

    /// <summary>A list item's number and nothing else: <c>1.</c>, <c>2)</c>, <c>10.</c>.</summary>
    private static bool IsListNumber(string cell) =>
        cell.Length is 2 or 3 && cell[^1] is '.' or ')' && ScanText.IsDigits(cell.AsSpan(0, cell.Length - 1));

    private static bool IsPassedOver(ReadOnlySpan<char> cell)
    {
        ReadOnlySpan<char> word = cell.TrimEnd(',').TrimEnd(':').Trim();
        return word.Equals("Mengetahui", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Mengesahkan", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Menyetujui", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ttd", StringComparison.OrdinalIgnoreCase)
            || word.Equals("(ttd)", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ttd.", StringComparison.OrdinalIgnoreCase);
    }
}
