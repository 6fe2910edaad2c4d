using System.Globalization;
using System.Text;
using Doctoury.Graphics.Scene;

namespace Doctoury.Graphics.Rendering.Svg;

/// <summary>
/// CSS that repaints an SVG in a second palette when the reader's system asks for it
/// (<c>prefers-color-scheme</c>, which works inline and through &lt;img&gt;). Both scenes come from
/// the same layout, so nodes pair up by id; only the colours differ. Pure: two scenes in, CSS out.
/// </summary>
internal static class ColorSchemeCss
{
    /// <param name="main">The scene the SVG draws.</param>
    /// <param name="alternate">The same layout in the other palette.</param>
    /// <param name="scheme">"dark" or "light": when the alternate palette applies.</param>
    public static string Build(InfographicScene main, InfographicScene alternate, string scheme)
    {
        var others = alternate.Descendants().ToDictionary(n => n.Id, StringComparer.Ordinal);
        var css = new StringBuilder();
        css.Append(CultureInfo.InvariantCulture, $"@media (prefers-color-scheme: {scheme}){{\n");
        Rule(css, $"#{main.Id}-background", "fill", main.Background, alternate.Background);
        foreach (var node in main.Descendants())
        {
            if (!others.TryGetValue(node.Id, out var other) || other.GetType() != node.GetType() || other.Bounds != node.Bounds)
            {
                throw new InvalidOperationException($"The two palettes laid out '{node.Id}' differently.");
            }
            switch (node, other)
            {
                case (BoxNode a, BoxNode b):
                    Rule(css, "#" + a.Id, "fill", a.Fill, b.Fill);
                    if (a.BandColor is { } band && b.BandColor is { } otherBand) Rule(css, $"#{a.Id}-band", "fill", band, otherBand);
                    break;
                case (CircleNode a, CircleNode b):
                    Rule(css, "#" + a.Id, "fill", a.Fill, b.Fill);
                    break;
                case (PathNode a, PathNode b):
                    Rule(css, "#" + a.Id, "stroke", a.Stroke, b.Stroke);
                    break;
                case (IconNode a, IconNode b):
                    Rule(css, $"#{a.Id} path:not([fill=\"none\"])", "fill", a.Color, b.Color);
                    Rule(css, $"#{a.Id} path[stroke]", "stroke", a.Color, b.Color);
                    break;
                case (TextNode a, TextNode b):
                    Rule(css, "#" + a.Id, "fill", a.Color, b.Color);
                    break;
            }
        }
        return css.Append('}').ToString();
    }

    private static void Rule(StringBuilder css, string selector, string property, string main, string alternate)
    {
        if (!string.Equals(main, alternate, StringComparison.OrdinalIgnoreCase)) css.Append(CultureInfo.InvariantCulture, $"{selector}{{{property}:{alternate}}}\n");
    }
}
