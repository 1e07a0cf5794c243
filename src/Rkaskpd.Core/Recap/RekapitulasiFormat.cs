namespace Rkaskpd.Recap;

/// <summary>The output formats of <see cref="RekapitulasiWriter"/>.</summary>
public enum RekapitulasiFormat
{
    /// <summary>A plain-text table with aligned columns, for a terminal.</summary>
    Text = 0,

    /// <summary>A Markdown (GitHub) table.</summary>
    Markdown = 2,
}
