namespace Rkaskpd.Html;

/// <summary>The inline style sheets of the printable pages.</summary>
internal static class RkaHtmlStyles
{
    /// <summary>What both pages share: fonts, tables with borders that never grow wider than the page, screen preview.</summary>
    private const string Common = """
        html { font-family: "Liberation Serif", "Times New Roman", "DejaVu Serif", serif; font-size: 10pt; color: #000; background: #fff; }
        body { margin: 0; }
        h1, h2, h3, p { margin: 0; }
        table { width: 100%; table-layout: fixed; border-collapse: collapse; }
        th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-wrap: break-word; }
        th { font-weight: bold; text-align: center; vertical-align: middle; background: #f2f2f2; }
        tr, .block { page-break-inside: avoid; break-inside: avoid; }
        thead { display: table-header-group; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .center { text-align: center; }
        .bold { font-weight: bold; }
        .title td { text-align: center; vertical-align: middle; font-weight: bold; }
        .title .big { font-size: 12pt; }
        .fields td { border: none; padding: 1pt 3pt; }
        .fields { border: 0.75pt solid #000; border-top: none; }
        .fields .label { width: 24%; }
        .fields .colon { width: 2%; text-align: center; }
        .fields .code { width: 22%; }
        .fields .amount { width: 22%; text-align: right; white-space: nowrap; }
        .terbilang { font-style: italic; }
        .caption { border: 0.75pt solid #000; border-top: none; padding: 3pt 4pt; font-weight: bold; text-align: center; }
        .sasaran { border: 0.75pt solid #000; border-top: none; padding: 3pt 4pt; }
        .section-table { border-top: none; }
        .program td { font-weight: bold; }
        .total td { font-weight: bold; border-top: 1.5pt solid #000; }
        .rekening td { font-weight: bold; }
        .group td { font-style: italic; }
        .perubahan { font-size: 7.5pt; }
        .perubahan th, .perubahan td { padding: 1pt 2pt; }
        th.repeat { text-align: left; font-weight: normal; background: #fff; }
        .empty { font-style: italic; color: #444; }
        @media screen {
          html { background: #d9d9d9; }
          .page { background: #fff; margin: 8mm auto; padding: 12mm; box-shadow: 0 0 3mm rgba(0,0,0,.35); box-sizing: border-box; }
        }
        @media print {
          .page { margin: 0; padding: 0; box-shadow: none; }
          th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>The style sheet of the 2.2.1 forms: A4 portrait, one form per page (or more pages when long).</summary>
    public const string Forms = """
        @page {
          size: A4 portrait; margin: 12mm 12mm 14mm 15mm;
          @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font: 8pt "Liberation Serif", "Times New Roman", serif; }
        }
        """ + "\n" + Common + "\n" + """
        @media screen { .page { width: 210mm; min-height: 297mm; } }
        .page { page-break-after: always; break-after: page; }
        .page:last-child { page-break-after: auto; break-after: auto; }
        .fields .inner th, .fields .inner td { border: 0.75pt solid #000; padding: 1pt 3pt; }
        .ttd { width: 46%; margin: 10pt 0 0 54%; text-align: center; }
        .ttd .sign { height: 42pt; }
        .ttd .nama { font-weight: bold; text-decoration: underline; }
        """;

    /// <summary>The style sheet of the 2.2 recap: A4 landscape, for its many amount columns.</summary>
    public const string Recap = """
        @page {
          size: A4 landscape; margin: 12mm 12mm 12mm 12mm;
          @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font: 7.5pt "Liberation Serif", "Times New Roman", serif; }
        }
        """ + "\n" + Common + "\n" + """
        @media screen { .page { width: 297mm; min-height: 210mm; } }
        html { font-size: 8.5pt; }
        th, td { padding: 1.5pt 3pt; }
        .indent { padding-left: 9pt; }
        .indent2 { padding-left: 18pt; }
        """;
}
