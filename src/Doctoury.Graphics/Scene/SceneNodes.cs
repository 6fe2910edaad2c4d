using Doctoury.Graphics.Assets;
using System.Collections.Immutable;

namespace Doctoury.Graphics.Scene;

/// <summary>
/// A positioned node. Ids come from the spec (<c>car-t-cell-therapy-step-2-title</c>), never from
/// counters, so they are stable and unique when several SVGs share a page.
/// </summary>
internal abstract record SceneNode(string Id, NodeRole Role, Rect Bounds);

/// <summary>A group of nodes that belong together (a step, a panel), with a label for assistive technology.</summary>
internal sealed record GroupNode(string Id, NodeRole Role, Rect Bounds, string Label, ImmutableArray<SceneNode> Children)
    : SceneNode(Id, Role, Bounds);

/// <summary>A rounded rectangle, optionally with a band of another colour along its top edge.</summary>
internal sealed record BoxNode(string Id, NodeRole Role, Rect Bounds, string Fill, double CornerRadius, string? BandColor, double BandHeight)
    : SceneNode(Id, Role, Bounds);

/// <summary>A filled circle inscribed in its bounds.</summary>
internal sealed record CircleNode(string Id, NodeRole Role, Rect Bounds, string Fill)
    : SceneNode(Id, Role, Bounds);

/// <summary>A stroked path in SVG path syntax (connectors, rules).</summary>
internal sealed record PathNode(string Id, NodeRole Role, Rect Bounds, string Data, string Stroke, double StrokeWidth)
    : SceneNode(Id, Role, Bounds);

/// <summary>An icon, bundled or from a file, drawn to fill its bounds in one colour.</summary>
internal sealed record IconNode(string Id, NodeRole Role, Rect Bounds, IconGlyph Glyph, string Color)
    : SceneNode(Id, Role, Bounds);

/// <summary>How a text node's lines align on their x.</summary>
internal enum TextAnchor { Start, Middle, End }

/// <summary>
/// Text already broken into lines and runs with their positions: renderers never measure or wrap.
/// <see cref="SceneNode.Bounds"/> is the box the layout gave the text; every line fits inside it.
/// </summary>
internal sealed record TextNode(string Id, NodeRole Role, Rect Bounds, double FontSize, double LineHeight, string Color, ImmutableArray<TextLine> Lines)
    : SceneNode(Id, Role, Bounds)
{
    public string PlainText => string.Join(" ", Lines.Select(l => l.Text));

    /// <summary>The author's text before breaking (soft hyphens kept), so the audit can check that every word is drawn whole.</summary>
    public string Source { get; init; } = "";
}

/// <summary>One line: its baseline and the runs on it, left to right.</summary>
internal sealed record TextLine(double Baseline, ImmutableArray<TextRun> Runs)
{
    public string Text => string.Join(" ", Runs.Select(r => r.Text));
    public double Left => Runs.Length == 0 ? 0 : Runs[0].X;
    public double Right => Runs.Length == 0 ? 0 : Runs[^1].X + Runs[^1].Width;
}

/// <summary>A stretch of text in one face, placed at its left edge <see cref="X"/>.</summary>
internal sealed record TextRun(string Text, double X, double Width, bool Bold);

/// <summary>The whole picture: size, background, and nodes in reading order.</summary>
internal sealed record InfographicScene(
    string Id,
    string Lang,
    double Width,
    double Height,
    string Background,
    ImmutableArray<SceneNode> Nodes)
{
    /// <summary>Compromises the layout made (text shrunk for one step's sake), reported by the audit as warnings.</summary>
    public ImmutableArray<LayoutNote> Notes { get; init; } = [];

    /// <summary>Every node, depth first, in document order.</summary>
    public IEnumerable<SceneNode> Descendants() => Walk(Nodes);

    private static IEnumerable<SceneNode> Walk(IEnumerable<SceneNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node;
            if (node is GroupNode group)
            {
                foreach (var child in Walk(group.Children)) yield return child;
            }
        }
    }
}
