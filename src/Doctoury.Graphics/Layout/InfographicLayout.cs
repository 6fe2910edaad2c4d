using System.Collections.Immutable;
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
    public static InfographicScene Build(InfographicSpec spec, ITextMeasurer measurer, Orientation orientation) =>
        orientation == Orientation.Vertical ? VerticalLayout.Build(spec, measurer) : Build(spec, measurer);

    public static InfographicScene Build(InfographicSpec spec, ITextMeasurer measurer)
    {
        var theme = BuiltInThemes.Get(spec.Theme.Base).With(spec.Theme.Colors);
        var left = Margin;
        var width = spec.Width - 2 * Margin;
        var text = new TextBlocks(measurer, splitLongWords: true);

        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        var (header, y) = HeaderLayout.Build(spec, left, Margin, width, theme, text);
        nodes.AddRange(header);

        var (steps, stepsBottom, notes, stepTitleSize) = StepRowLayout.Build(spec.Id, spec.Process, left, y + 28, width, theme, measurer);
        nodes.AddRange(steps);
        y = stepsBottom;

        var (panels, panelsBottom) = PanelRowLayout.Build(spec.Id, spec.Panels, left, y + 36, width, theme, measurer, maxTitleSize: stepTitleSize);
        nodes.AddRange(panels);
        if (spec.Panels.Length > 0) y = panelsBottom;

        var (footer, footerBottom) = FooterLayout.Build(spec.Id, spec.Footer, left, y + 28, width, theme, text);
        nodes.AddRange(footer);
        if (footer.Length > 0) y = footerBottom;

        var height = Math.Ceiling(y + Margin * 0.75);
        return new InfographicScene(spec.Id, spec.Lang, spec.Width, height, theme.Background, nodes.ToImmutable()) { Notes = notes };
    }
}
