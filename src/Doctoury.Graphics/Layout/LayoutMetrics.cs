namespace Doctoury.Graphics.Layout;

/// <summary>
/// The grid and type scale, taken from the design mockup (shared/design/car-t-mockup.svg).
/// Sizes are CSS px at 1x. Floors keep body text at or above 16 px (WCAG-minded, DESIGN.md).
/// </summary>
internal static class LayoutMetrics
{
    public const double Margin = 48;
    public const double TitleSize = 44;
    public const double SubtitleSize = 22;
    public const double ProcessTitleSize = 24;

    public const double StepTitleSize = 26, StepTitleFloor = 18;
    public const double SummarySize = 19, SummaryFloor = 16;
    public const double DetailSize = 17, DetailFloor = 16;
    public const double DurationSize = 17, DurationFloor = 16;
    public const double CardRadius = 20;
    public const double CardBand = 10;

    /// <summary>A step row taller than this first shrinks its fonts towards their floors.</summary>
    public const double PreferredCardHeight = 400;

    public const double PanelTitleSize = 24, PanelTitleFloor = 20;
    public const double PanelItemSize = 18, PanelItemFloor = 16;
    public const double PanelGap = 24;
    public const double PanelPadding = 28;
    public const double PreferredPanelHeight = 320;

    public const double FooterSize = 16;

    /// <summary>Font scales tried from largest to smallest; each size is clamped to its floor.</summary>
    public static readonly double[] Scales = [1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7];

    public static double Scaled(double size, double floor, double scale) => Math.Max(floor, Math.Round(size * scale * 2) / 2);

    /// <summary>Space between step cards: narrower when there are many steps.</summary>
    public static double StepGap(int steps) => steps <= 4 ? 56 : steps <= 6 ? 48 : 40;

    public static double CardPadding(double cardWidth) => cardWidth >= 220 ? 22 : 14;
}
