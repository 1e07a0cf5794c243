using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Flattened;

/// <summary>Collects the expected values of a corpus text (written by reading the text) and compares them with the
/// reader's result one by one, so a failing test lists every value it missed and how many it got.</summary>
internal sealed class CorpusExpectations
{
    private readonly List<string> misses = [];
    private int count;

    public CorpusExpectations(string fileName)
        : this(RkaTextReader.Read(TestData.CorpusText(fileName)))
    {
    }

    /// <summary>Expectations of a text read already (a corpus text laid out another way).</summary>
    public CorpusExpectations(RkaReadResult result)
    {
        Result = result;
        Form = Result.Document.Forms.Count > 0 ? Result.Document.Forms[0] : new RkaForm();
    }

    public RkaReadResult Result { get; }

    public RkaForm Form { get; }

    public int Count => count;

    public int Hits => count - misses.Count;

    public void Equal<T>(string what, T expected, T actual)
    {
        count++;
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            misses.Add(FormattableString.Invariant($"{what}: expected '{expected}', read '{actual}'"));
        }
    }

    public void Code<TCode>(string what, HeaderField<TCode> field, string? expectedCode, string expectedName)
        where TCode : struct
    {
        Equal(what + " code", expectedCode, field.Code?.ToString());
        Equal(what + " name", expectedName, field.Name);
    }

    public void Missing<TCode>(string what, HeaderField<TCode> field)
        where TCode : struct => Equal(what + " missing", false, field.IsPresent);

    public void Amount(string what, AmountRow? row, decimal expected, string terbilang)
    {
        Equal(what + " amount", (decimal?)expected, row?.Amount?.Amount);
        Equal(what + " terbilang", terbilang, row?.Terbilang);
    }

    public void Indicators(params (IndicatorKind Kind, string TolokUkur, string Target)[] expected)
    {
        Equal("indicator count", expected.Length, Form.Indicators.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Indicator? read = i < Form.Indicators.Count ? Form.Indicators[i] : null;
            if (read is null)
            {
                count += 3;
                misses.AddRange([Invariant($"indicator {i}: no such indicator"), "(its tolok ukur)", "(its target)"]);
                continue;
            }

            Equal(Invariant($"indicator {i} kind"), (IndicatorKind?)expected[i].Kind, read?.Kind);
            Equal(Invariant($"indicator {i} tolok ukur"), expected[i].TolokUkur, read?.TolokUkur);
            Equal(Invariant($"indicator {i} target"), expected[i].Target, read?.Target.Text);
        }
    }

    public void MoneyTarget(int index, decimal expected) => Equal(
        Invariant($"indicator {index} money target"), (decimal?)expected,
        (index < Form.Indicators.Count ? Form.Indicators[index].Target as MoneyTarget : null)?.Amount.Amount);

    public void Rincian(int first, params (string? Kode, string Uraian, decimal? Volume, string? Satuan, decimal? Harga, decimal? Jumlah)[] expected)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            int at = first + i;
            RincianLine? read = at < Form.Rincian.Count ? Form.Rincian[at] : null;
            var e = expected[i];
            string where = Invariant($"rincian {at}");
            if (read is null)
            {
                count += 6;
                for (int v = 0; v < 6; v++)
                {
                    misses.Add(where + ": no such line");
                }

                continue;
            }

            Equal(where + " kode", e.Kode, read?.KodeRekening);
            Equal(where + " uraian", e.Uraian, read?.Uraian);
            Equal(where + " volume", e.Volume, read?.Volume);
            Equal(where + " satuan", e.Satuan, read?.Satuan);
            Equal(where + " harga", e.Harga, read?.HargaSatuan?.Amount);
            Equal(where + " jumlah", e.Jumlah, read?.Jumlah?.Amount);
        }
    }

    /// <summary>Expects a reader finding of <paramref name="code"/> whose message names every one of <paramref name="words"/>.</summary>
    public void Reports(string code, params string[] words)
    {
        count++;
        bool found = Result.Diagnostics.Any(d => d.Code == code
            && words.All(w => d.Message.Contains(w, StringComparison.OrdinalIgnoreCase)));
        if (!found)
        {
            misses.Add($"finding {code} naming {string.Join(", ", words)}: not reported");
        }
    }

    public void DoesNotReport(string code)
    {
        count++;
        Diagnostic[] found = Result.Diagnostics.Where(d => d.Code == code).ToArray();
        if (found.Length > 0)
        {
            misses.Add($"finding {code} not expected: {found[0].Message}");
        }
    }

    /// <summary>Expects no finding of <paramref name="code"/> from the reader or the rules (<see cref="RkaReadResult.Validate"/>).</summary>
    public void DoesNotFind(string code)
    {
        count++;
        Diagnostic[] found = Result.Validate().Where(d => d.Code == code).ToArray();
        if (found.Length > 0)
        {
            misses.Add($"finding {code} not expected: {found[0].Message}");
        }
    }

    public void AssertAll()
    {
        Assert.True(misses.Count == 0, Invariant($"{Hits} of {count} expected values read; missed:\n") + string.Join("\n", misses));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
