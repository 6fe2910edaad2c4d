namespace Doctoury.Graphics.Cli;

/// <summary>Which cuts <c>render</c> and <c>check</c> work on: <c>--layout horizontal|vertical|both</c>.</summary>
internal static class LayoutOption
{
    public static readonly IReadOnlyList<Orientation> Both = [Orientation.Horizontal, Orientation.Vertical];

    public const string Usage = "--layout takes 'horizontal', 'vertical' or 'both'.";

    public static IReadOnlyList<Orientation>? Parse(string? value) => value switch
    {
        "both" => Both,
        "horizontal" => [Orientation.Horizontal],
        "vertical" => [Orientation.Vertical],
        _ => null,
    };

    /// <summary>The manifest's name for a cut, and the tag of its file names (<c>&lt;id&gt;.vertical.png</c>).</summary>
    public static string Name(Orientation orientation) => orientation == Orientation.Vertical ? "vertical" : "horizontal";

    /// <summary>Audit findings of the vertical cut say so, so a reader knows which picture to look at.</summary>
    public static AuditReport Labelled(AuditReport report, Orientation orientation) => orientation == Orientation.Horizontal ? report : report with
    {
        Findings = [.. report.Findings.Select(f => f with { Context = f.Context.Length == 0 ? "vertical" : "vertical: " + f.Context })],
    };

    /// <summary>Every chosen cut audited, findings of all of them in one report.</summary>
    public static AuditReport Audit(Infographic infographic, IReadOnlyList<Orientation> layouts, AuditLevel level, bool alternatePalette = false)
    {
        var reports = layouts.Select(o => Labelled(infographic.WithOrientation(o).Audit(level, alternatePalette), o)).ToList();
        return new AuditReport(level, [.. reports.SelectMany(r => r.Findings)], reports.Sum(r => r.Checked));
    }
}
