using System.Collections.Immutable;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Text;
using Doctoury.Graphics.Themes;
using static Doctoury.Graphics.Layout.VerticalMetrics;

namespace Doctoury.Graphics.Layout;

/// <summary>
/// Spec to Scene for phones, a pure function: header, the steps stacked along a spine of numbered
/// badges with connectors pointing down, the panels stacked full width, and the footer, at the spec's
/// <c>vertical.width</c>. Node ids are those of the horizontal layout, so the SVG renderer, the audit
/// and the descriptions treat both cuts alike.
/// </summary>
internal static class VerticalLayout
{
    public static InfographicScene Build(InfographicSpec spec, ITextMeasurer measurer)
    {
        var theme = BuiltInThemes.Get(spec.Theme.Base).With(spec.Theme.Colors);
        var margin = Margin(spec.VerticalWidth);
        var left = margin;
        var width = spec.VerticalWidth - 2 * margin;
        var text = new TextBlocks(measurer, splitLongWords: true);

        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        var (header, y) = HeaderLayout.Build(spec, left, TopMargin, width, theme, text, Header);
        nodes.AddRange(header);

        var type = ChooseType(spec.Process, width, measurer);
        var (steps, stepsBottom) = Steps(spec.Id, spec.Process, type, left, y + SectionGap, width, theme, text, LanguageTable.For(spec.Lang));
        nodes.AddRange(steps);
        y = stepsBottom;

        var (panels, panelsBottom) = PanelRowLayout.Build(spec.Id, spec.Panels, left, y + SectionGap + 4, width, theme, measurer, columns: 1, PanelGap, Panels(type));
        nodes.AddRange(panels);
        if (spec.Panels.Length > 0) y = panelsBottom;

        var (footer, footerBottom) = FooterLayout.Build(spec.Id, spec.Footer, left, y + SectionGap, width, theme, text);
        nodes.AddRange(footer);
        if (footer.Length > 0) y = footerBottom;

        var height = Math.Ceiling(y + BottomMargin);
        return new InfographicScene(spec.Id, spec.Lang, spec.VerticalWidth, height, theme.Background, nodes.ToImmutable());
    }

    /// <summary>
    /// The steps top to bottom, each followed by the connector to the next, all of one
    /// <see cref="VerticalStepLayout.StepType"/> so titles keep one size.
    /// </summary>
    private static (ImmutableArray<SceneNode> Nodes, double Bottom) Steps(string prefix, ProcessSpec process, VerticalStepLayout.StepType type, double left, double top, double width, Theme theme, TextBlocks text, LanguageProfile language)
    {
        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        var y = top;
        Rect? previousBadge = null;
        for (var i = 0; i < process.Steps.Length; i++)
        {
            var step = VerticalStepLayout.Build(prefix, process.Steps[i], i, process.Steps.Length, left, y, width, type, theme, text, language);
            if (previousBadge is { } from) nodes.Add(VerticalStepLayout.Connector(prefix, i - 1, from, step.Badge, theme));
            nodes.Add(step.Group);
            previousBadge = step.Badge;
            y = step.Group.Bounds.Bottom + StepGap;
        }
        return (nodes.ToImmutable(), y - StepGap);
    }

    /// <summary>
    /// Picks the step type: the largest title size whose every word fits beside the icon, else the
    /// largest that fits under it; the larger summary size when its words fit. A column has no
    /// height to keep, so only the words decide, and only a word wider than its line at the floor
    /// is ever split (LineBreaker then splits it, and only it).
    /// </summary>
    private static VerticalStepLayout.StepType ChooseType(ProcessSpec process, double width, ITextMeasurer measurer)
    {
        bool Fits(VerticalStepLayout.StepType type, Func<StepSpec, IEnumerable<(string Text, double Width, double Size, bool Bold)>> texts) =>
            process.Steps.SelectMany(texts).All(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => measurer.Width(w, t.Size, t.Bold) <= t.Width));

        double[] titleSizes = [StepTitleSize, StepTitleSize - 1, StepTitleSize - 2];
        var candidates = titleSizes.Select(size => (Size: size, Beside: true))
            .Concat(titleSizes.Append(StepTitleFloor).Select(size => (Size: size, Beside: false)));
        var title = candidates.Select(c => new VerticalStepLayout.StepType(c.Size, SummarySize, DetailSize, DurationSize, c.Beside))
            .FirstOrDefault(type => Fits(type, s => [(s.Title, VerticalStepLayout.TitleWidth(s, width, type), type.Title, true)]))
            ?? new VerticalStepLayout.StepType(StepTitleFloor, SummarySize, DetailSize, DurationSize, false);

        var body = VerticalStepLayout.BodyWidth(width);
        var larger = Fits(title, s => [(s.Summary, body, SummarySize, false)]);
        return title with { Summary = larger ? SummarySize : SummaryFloor };
    }
}
