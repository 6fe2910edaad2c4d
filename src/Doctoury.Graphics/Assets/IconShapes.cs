using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// Rebuilds an icon from an allow-list: groups, paths and basic shapes (turned into path data),
/// local <c>&lt;use&gt;</c> one level deep, transforms, and whether each shape is filled or stroked.
/// Everything else is dropped; the colour always comes from the theme.
/// </summary>
internal static partial class IconShapes
{
    public const int MaxPaths = 500;

    private static readonly HashSet<string> Skipped = ["defs", "clipPath", "mask", "symbol", "title", "desc", "metadata", "style"];

    /// <param name="root">The parsed &lt;svg&gt; element.</param>
    /// <param name="dropped">Told the name of each element that is not drawn, once per name.</param>
    public static ImmutableArray<IconPath> Read(XElement root, Action<string>? dropped = null)
    {
        var ids = root.Descendants().Where(e => e.Attribute("id") is not null)
            .GroupBy(e => e.Attribute("id")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var walker = new Walker(ids, dropped);
        // The root's own paint counts: Figma writes fill="none" on <svg> and leaves stroked paths without a fill.
        walker.Walk(root, Paint.Default.Apply(root), Affine.Identity, insideUse: false);
        return walker.Paths.ToImmutable();
    }

    /// <summary>True when <paramref name="data"/> holds only path commands, numbers and separators.</summary>
    public static bool IsPathData(string data) => PathData().IsMatch(data);

    private sealed class Walker(Dictionary<string, XElement> ids, Action<string>? dropped)
    {
        private readonly HashSet<string> _reported = [];

        public ImmutableArray<IconPath>.Builder Paths { get; } = ImmutableArray.CreateBuilder<IconPath>();

        public void Walk(XElement parent, Paint paint, Affine transform, bool insideUse)
        {
            foreach (var element in parent.Elements())
            {
                if (Paths.Count >= MaxPaths) return;
                Draw(element, paint, transform, insideUse);
            }
        }

        private void Draw(XElement element, Paint inherited, Affine parentTransform, bool insideUse)
        {
            var name = element.Name.LocalName;
            if (Skipped.Contains(name)) return;
            var paint = inherited.Apply(element);
            var transform = parentTransform;
            if (element.Attribute("transform")?.Value is { } text)
            {
                if (Affine.Parse(text) is not { } own) { Drop(name + " with an unreadable transform"); return; }
                transform = parentTransform.Then(own);
            }
            switch (name)
            {
                case "g":
                    Walk(element, paint, transform, insideUse);
                    return;
                case "use":
                    var href = (element.Attribute("href") ?? element.Attributes().FirstOrDefault(a => a.Name.LocalName == "href"))?.Value;
                    // One level only: a <use> inside a used element is dropped, so a chain of uses cannot multiply.
                    if (insideUse || href is not ['#', .. var id] || !ids.TryGetValue(id, out var target) || target.AncestorsAndSelf().Contains(element))
                    {
                        Drop("use");
                        return;
                    }
                    var offset = new Affine(1, 0, 0, 1, Number(element, "x") ?? 0, Number(element, "y") ?? 0);
                    if (target.Name.LocalName is "g" or "symbol") Walk(target, paint.Apply(target), transform.Then(offset), insideUse: true);
                    else Draw(target, paint, transform.Then(offset), insideUse: true);
                    return;
            }
            if (Outline(element) is not { } data)
            {
                Drop(name);
                return;
            }
            var matrix = transform.IsIdentity ? (Affine?)null : transform;
            if (paint.Fill is not "none") Paths.Add(new IconPath(data, true, paint.FillRule == "evenodd", 0, null, null, matrix));
            if (paint.Stroke is not null and not "none") Paths.Add(new IconPath(data, false, false, paint.StrokeWidth > 0 ? paint.StrokeWidth : 1, paint.LineCap, paint.LineJoin, matrix));
        }

        private void Drop(string what)
        {
            if (_reported.Add(what)) dropped?.Invoke(what);
        }
    }

    /// <summary>The element's outline as path data, or null when it is not a drawable shape.</summary>
    private static string? Outline(XElement e)
    {
        switch (e.Name.LocalName)
        {
            case "path":
                var d = e.Attribute("d")?.Value.Trim();
                return string.IsNullOrEmpty(d) || !IsPathData(d) ? null : d;
            case "rect":
                if (Number(e, "width") is not { } w || Number(e, "height") is not { } h || w <= 0 || h <= 0) return null;
                double x = Number(e, "x") ?? 0, y = Number(e, "y") ?? 0;
                var rx = Number(e, "rx") ?? Number(e, "ry") ?? 0;
                var ry = Number(e, "ry") ?? rx;
                rx = Math.Clamp(rx, 0, w / 2);
                ry = Math.Clamp(ry, 0, h / 2);
                return rx <= 0 || ry <= 0
                    ? Path($"M{N(x)} {N(y)}H{N(x + w)}V{N(y + h)}H{N(x)}Z")
                    : Path($"M{N(x + rx)} {N(y)}H{N(x + w - rx)}A{N(rx)} {N(ry)} 0 0 1 {N(x + w)} {N(y + ry)}V{N(y + h - ry)}A{N(rx)} {N(ry)} 0 0 1 {N(x + w - rx)} {N(y + h)}H{N(x + rx)}A{N(rx)} {N(ry)} 0 0 1 {N(x)} {N(y + h - ry)}V{N(y + ry)}A{N(rx)} {N(ry)} 0 0 1 {N(x + rx)} {N(y)}Z");
            case "circle":
                return Number(e, "r") is { } r && r > 0 ? Ellipse(Number(e, "cx") ?? 0, Number(e, "cy") ?? 0, r, r) : null;
            case "ellipse":
                return Number(e, "rx") is { } erx && Number(e, "ry") is { } ery && erx > 0 && ery > 0 ? Ellipse(Number(e, "cx") ?? 0, Number(e, "cy") ?? 0, erx, ery) : null;
            case "line":
                return Path($"M{N(Number(e, "x1") ?? 0)} {N(Number(e, "y1") ?? 0)}L{N(Number(e, "x2") ?? 0)} {N(Number(e, "y2") ?? 0)}");
            case "polyline" or "polygon":
                var numbers = Points(e.Attribute("points")?.Value);
                if (numbers is null || numbers.Count < 4) return null;
                var text = new StringBuilder($"M{N(numbers[0])} {N(numbers[1])}");
                for (var i = 2; i + 1 < numbers.Count; i += 2) text.Append($"L{N(numbers[i])} {N(numbers[i + 1])}");
                if (e.Name.LocalName == "polygon") text.Append('Z');
                return text.ToString();
            default:
                return null;
        }
    }

    private static string Ellipse(double cx, double cy, double rx, double ry) =>
        Path($"M{N(cx - rx)} {N(cy)}A{N(rx)} {N(ry)} 0 1 0 {N(cx + rx)} {N(cy)}A{N(rx)} {N(ry)} 0 1 0 {N(cx - rx)} {N(cy)}Z");

    private static string Path(FormattableString text) => FormattableString.Invariant(text);

    private static string N(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    internal static double? Number(XElement e, string name)
    {
        var text = e.Attribute(name)?.Value.Trim();
        if (text is null) return null;
        if (text.EndsWith("px", StringComparison.Ordinal)) text = text[..^2];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    private static List<double>? Points(string? text)
    {
        if (text is null) return null;
        var numbers = new List<double>();
        foreach (var part in Regex.Split(text.Trim(), @"[\s,]+"))
        {
            if (part.Length == 0) continue;
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n)) return null;
            numbers.Add(n);
        }
        return numbers;
    }

    /// <summary>The paint a shape inherits; only none-or-painted matters, since the theme gives the colour.</summary>
    private sealed record Paint(string? Fill, string? Stroke, string FillRule, double StrokeWidth, string? LineCap, string? LineJoin)
    {
        public static readonly Paint Default = new("currentColor", null, "nonzero", 0, null, null);

        public Paint Apply(XElement element)
        {
            var style = StyleDeclarations(element.Attribute("style")?.Value);
            string? Get(string name) => style.TryGetValue(name, out var v) ? v : element.Attribute(name)?.Value.Trim();
            return new Paint(
                Get("fill") ?? Fill,
                Get("stroke") ?? Stroke,
                Get("fill-rule") ?? FillRule,
                double.TryParse(Get("stroke-width")?.Replace("px", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var width) && double.IsFinite(width) ? Math.Clamp(width, 0, 100) : StrokeWidth,
                Keyword(Get("stroke-linecap"), "butt", "round", "square") ?? LineCap,
                Keyword(Get("stroke-linejoin"), "miter", "round", "bevel") ?? LineJoin);
        }

        private static string? Keyword(string? value, params string[] allowed) => value is not null && allowed.Contains(value) ? value : null;

        private static Dictionary<string, string> StyleDeclarations(string? style)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var declaration in (style ?? "").Split(';'))
            {
                var colon = declaration.IndexOf(':');
                if (colon > 0) result[declaration[..colon].Trim()] = declaration[(colon + 1)..].Trim();
            }
            return result;
        }
    }

    [GeneratedRegex(@"^[MmZzLlHhVvCcSsQqTtAa0-9eE.,+\-\s]*$")]
    private static partial Regex PathData();
}
