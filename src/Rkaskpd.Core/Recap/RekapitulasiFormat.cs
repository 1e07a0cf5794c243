namespace Rkaskpd.Recap;

/// <summary>The output formats of <see cref="RekapitulasiWriter"/>.</summary>
public enum RekapitulasiFormat
{
    /// <summary>A plain-text table with aligned columns, for a terminal.</summary>
    Text = 0,

    /// <summary>JSON through <see cref="Serialization.RkaskpdJsonContext"/>: an object with <c>programs</c> and <c>total</c>.</summary>
    Json = 1,

    /// <summary>A Markdown (GitHub) table.</summary>
    Markdown = 2,
}
