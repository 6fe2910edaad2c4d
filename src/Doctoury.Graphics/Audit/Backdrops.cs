using Doctoury.Graphics.Scene;

namespace Doctoury.Graphics.Audit;

/// <summary>
/// The opaque colours directly behind a box in the scene, from the source colours of the shapes
/// painted before it (not from anti-aliased pixels: WCAG Understanding 1.4.11).
/// </summary>
internal sealed class Backdrops
{
    private readonly List<(int Order, Rect Area, bool Round, string Fill)> _shapes = [];

    public Backdrops(InfographicScene scene)
    {
        _shapes.Add((-1, new Rect(0, 0, scene.Width, scene.Height), false, scene.Background));
        var order = 0;
        foreach (var node in scene.Descendants())
        {
            switch (node)
            {
                case BoxNode box:
                    _shapes.Add((order, box.Bounds, false, box.Fill));
                    if (box.BandColor is { } band && box.BandHeight > 0) _shapes.Add((order, box.Bounds with { Height = box.BandHeight }, false, band));
                    break;
                case CircleNode circle:
                    _shapes.Add((order, circle.Bounds, true, circle.Fill));
                    break;
            }
            Orders[node] = order++;
        }
    }

    /// <summary>The paint order of every node.</summary>
    public Dictionary<SceneNode, int> Orders { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The colours that can sit behind <paramref name="area"/> when it is painted at <paramref name="order"/>:
    /// the last earlier shape that covers it whole, and any later shape that covers part of it.
    /// </summary>
    public IReadOnlyList<string> Behind(Rect area, int order)
    {
        var earlier = _shapes.Where(s => s.Order < order).ToList();
        var cover = Math.Max(0, earlier.FindLastIndex(s => Covers(s.Area, s.Round, area)));
        return earlier.Skip(cover).Where((s, i) => i == 0 || s.Area.Intersects(area)).Select(s => s.Fill).Distinct().ToList();
    }

    private static bool Covers(Rect shape, bool round, Rect area)
    {
        if (!round) return shape.Contains(area);
        var (cx, cy, r) = (shape.X + shape.Width / 2, shape.Y + shape.Height / 2, Math.Min(shape.Width, shape.Height) / 2);
        return new[] { (area.X, area.Y), (area.Right, area.Y), (area.X, area.Bottom), (area.Right, area.Bottom) }
            .All(p => Math.Pow(p.Item1 - cx, 2) + Math.Pow(p.Item2 - cy, 2) <= r * r + 0.01);
    }
}
