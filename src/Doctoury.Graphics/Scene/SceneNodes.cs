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
    : SceneNode(Id, Role, Bounds)
{
    /// <summary>Drawn flipped left to right: a step's icon in a right-to-left picture whose author asked for it.</summary>
    public bool Mirrored { get; init; }
}

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

/// <summary>
/// One line: its baseline and the runs on it. A line of plain left-to-right text has its runs in
/// reading order, one per face. A line that needs bidi (a right-to-left paragraph, or any
/// right-to-left letter) has <see cref="Logical"/> set and its runs in visual order, left to right,
/// each of one level and face, so a renderer draws each where it stands and never reorders.
/// </summary>
internal sealed record TextLine(double Baseline, ImmutableArray<TextRun> Runs)
{
    /// <summary>The line's text in reading (logical) order, when the runs are in visual order; else null.</summary>
    public string? Logical { get; init; }

    /// <summary>True when the line belongs to a right-to-left paragraph: its start is its right edge.</summary>
    public bool Rtl { get; init; }

    /// <summary>The line's text in reading order, as the alt text and the audit read it.</summary>
    public string Text => Logical ?? string.Join(" ", Runs.Select(r => r.Text));

    public double Left => Runs.Length == 0 ? 0 : Runs.Min(r => r.X);
    public double Right => Runs.Length == 0 ? 0 : Runs.Max(r => r.X + r.Width);
}

/// <summary>
/// A stretch of text in one face, placed at its left edge <see cref="X"/>. In a bidi line it is also
/// of one direction (<see cref="Rtl"/>: shaped right to left) and starts at <see cref="Start"/> in
/// the line's <see cref="TextLine.Logical"/> text; its <see cref="Text"/> is in reading order.
/// </summary>
internal sealed record TextRun(string Text, double X, double Width, bool Bold)
{
    public bool Rtl { get; init; }

    public int Start { get; init; }
}

/// <summary>The whole picture: size, background, and nodes in reading order.</summary>
internal sealed record InfographicScene(
    string Id,
    string Lang,
    double Width,
    double Height,
    string Background,
    ImmutableArray<SceneNode> Nodes)
{
    /// <summary>The order the bundled faces were tried in when the text was set; renderers draw with the same.</summary>
    public FontChain Fonts { get; init; } = FontChain.Default;

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
