namespace Doctoury.Graphics.Layout;

/// <summary>
/// The grid and type scale, taken from the design mockup (shared/design/car-t-mockup.svg).
/// Sizes are CSS px at 1x. Floors keep body text at or above 16 px (WCAG-minded, DESIGN.md).
/// </summary>
internal static class LayoutMetrics
{
    public const double Margin = 48;
    // Headings shrink towards their floors only when a word of theirs would not fit the width.
    public const double TitleSize = 44, TitleFloor = 28;
    public const double SubtitleSize = 22, SubtitleFloor = 18;
    /// <summary>The subtitle's longest line in ems: about 80 characters of Atkinson Hyperlegible (WCAG 1.4.8).</summary>
    public const double SubtitleMeasure = 40;
    public const double ProcessTitleSize = 24, ProcessTitleFloor = 20;

    // Step titles never fall below panel titles' floor, so the hierarchy holds when text is long.
    public const double StepTitleSize = 26, StepTitleFloor = 20;
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

    /// <summary>Narrower panels wrap into another row: their items would read a few words a line.</summary>
    public const double MinPanelWidth = 260;

    public const double FooterSize = 16;

    /// <summary>Font scales tried from largest to smallest; each size is clamped to its floor.</summary>
    public static readonly double[] Scales = [1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7];

    public static double Scaled(double size, double floor, double scale) => Math.Max(floor, Math.Round(size * scale * 2) / 2);

    /// <summary>
    /// A step card's width bounds: below the minimum the text column gets too narrow to read (and
    /// the badge and icon disc would crowd), so the row wraps; above the maximum the lines grow long
    /// and the card looks empty, so the row is centred instead of stretched.
    /// </summary>
    public const double MinCardWidth = 204, MaxCardWidth = 440;

    /// <summary>Cards this wide (two or three steps) have room for a larger icon, which then leads the card.</summary>
    public const double WideCardWidth = 400;

    /// <summary>The narrowest column the picture's content shrinks to when a few steps leave a wide canvas empty.</summary>
    public const double MinContentWidth = 960;

    /// <summary>Space between wrapped rows of steps, where the connector turns back to the next row's start.</summary>
    public const double StepRowGap = 72;

    /// <summary>The longest a connector between two cards may grow when a short row is spread out.</summary>
    public const double MaxStepGap = 96;

    /// <summary>Space between step cards: narrower when there are many steps.</summary>
    public static double StepGap(int steps) => steps <= 4 ? 56 : steps <= 6 ? 48 : 40;

    public static double CardPadding(double cardWidth) => cardWidth >= 220 ? 22 : 14;
}
