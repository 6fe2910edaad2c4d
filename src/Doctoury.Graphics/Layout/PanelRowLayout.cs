using System.Collections.Immutable;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Text;
using Doctoury.Graphics.Themes;
using static Doctoury.Graphics.Layout.LayoutMetrics;

namespace Doctoury.Graphics.Layout;

/// <summary>Type sizes, padding and preferred height of panels in CSS px; the vertical cut for phones uses smaller ones.</summary>
internal sealed record PanelSizes(double PanelTitleSize, double PanelTitleFloor, double PanelItemSize, double PanelItemFloor, double PanelPadding, double PreferredPanelHeight)
{
    public static readonly PanelSizes Default = new(LayoutMetrics.PanelTitleSize, LayoutMetrics.PanelTitleFloor, LayoutMetrics.PanelItemSize, LayoutMetrics.PanelItemFloor, LayoutMetrics.PanelPadding, LayoutMetrics.PreferredPanelHeight);
}

/// <summary>
/// The row of panels under the steps (benefits, applications, challenges): equal widths, one
/// height, one font scale, chosen the same way as for the step row.
/// </summary>
internal static class PanelRowLayout
{
    /// <summary>
    /// As many panels a row as stay at least <see cref="MinPanelWidth"/> wide with every word fitting
    /// at the floor size; rows are balanced (4 make 2 + 2), and a shorter last row fills the width.
    /// </summary>
    public static (ImmutableArray<SceneNode> Nodes, double Bottom) Build(string prefix, ImmutableArray<PanelSpec> panels, double left, double top, double width, Theme theme, ITextMeasurer measurer, double maxTitleSize = PanelTitleSize, double maxItemSize = PanelItemSize)
    {
        // Never larger than the steps above: titles than step titles, items than step summaries.
        var sizes = PanelSizes.Default with
        {
            PanelTitleSize = Math.Min(PanelTitleSize, maxTitleSize),
            PanelTitleFloor = Math.Min(PanelTitleFloor, maxTitleSize),
            PanelItemSize = Math.Min(PanelItemSize, maxItemSize),
            PanelItemFloor = Math.Min(PanelItemFloor, maxItemSize),
        };
        var columns = Enumerable.Range(1, Math.Max(1, panels.Length)).Select(rows => (panels.Length + rows - 1) / rows).Distinct()
            .FirstOrDefault(c => c == 1 || PanelWidth(width, c, PanelGap) >= MinPanelWidth && WordsFit(panels, PanelWidth(width, c, PanelGap), theme, measurer, sizes), 1);
        return Build(prefix, panels, left, top, width, theme, measurer, columns, PanelGap, sizes);
    }

    private static double PanelWidth(double width, int columns, double gap) => (width - gap * (columns - 1)) / columns;

    private static bool WordsFit(ImmutableArray<PanelSpec> panels, double panelWidth, Theme theme, ITextMeasurer measurer, PanelSizes sizes)
    {
        var probe = new TextBlocks(measurer, splitLongWords: false);
        for (var i = 0; i < panels.Length; i++) BuildPanel("probe", panels[i], i, new Rect(0, 0, panelWidth, 0), Scales[^1], null, theme, probe, sizes);
        return !probe.AnyWordTooWide;
    }

    /// <summary>Panels in rows of <paramref name="columns"/> (1 stacks them, for the vertical cut); each row has one height.</summary>
    public static (ImmutableArray<SceneNode> Nodes, double Bottom) Build(string prefix, ImmutableArray<PanelSpec> panels, double left, double top, double width, Theme theme, ITextMeasurer measurer, int columns, double gap, PanelSizes? sizes = null)
    {
        sizes ??= PanelSizes.Default;
        var PreferredPanelHeight = sizes.PreferredPanelHeight; // shadows the LayoutMetrics constant, so the lines below serve both cuts
        if (panels.Length == 0) return ([], top);
        columns = Math.Clamp(columns, 1, panels.Length);
        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        var y = top;
        for (var start = 0; start < panels.Length; start += columns)
        {
            if (start > 0) y += gap;
            var rowTop = y;
            var row = Enumerable.Range(start, Math.Min(columns, panels.Length - start)).ToArray();
            var panelWidth = PanelWidth(width, row.Length, gap);
            Rect Box(int i) => new(left + (i - start) * (panelWidth + gap), rowTop, panelWidth, 0);

            double Measure(double scale, TextBlocks text) =>
                row.Select(i => BuildPanel(prefix, panels[i], i, Box(i), scale, null, theme, text, sizes).NeededHeight).Max();

            var (chosen, split) = FontScale.Choose(Measure, measurer, PreferredPanelHeight);
            var blocks = new TextBlocks(measurer, split);
            var rowHeight = Math.Ceiling(Measure(chosen, blocks));
            nodes.AddRange(row.Select(i => (SceneNode)BuildPanel(prefix, panels[i], i, Box(i), chosen, rowHeight, theme, blocks, sizes).Group));
            y = rowTop + rowHeight;
        }
        return (nodes.ToImmutable(), y);
    }

