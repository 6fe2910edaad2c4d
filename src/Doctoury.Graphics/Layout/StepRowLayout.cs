using System.Collections.Immutable;
using System.Globalization;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Text;
using Doctoury.Graphics.Themes;
using static Doctoury.Graphics.Layout.LayoutMetrics;

namespace Doctoury.Graphics.Layout;

/// <summary>
/// The row of step cards with connectors. All cards share one font scale and one height: the
/// largest scale at which every word fits its line and the tallest card stays under the preferred
/// height; at the floor the row simply grows taller, and only then may a too-long word be split.
/// </summary>
internal static class StepRowLayout
{
    public static (ImmutableArray<SceneNode> Nodes, double Bottom) Build(string prefix, ProcessSpec process, double left, double top, double width, Theme theme, ITextMeasurer measurer)
    {
        var steps = process.Steps;
        var gap = StepGap(steps.Length);
        var cardWidth = (width - gap * (steps.Length - 1)) / steps.Length;
        Rect Box(int i) => new(left + i * (cardWidth + gap), top, cardWidth, 0);

        double Measure(double scale, TextBlocks text) =>
            steps.Select((s, i) => StepCardLayout.Build(prefix, s, i, steps.Length, Box(i), scale, null, theme, text).NeededHeight).Max();

        var (chosen, split) = FontScale.Choose(Measure, measurer, PreferredCardHeight);
        var blocks = new TextBlocks(measurer, split);
        var rowHeight = Math.Ceiling(Measure(chosen, blocks));
        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        for (var i = 0; i < steps.Length; i++)
        {
            nodes.Add(StepCardLayout.Build(prefix, steps[i], i, steps.Length, Box(i), chosen, rowHeight, theme, blocks).Group);
            if (i < steps.Length - 1) nodes.Add(Connector(prefix, i, Box(i).Right, Box(i + 1).X, top + rowHeight / 2, theme));
        }
        return (nodes.ToImmutable(), top + rowHeight);
    }

    /// <summary>A left-to-right arrow centred in the gap between two cards.</summary>
    private static PathNode Connector(string prefix, int index, double from, double to, double y, Theme theme)
    {
        var inset = Math.Min(10, (to - from) / 4);
        var x1 = from + inset;
        var x2 = to - inset;
        const double head = 9;
        static string F(double v) => TextBlocks.Round(v).ToString(CultureInfo.InvariantCulture);
        var data = $"M{F(x1)} {F(y)} H{F(x2)} M{F(x2 - head)} {F(y - head)} L{F(x2)} {F(y)} L{F(x2 - head)} {F(y + head)}";
        var bounds = new Rect(TextBlocks.Round(x1), TextBlocks.Round(y - head), TextBlocks.Round(x2 - x1), 2 * head);
        return new PathNode($"{prefix}-connector-{index + 1}", NodeRole.Connector, bounds, data, theme.Connector, 4);
    }
}
