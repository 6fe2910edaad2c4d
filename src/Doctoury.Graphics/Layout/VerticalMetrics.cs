namespace Doctoury.Graphics.Layout;

/// <summary>
/// The grid and type scale of the vertical cut for phones (320–640 CSS px wide). A phone is held at
/// arm's length and read one column at a time, so sizes are smaller than the horizontal picture's
/// (which is scaled down on a page) yet body text stays at 16 px or more at 1x.
/// </summary>
internal static class VerticalMetrics
{
    /// <summary>Side margin: 20 px from 360 px up (a common phone gutter), 16 px on the narrowest screens.</summary>
    public static double Margin(double width) => width >= 360 ? 20 : 16;

    public const double TopMargin = 28, BottomMargin = 24;

    /// <summary>About 60 % of the horizontal title: a 30 px title still leads at phone size without wrapping every word.</summary>
    public static readonly HeaderSizes Header = new(Title: 29, Subtitle: 17, ProcessTitle: 19);

    /// <summary>The spine: number badges in a column left of the cards, linked by downward connectors. 19 px bold is large text (WCAG: 14 pt bold), as the horizontal badges are.</summary>
    public const double BadgeSize = 36, BadgeNumberSize = 19, SpineGap = 10;
    public const double ConnectorInset = 5, ConnectorHead = 6, ConnectorStroke = 3;

    public const double StepGap = 16;
    public const double CardPadding = 16, CardRadius = 16, CardBand = 6;
    public const double IconDisc = 40, IconGap = 12;

    public const double StepTitleSize = 21, StepTitleFloor = 18;
    public const double SummarySize = 17, SummaryFloor = 16;
    public const double DetailSize = 16, DetailFloor = 16;
    public const double DurationSize = 16, DurationFloor = 16;

    public const double PanelGap = 16;

    /// <summary>
    /// Panel titles one size below the step titles (never larger), so the hierarchy reads steps first,
    /// and items the size of the step summaries; no preferred height, since a stacked panel may grow,
    /// and so every panel keeps the same sizes.
    /// </summary>
    public static PanelSizes Panels(VerticalStepLayout.StepType steps)
    {
        var title = Math.Max(18, Math.Min(20, steps.Title - 1));
        return new(PanelTitleSize: title, PanelTitleFloor: title, PanelItemSize: steps.Summary, PanelItemFloor: 16, PanelPadding: 18, PreferredPanelHeight: double.PositiveInfinity);
    }

    /// <summary>Space between the header and the steps, the steps and the panels, the panels and the footer.</summary>
    public const double SectionGap = 24;
}
