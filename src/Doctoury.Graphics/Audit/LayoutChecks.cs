using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Audit;

/// <summary>
/// The layout's invariants, checked on the drawn Scene so that no arrangement can pass with a
/// broken picture: every word of the spec drawn whole (split only where it is wider than any box
/// the layout could give it, and then named), and no two shapes overlapping unless one is the
/// other's backdrop.
/// </summary>
internal static class LayoutChecks
{
    /// <summary>
    /// DG0107 (warning) for each word broken between lines at a place that is neither a space nor
    /// an author's soft hyphen; DG0110 (error) when the drawn lines do not spell the source text.
    /// </summary>
    public static IEnumerable<AuditFinding> Words(TextNode text, string element, string context)
    {
        if (text.Source.Length == 0) yield break;
        // Every drawn word, and whether it ends its line.
        var tokens = new List<(string Token, bool Ends)>();
        foreach (var line in text.Lines)
        {
            var words = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(); // reading order, also on a bidi line
            for (var k = 0; k < words.Count; k++) tokens.Add((words[k], k == words.Count - 1));
        }
        var next = 0;
        foreach (var word in text.Source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var visible = LineBreaker.Visible(word);
            var soft = SoftHyphenPlaces(word);
            if (next >= tokens.Count)
            {
                yield return Mismatch(text, element, context, visible);
                yield break;
            }
            var drawn = tokens[next].Token;
            var split = false;
            while (drawn != visible && tokens[next].Ends && next + 1 < tokens.Count)
            {
                // A line ended inside the word: fine at an author's soft hyphen (drawn as '-'); anywhere
                // else it is a split, drawn with a hyphen the text does not have.
                var hyphen = drawn.EndsWith('-') && visible.StartsWith(drawn[..^1], StringComparison.Ordinal) && !visible.StartsWith(drawn, StringComparison.Ordinal);
                if (hyphen) drawn = drawn[..^1];
                if (!(hyphen && soft.Contains(drawn.Length))) split = true;
                next++;
                drawn += tokens[next].Token;
            }
            if (drawn != visible)
            {
                yield return Mismatch(text, element, context, visible);
                yield break;
            }
            if (split)
            {
                yield return new AuditFinding("DG0107", element, context,
                    $"The word '{visible}' is wider than any box the layout can give it at the smallest text size, so it is broken across lines.", null, null, null, null)
                { Severity = DiagnosticSeverity.Warning };
            }
            next++;
        }
        if (next < tokens.Count) yield return Mismatch(text, element, context, tokens[next].Token);
    }

    /// <summary>Indexes in the visible word after which the author put a soft hyphen.</summary>
    private static HashSet<int> SoftHyphenPlaces(string word)
    {
        var places = new HashSet<int>();
        var visible = 0;
        foreach (var c in word)
        {
            if (c == LineBreaker.SoftHyphen) places.Add(visible);
            else visible++;
        }
        return places;
    }

    private static AuditFinding Mismatch(TextNode text, string element, string context, string word) =>
        new("DG0110", element, context, $"The drawn lines do not spell the text: '{word}' is missing or changed in '{Shorten(text.Source)}'.", null, null, null, null);

    /// <summary>
    /// DG0108 for two shapes (badge, icon disc, icon, pill, card, connector, text line) that overlap
    /// while neither holds the other: a card may hold its badge, a disc its icon, a pill its words,
    /// but a disc must not cover a badge, nor a connector a card, nor a line of text a shape.
    /// Text over text is DG0105's. Any shape past the picture's edge is DG0104.
    /// </summary>
    public static IEnumerable<AuditFinding> Overlaps(InfographicScene scene, Func<SceneNode, string> element, IReadOnlyDictionary<SceneNode, string> contexts)
    {
        var shapes = new List<(SceneNode Node, Rect Box, string What)>();
        foreach (var node in scene.Descendants())
        {
            switch (node)
            {
                case GroupNode: break;
                case TextNode text:
                    foreach (var line in text.Lines) shapes.Add((text, SceneAudit.LineBox(text, line), $"text '{Shorten(line.Text)}'"));
                    break;
                default:
                    shapes.Add((node, node.Bounds, Describe(node)));
                    break;
            }
        }
        var picture = new Rect(0, 0, scene.Width, scene.Height);
        foreach (var (node, box, what) in shapes.Where(s => !picture.Contains(s.Box, 0.5)))
        {
            yield return new AuditFinding("DG0104", element(node), contexts[node], $"The {what} runs outside the picture, so it would be cut off.", null, null, null, null);
        }
        var boxes = new Rect[shapes.Count];
        var isText = new bool[shapes.Count];
        for (var k = 0; k < shapes.Count; k++) (boxes[k], isText[k]) = (shapes[k].Box, shapes[k].Node is TextNode);
        foreach (var pair in OverlappingPairs(boxes, isText))
        {
            var (a, b) = (shapes[(int)(pair >> 32)], shapes[(int)pair]);
            yield return new AuditFinding("DG0108", element(a.Node), contexts[a.Node],
                $"The {a.What} overlaps the {b.What} ({element(b.Node)}).", null, null, null, null);
        }
    }

    /// <summary>
    /// Every pair (i &lt; j, in order, packed as i &lt;&lt; 32 | j) of boxes that overlap without one holding the other, not both text.
    /// A plain loop over arrays outside the iterator: the quadratic loop inside the iterator was compiled
    /// again by on-stack replacement, state machine and all (15 ms cold).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static long[] OverlappingPairs(Rect[] boxes, bool[] isText)
    {
        var found = new List<long>();
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
            {
                if (isText[i] && isText[j]) continue;
                var (a, b) = (boxes[i], boxes[j]);
                if (!Overlap(a, b) || a.Contains(b, 0.5) || b.Contains(a, 0.5)) continue;
                found.Add((long)i << 32 | (uint)j);
            }
        }
        return [.. found];
    }

    /// <summary>Overlap by more than half a pixel each way, so shapes that merely touch after rounding pass.</summary>
    private static bool Overlap(Rect a, Rect b) =>
        Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X) > 0.5 && Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y) > 0.5;

    private static string Describe(SceneNode node) => node switch
    {
        PathNode { Role: NodeRole.Connector } => "connector",
        IconNode => "icon",
        CircleNode c when c.Id.EndsWith("-badge", StringComparison.Ordinal) => "number badge",
        CircleNode c when c.Id.EndsWith("-disc", StringComparison.Ordinal) => "icon disc",
        CircleNode => "bullet",
        BoxNode { Role: NodeRole.StepCard } => "step card",
        BoxNode { Role: NodeRole.PanelCard } => "panel card",
        BoxNode b when b.Id.EndsWith("-pill", StringComparison.Ordinal) => "duration pill",
        _ => "shape",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
