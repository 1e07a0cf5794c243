using System;

namespace Rkaskpd.Text.Layout;

/// <summary>What the layout stage sees in one source line, computed once when the line arrives.</summary>
[Flags]
internal enum LineShape
{
    /// <summary>Plain text of none of the shapes below.</summary>
    None = 0,

    /// <summary>Empty or white space only.</summary>
    Blank = 1,

    /// <summary>Has a tab: the canonical cell layout, passed through.</summary>
    Tab = 1 << 1,

    /// <summary>Starts with <c>:</c> (a value line of the one-cell-per-line layout).</summary>
    ColonLead = 1 << 2,

    /// <summary>Only colons and spaces (<c>:</c> or <c>: : : :</c>).</summary>
    ColonOnly = 1 << 3,

    /// <summary>No colon and short enough to be a label.</summary>
    Short = 1 << 4,

    /// <summary>The whole line is one known label (header label, amount label or KAK heading).</summary>
    Label = 1 << 5,

    /// <summary>The whole line is two or more known header or amount labels (a labels line).</summary>
    LabelsLine = 1 << 6,

    /// <summary>Has a run of two or more spaces between cells (fixed-width columns).</summary>
    Gapped = 1 << 7,

    /// <summary>Starts with two or more spaces.</summary>
    Indented = 1 << 8,

    /// <summary>Several known <c>Label : value</c> pairs on one line.</summary>
    Merged = 1 << 9,

    /// <summary>The whole line is an indicator kind (<c>MASUKAN</c>, <c>Capaian Program</c>).</summary>
    IndicatorKind = 1 << 10,

    /// <summary>Starts with a code (digits with dots: <c>1.02</c>).</summary>
    CodeLead = 1 << 11,

    /// <summary>Starts a section (form title, indicator heading, KAK title, rincian title or header row).</summary>
    Structural = 1 << 12,

    /// <summary>The line starts with a KAK heading (a new KAK row, never a wrapped cell).</summary>
    KakHeadingLead = 1 << 13,

    /// <summary>Starts with a known header or amount label followed by a colon (<c>Program : ...</c>).</summary>
    LabelPair = 1 << 14,

    /// <summary>Ends a value of the one-cell-per-line layout: any line that starts something else.</summary>
    Stop = Blank | Tab | ColonLead | Label | LabelsLine | Merged | IndicatorKind | Structural | KakHeadingLead | LabelPair,
}
