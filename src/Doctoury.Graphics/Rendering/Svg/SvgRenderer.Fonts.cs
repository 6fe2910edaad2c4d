using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Rendering.Svg;

/// <summary>The embedded fonts: each face cut to what the picture draws.</summary>
internal static partial class SvgRenderer
{
    private static readonly Dictionary<int, int> Mirrors = new[] { "()", "[]", "{}", "<>", "«»", "‹›" }
        .SelectMany(p => new[] { KeyValuePair.Create((int)p[0], (int)p[1]), KeyValuePair.Create((int)p[1], (int)p[0]) })
        .ToDictionary();

    /// <summary>
    /// The chain's first faces always, and each other family only when this picture's text uses it, each face
    /// cut down to the characters drawn in it (<see cref="FontSubsetter"/>); the font-family list in
    /// the chain's order, so the browser falls back as the PNG did.
    /// </summary>
    private static string FontFaces(InfographicScene scene)
    {
        var used = new Dictionary<(FontFamily Family, bool Bold), HashSet<int>>();
        foreach (var run in scene.Descendants().OfType<TextNode>().SelectMany(t => t.Lines).SelectMany(l => l.Runs))
        {
            foreach (var (start, length, family) in Shaper.Itemize(run.Text, scene.Fonts))
            {
                if (!used.TryGetValue((family, run.Bold), out var points)) used[(family, run.Bold)] = points = [];
                foreach (var rune in run.Text.AsSpan(start, length).EnumerateRunes())
                {
                    points.Add(rune.Value);
                    // Right to left, a browser draws "(" as ")": keep the mirrored twin in the subset.
                    if (run.Rtl && Mirrors.TryGetValue(rune.Value, out var twin)) points.Add(twin);
                }
            }
        }
        var families = scene.Fonts.Families.Where(f => f == scene.Fonts.Families[0] || used.Keys.Any(k => k.Family == f)).ToList();
        string Face(FontFamily family, bool bold)
        {
            // A face the text never uses is still declared (for a reader's own styles), with just a space.
            var font = FontSubsetter.Subset(BundledFonts.Bytes(family, bold), used.GetValueOrDefault((family, bold)) ?? [' ']);
            return $"@font-face{{font-family:\"{BundledFonts.CssName(family)}\";font-style:normal;font-weight:{(bold ? 700 : 400)};src:url(data:font/ttf;base64,{Convert.ToBase64String(font)}) format(\"truetype\")}}";
        }
        return string.Join("\n", families.SelectMany(f => new[] { Face(f, false), Face(f, true) })) +
               $"\ntext{{font-family:{string.Join(",", families.Select(f => $"\"{BundledFonts.CssName(f)}\""))},sans-serif}}";
    }
}