    private static (GroupNode Group, double NeededHeight) BuildPanel(string prefix, PanelSpec panel, int index, Rect box, double scale, double? rowHeight, Theme theme, TextBlocks text, PanelSizes sizes)
    {
        var (PanelTitleSize, PanelTitleFloor, PanelItemSize, PanelItemFloor, PanelPadding, _) = sizes; // shadow the LayoutMetrics constants
        var id = $"{prefix}-panel-{index + 1}";
        var accent = theme.PanelAccent(index);
        var inner = box.Width - 2 * PanelPadding;
        var nodes = ImmutableArray.CreateBuilder<SceneNode>();

        var titleStyle = new TextStyle(Scaled(PanelTitleSize, PanelTitleFloor, scale), 1.2, true, accent);
        const double iconSize = 32;
        var titleLeft = box.X + PanelPadding + (panel.Icon is null ? 0 : iconSize + 12);
        var headerTop = box.Y + PanelPadding;
        var titleLineHeight = titleStyle.Size * titleStyle.LineHeight;
        // The header keeps the icon's height with or without one, so neighbouring panels line up.
        var title = text.Balanced($"{id}-title", NodeRole.PanelTitle, panel.Title, titleLeft, headerTop + Math.Max(0, (iconSize - titleLineHeight) / 2), box.Right - PanelPadding - titleLeft, titleStyle);
        if (panel.Icon is { } icon)
        {
            nodes.Add(new IconNode($"{id}-icon", NodeRole.Icon, new Rect(box.X + PanelPadding, headerTop, iconSize, iconSize), icon, accent));
        }
        nodes.Add(title);
        var y = Math.Max(title.Bounds.Bottom, headerTop + iconSize) + 16;

        var itemStyle = new TextStyle(Scaled(PanelItemSize, PanelItemFloor, scale), 1.45, false, theme.Text);
        const double bulletIndent = 16;
        for (var i = 0; i < panel.Items.Length; i++)
        {
            var item = panel.Items[i];
            if (i > 0) y += 10;
            StyledSpan[] spans = item.Title is { } bold
                ? [new StyledSpan(bold + ":", true), new StyledSpan(item.Text, false)]
                : [new StyledSpan(item.Text, false)];
            var block = text.Block($"{id}-item-{i + 1}", NodeRole.PanelItem, spans, box.X + PanelPadding + bulletIndent, y, inner - bulletIndent, itemStyle);
            var dotY = block.Lines.Length > 0 ? block.Lines[0].Baseline - itemStyle.Size * 0.33 : y;
            nodes.Add(new CircleNode($"{id}-item-{i + 1}-bullet", NodeRole.Decoration, Round(new Rect(box.X + PanelPadding + 1.5, dotY - 3.5, 7, 7)), accent));
            nodes.Add(block);
            y = block.Bounds.Bottom;
        }

        var needed = y + PanelPadding - box.Y;
        var card = new BoxNode($"{id}-card", NodeRole.PanelCard, Round(box with { Height = rowHeight ?? needed }), theme.PanelTint(index), CardRadius, null, 0);
        nodes.Insert(0, card);
        return (new GroupNode(id, NodeRole.Panel, card.Bounds, panel.Title, nodes.ToImmutable()), needed);
    }

    private static Rect Round(Rect r) => new(TextBlocks.Round(r.X), TextBlocks.Round(r.Y), TextBlocks.Round(r.Width), TextBlocks.Round(r.Height));
}
