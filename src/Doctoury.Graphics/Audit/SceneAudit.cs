using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Audit;

/// <summary>
/// Checks the drawn picture, from the Scene's source colours and positions (shared/ACCESSIBILITY.md §1.1
/// and checklist items 1, 2, 3, 9 and 10): contrast of every text run against the opaque colour behind
/// it, contrast of the graphics a reader needs, rendered text size, text outside its box or over other
/// text, and glyphs the fonts lack. Pure: Scene in, findings out.
/// </summary>
internal static class SceneAudit
{
    public const double MinTextSize = 12, MinBodySize = 16;
    public const double LargeSize = 24, LargeBoldSize = 18.6667;

    public static AuditReport Run(InfographicScene scene, AuditLevel level)
    {
        var findings = new List<AuditFinding>();
        var backdrops = new Backdrops(scene);
        var contexts = Contexts(scene);
        string Local(SceneNode n) => LocalId(scene, n);
        var checkedCount = 0;

        foreach (var node in scene.Descendants())
        {
            foreach (var pair in ContrastPairs.Of(node, backdrops, level))
            {
                checkedCount++;
                var (ratio, behind) = ContrastPairs.Worst(pair.Color, pair.Behind);
                if (pair.Run is { } run)
                {
                    var text = (TextNode)node;
                    if (ratio < pair.Needed && !findings.Any(f => f.Rule == "DG0101" && f.Element == Local(text)))
                    {
                        findings.Add(new AuditFinding("DG0101", Local(text), contexts[node],
                            $"Text '{Shorten(run.Text)}' ({text.Color} on {behind}, {Size(text.FontSize)}{(run.Bold ? " bold" : "")}) has contrast {Contrast.Show(ratio)}; {(pair.Large ? "large " : "")}text needs {pair.Needed}:1 at level {level}.",
                            text.Color, behind, ratio, pair.Needed));
                    }
                    foreach (var rune in run.Text.EnumerateRunes().Where(r => !GlyphCoverage.CanDraw(r)).Distinct())
                    {
                        findings.Add(new AuditFinding("DG0106", Local(text), contexts[node], $"The fonts cannot draw U+{rune.Value:X4} in '{Shorten(run.Text)}'.", null, null, null, null));
                    }
                }
                else if (ratio < pair.Needed)
                {
                    findings.Add(new AuditFinding("DG0102", Local(node), contexts[node], $"The {pair.What} ({pair.Color} on {behind}) has contrast {Contrast.Show(ratio)}; graphics a reader needs must have 3:1 (WCAG 1.4.11).", pair.Color, behind, ratio, pair.Needed));
                }
            }
            if (node is TextNode textNode) TextChecks(findings, textNode, Local(textNode), contexts[node]);
        }
        Overlaps(scene, findings, contexts, Local);
        findings.AddRange(LayoutChecks.Overlaps(scene, Local, contexts));
        findings.AddRange(scene.Notes.Select(n => new AuditFinding(n.Rule, n.Element, n.Context, n.Message, null, null, null, null) { Severity = DiagnosticSeverity.Warning }));
        return new AuditReport(level, Located(scene, findings, Local), checkedCount);
    }

    /// <summary>A node's id without the spec prefix, as findings name it: <c>step-2-summary</c>.</summary>
    internal static string LocalId(InfographicScene scene, SceneNode node) =>
        node.Id.StartsWith(scene.Id + "-", StringComparison.Ordinal) ? node.Id[(scene.Id.Length + 1)..] : node.Id;

    /// <summary>Each finding with the box of the element it names, so a preview can outline it.</summary>
    private static List<AuditFinding> Located(InfographicScene scene, List<AuditFinding> findings, Func<SceneNode, string> local)
    {
        var areas = new Dictionary<string, Rect>(StringComparer.Ordinal);
        foreach (var node in scene.Descendants()) areas.TryAdd(local(node), node.Bounds);
        return [.. findings.Select(f => f.Area is null && areas.TryGetValue(f.Element, out var r) ? f with { Area = new AuditArea(r.X, r.Y, r.Width, r.Height) } : f)];
    }

    /// <summary>Size, place and spelling of a text: DG0103, DG0104, DG0107 and DG0110.</summary>
    private static void TextChecks(List<AuditFinding> findings, TextNode text, string element, string context)
    {
        var minimum = text.Role is NodeRole.StepSummary or NodeRole.StepDetail or NodeRole.PanelItem ? MinBodySize : MinTextSize;
        if (text.FontSize < minimum)
        {
            findings.Add(new AuditFinding("DG0103", element, context, $"Text '{Shorten(text.PlainText)}' is {Size(text.FontSize)} at 1x; {(minimum == MinBodySize ? "body text" : "any text")} needs at least {Size(minimum)}.", text.Color, null, null, minimum));
        }
        // Across: the line's ends. Down: its baseline (the layout's own box holds ascent and descent).
        // One finding per text, however many lines: a flood would hide the cause.
        if (text.Lines.FirstOrDefault(l => l.Left < text.Bounds.X - 0.5 || l.Right > text.Bounds.Right + 0.5 || l.Baseline < text.Bounds.Y || l.Baseline > text.Bounds.Bottom + 0.5) is { } outside)
        {
            findings.Add(new AuditFinding("DG0104", element, context, $"The line '{Shorten(outside.Text)}' runs outside its box.", null, null, null, null));
        }
        findings.AddRange(LayoutChecks.Words(text, element, context));
    }

    /// <summary>Each run with the box its glyphs can cover: ascent and descent from the font size.</summary>
    internal static IEnumerable<(TextRun Run, Rect Box)> RunBoxes(TextNode text) =>
        text.Lines.SelectMany(line => line.Runs.Select(run => (run, new Rect(run.X, line.Baseline - text.FontSize * 0.8, run.Width, text.FontSize))));

    internal static Rect LineBox(TextNode text, TextLine line) => new(line.Left, line.Baseline - text.FontSize * 0.8, line.Right - line.Left, text.FontSize);

    private static void Overlaps(InfographicScene scene, List<AuditFinding> findings, Dictionary<SceneNode, string> contexts, Func<SceneNode, string> local)
    {
        var lines = scene.Descendants().OfType<TextNode>().SelectMany(t => t.Lines.Select(l => (Node: t, Box: LineBox(t, l) with { Height = t.FontSize * 0.95 }))).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = i + 1; j < lines.Count; j++)
            {
                if (lines[i].Node == lines[j].Node || !lines[i].Box.Intersects(lines[j].Box)) continue;
                findings.Add(new AuditFinding("DG0105", local(lines[i].Node), contexts[lines[i].Node], $"Text '{Shorten(lines[i].Node.PlainText)}' overlaps '{Shorten(lines[j].Node.PlainText)}' ({local(lines[j].Node)}).", null, null, null, null));
            }
        }
    }

    /// <summary>The step or panel label each node belongs to.</summary>
    private static Dictionary<SceneNode, string> Contexts(InfographicScene scene)
    {
        var result = new Dictionary<SceneNode, string>(ReferenceEqualityComparer.Instance);
        void Walk(IEnumerable<SceneNode> nodes, string context)
        {
            foreach (var node in nodes)
            {
                result[node] = context;
                if (node is GroupNode group) Walk(group.Children, group.Label);
            }
        }
        Walk(scene.Nodes, "");
        return result;
    }

    private static string Size(double px) => px.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " px";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
