using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd;
using Rkaskpd.Tests;
using Xunit;

namespace RkaConvert.Tests;

public class TerbilangCommandTests
{
    [Theory]
    [InlineData("120877500", "SERATUS DUA PULUH JUTA DELAPAN RATUS TUJUH PULUH TUJUH RIBU LIMA RATUS RUPIAH")]
    [InlineData("551.204.390,00", "LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH")]
    [InlineData("Rp. 73.246.000,-", "TUJUH PULUH TIGA JUTA DUA RATUS EMPAT PULUH ENAM RIBU RUPIAH")]
    [InlineData("32 500 000,00", "TIGA PULUH DUA JUTA LIMA RATUS RIBU RUPIAH")]
    [InlineData("Rp 1.796.000,00", "SATU JUTA TUJUH RATUS SEMBILAN PULUH ENAM RIBU RUPIAH")]
    [InlineData("Rp.11.000", "SEBELAS RIBU RUPIAH")]
    public void Argument_prints_the_forms_terbilang(string amount, string expected)
    {
        AppResult result = AppRun.Of("terbilang", amount);

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([expected], result.StdoutLines);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Several_arguments_print_one_line_each_in_order()
    {
        AppResult result = AppRun.Of("terbilang", "1000", "11", "1.000.000");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["SERIBU RUPIAH", "SEBELAS RUPIAH", "SATU JUTA RUPIAH"], result.StdoutLines);
    }

    [Fact]
    public void A_negative_amount_after_the_double_dash_is_read()
    {
        AppResult result = AppRun.Of("terbilang", "--", "-1.000,00");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Rupiah.Parse("-1.000,00").ToTerbilang()], result.StdoutLines);
    }

    [Fact]
    public void A_bad_argument_is_reported_the_others_are_printed_and_the_exit_code_is_1()
    {
        AppResult result = AppRun.Of("terbilang", "1000", "lima", "11");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["SERIBU RUPIAH", "SEBELAS RUPIAH"], result.StdoutLines);
        string line = Assert.Single(result.StderrLines);
        Assert.Contains("argument 2", line, System.StringComparison.Ordinal);
        Assert.Contains("'lima'", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_line_by_line_skipping_empty_lines_and_reporting_bad_ones()
    {
        AppResult result = AppRun.WithInput("551.204.390,00\n\n   \n12,345\n1000\r\n", "terbilang");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            ["LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH", "SERIBU RUPIAH"],
            result.StdoutLines);
        string line = Assert.Single(result.StderrLines);
        Assert.Contains("line 4", line, System.StringComparison.Ordinal);
        Assert.Contains("'12,345'", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_without_bad_lines_exits_0()
    {
        AppResult result = AppRun.WithInput("1\n2\n", "terbilang");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["SATU RUPIAH", "DUA RUPIAH"], result.StdoutLines);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Empty_standard_input_prints_nothing_and_exits_0()
    {
        AppResult result = AppRun.WithInput(string.Empty, "terbilang");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Many_lines_are_all_converted()
    {
        var input = new StringBuilder();
        for (int i = 1; i <= 20_000; i++)
        {
            input.Append(i).Append('\n');
        }

        AppResult result = AppRun.WithInput(input.ToString(), "terbilang");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StdoutLines;
        Assert.Equal(20_000, lines.Length);
        Assert.Equal("DUA PULUH RIBU RUPIAH", lines[^1]);
    }

    [Property(MaxTest = 200)]
    public Property Standard_input_output_is_each_amounts_ToTerbilang() =>
        // 0–40 amounts a run, each of 1–18 digits of sen, either sign, and the extremes of Rupiah.
        Prop.ForAll((from count in Gen.Choose(0, 40) from values in Gen.ArrayOf(WideNumbers.AnyLong, count) select values).ToArbitrary(), sen =>
        {
            Rupiah[] amounts = sen.Select(s => Rupiah.FromSen(s)).ToArray();
            string input = string.Join('\n', amounts.Select(a => a.ToString()));

            AppResult result = AppRun.WithInput(input, "terbilang");

            return (result.ExitCode == 0 && result.StdoutLines.SequenceEqual(amounts.Select(a => a.ToTerbilang())))
                .Label($"exit {result.ExitCode}, stderr {result.Stderr}");
        });
}
