using System.Collections.Immutable;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Text;
using Doctoury.Graphics.Themes;
using static Doctoury.Graphics.Layout.LayoutMetrics;

namespace Doctoury.Graphics.Layout;

/// <summary>
/// Spec to Scene, a pure function: header, the step row with connectors, the panel row and the
/// footer, stacked top to bottom; the height follows the content.
/// </summary>
internal static class InfographicLayout
{
    /// <summary>The scene of one cut: the horizontal picture, or the vertical one for phones (<see cref="VerticalLayout"/>).</summary>
    /// <remarks>
    /// A right-to-left language (<see cref="LanguageTable.DirectionOf"/>: Arabic, Hebrew, Persian,
    /// Urdu…; for a language we know nothing of, the first strong letter of the title) gets the same layout with its text set right to
    /// left, then <see cref="Mirror"/>ed: one layout, and left-to-right pictures never change.
    /// </remarks>
    public static InfographicScene Build(InfographicSpec spec, ITextMeasurer measurer, Orientation orientation)
    {
        var direction = Direction(spec);
        var fonts = FontChain.For(spec.Lang);
        if (measurer is SkiaTextMeasurer) measurer = SkiaTextMeasurer.For(direction, fonts);
        var scene = (orientation == Orientation.Vertical ? VerticalLayout.Build(spec, measurer) : Build(spec, measurer)) with { Fonts = fonts };
        return direction == BidiDirection.Rtl ? Mirror.Apply(scene) : scene;
    }

    /// <summary>The direction of the spec's paragraphs: its language's, or found from the title (UAX #9 P2–P3) for a language with no table.</summary>
    public static BidiDirection Direction(InfographicSpec spec)
    {
        var known = LanguageTable.DirectionOf(spec.Lang);
        if (known is { } direction) return direction == TextDirection.Rtl ? BidiDirection.Rtl : BidiDirection.Ltr;
        return Bidi.ParagraphLevel(spec.Title, BidiDirection.Auto) == 1 ? BidiDirection.Rtl : BidiDirection.Ltr;
    }

    public static InfographicScene Build(InfographicSpec spec, ITextMeasurer measurer)
    {
        var theme = BuiltInThemes.Get(spec.Theme.Base).With(spec.Theme.Colors);
        // Few steps on a wide canvas: header, steps, panels and footer share one centred column as
        // wide as the step row (at least a comfortable page), so the heading starts where the first
        // card does and the panels end where the last one does, instead of running the whole width.
        var full = spec.Width - 2 * Margin;
        var grid = StepRowLayout.Arrange(spec.Id, spec.Process, full, theme, measurer);
        var width = Math.Max(grid.UsedWidth, Math.Min(full, MinContentWidth));
        var left = Margin + Math.Round((full - width) / 2);
        var text = new TextBlocks(measurer, splitLongWords: true);

        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        var (header, y) = HeaderLayout.Build(spec, left, Margin, width, theme, text);
        nodes.AddRange(header);

        var (steps, stepsBottom, notes, stepTitleSize, summarySize) = StepRowLayout.Build(spec.Id, spec.Process, left, y + 28, width, theme, measurer, grid, LanguageTable.For(spec.Lang));
        nodes.AddRange(steps);
        y = stepsBottom;

        var (panels, panelsBottom) = PanelRowLayout.Build(spec.Id, spec.Panels, left, y + 36, width, theme, measurer, maxTitleSize: stepTitleSize, maxItemSize: summarySize);
        nodes.AddRange(panels);
        if (spec.Panels.Length > 0) y = panelsBottom;

        var (footer, footerBottom) = FooterLayout.Build(spec.Id, spec.Footer, left, y + 28, width, theme, text);
        nodes.AddRange(footer);
        if (footer.Length > 0) y = footerBottom;

        var height = Math.Ceiling(y + Margin * 0.75);
        return new InfographicScene(spec.Id, spec.Lang, spec.Width, height, theme.Background, nodes.ToImmutable()) { Notes = notes };
    }
}
