using Doctoury.Graphics.Scene;

namespace Doctoury.Graphics.Audit;

/// <summary>
/// One colour measured against what is behind it: a text run, or a graphic a reader needs, with the
/// opaque colours that can sit behind it and the ratio it needs.
/// </summary>
internal readonly record struct ContrastPair(SceneNode Node, string What, string Color, IReadOnlyList<string> Behind, double Needed, TextRun? Run, bool Large);

/// <summary>
/// Every colour pair the audit holds to a contrast threshold (shared/ACCESSIBILITY.md checklist 1–3):
/// each text run on the fills behind its glyph box, and connectors, icons, number badges and card
/// bands (3:1, WCAG 1.4.11). The audit measures them; the colour suggestions solve against them.
/// </summary>
internal static class ContrastPairs
{
    public static IEnumerable<ContrastPair> Of(SceneNode node, Backdrops backdrops, AuditLevel level)
    {
        var order = backdrops.Orders[node];
        switch (node)
        {
            case TextNode text:
                foreach (var (run, box) in SceneAudit.RunBoxes(text))
                {
                    var large = text.FontSize >= SceneAudit.LargeSize || run.Bold && text.FontSize >= SceneAudit.LargeBoldSize;
                    var needed = (level, large) switch { (AuditLevel.AA, false) => 4.5, (AuditLevel.AA, true) => 3.0, (_, false) => 7.0, _ => 4.5 };
                    yield return new ContrastPair(text, "text", text.Color, backdrops.Behind(box, order), needed, run, large);
                }
                break;
            case PathNode { Role: NodeRole.Connector } path:
                yield return Graphic(path, "connector", path.Stroke, backdrops.Behind(path.Bounds, order));
                break;
            case IconNode icon:
                yield return Graphic(icon, "icon", icon.Color, backdrops.Behind(icon.Bounds, order));
                break;
            case CircleNode circle when circle.Id.EndsWith("-badge", StringComparison.Ordinal):
                yield return Graphic(circle, "number badge", circle.Fill, backdrops.Behind(circle.Bounds, order));
                break;
            case BoxNode { BandColor: { } band } box:
                // A step card's coloured top band is what marks the card on the page.
                yield return Graphic(box, "card band", band, backdrops.Behind(box.Bounds with { Height = box.BandHeight }, order));
                break;
        }
    }

    /// <summary>All pairs of a scene, in drawing order.</summary>
    public static IEnumerable<ContrastPair> In(InfographicScene scene, AuditLevel level)
    {
        var backdrops = new Backdrops(scene);
        return scene.Descendants().SelectMany(n => Of(n, backdrops, level)).ToList();
    }

    /// <summary>The colour behind that gives the lowest ratio, and that ratio.</summary>
    public static (double Ratio, string Behind) Worst(string color, IReadOnlyList<string> behind) =>
        behind.Select(b => (Contrast.Ratio(color, b), b)).MinBy(p => p.Item1);

    private static ContrastPair Graphic(SceneNode node, string what, string color, IReadOnlyList<string> behind) =>
        new(node, what, color, behind, 3.0, null, false);
}
