using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Text;
using SkiaSharp;
using static Doctoury.Graphics.Scene.Shapes;

namespace Doctoury.Graphics.Rendering.Svg;

/// <summary>
/// Text drawn as glyph outlines from the same shaping the PNG draws, for renderers that ignore
/// embedded fonts (librsvg, design tools). Each glyph's outline is written once, in
/// <c>&lt;defs&gt;</c>, at <see cref="Em"/> px; every place it is drawn is a <c>&lt;use&gt;</c>. A text
/// block is one group, named by its words where it stands in a structure (a list item), hidden
/// from assistive technology otherwise.
/// </summary>
internal sealed partial class GlyphOutlines
{
    /// <summary>The size the outlines are written at: hundredths of a pixel at it are finer than any screen shows.</summary>
    private const float Em = 100;

    private readonly string _prefix;
    private readonly FontChain _chain;
    private readonly SortedDictionary<(FontFamily Family, bool Bold, ushort Glyph), string> _glyphs = new();

    /// <param name="scene">Whose glyphs are outlined; its id prefixes theirs, so two SVGs on one page never share an id.</param>
    public GlyphOutlines(InfographicScene scene)
    {
        _prefix = scene.Id + "-glyph-";
        _chain = scene.Fonts;
        foreach (var run in scene.Descendants().OfType<TextNode>().SelectMany(t => t.Lines).SelectMany(l => l.Runs))
        {
            var shaped = Shaper.Shape(run.Text, run.Bold, run.Rtl, scene.Fonts);
            for (var i = 0; i < shaped.Glyphs.Length; i++) _glyphs.TryAdd((shaped.Families[i], run.Bold, shaped.Glyphs[i]), "");
        }
        foreach (var key in _glyphs.Keys.ToList())
        {
            using var font = SkiaFonts.CreateFont(key.Family, key.Bold, Em);
            using var path = font.GetGlyphPath(key.Glyph);
            _glyphs[key] = path is null || path.IsEmpty ? "" : Hundredths().Replace(path.ToSvgPathData(), m => F(double.Parse(m.Value, CultureInfo.InvariantCulture)));
        }
    }

    [GeneratedRegex(@"-?\d+\.\d{3,}(e-?\d+)?")]
    private static partial Regex Hundredths();

    /// <summary>One path per glyph that draws something, inside the SVG's &lt;defs&gt;.</summary>
    public void WriteDefinitions(XmlWriter xml)
    {
        foreach (var (key, data) in _glyphs)
        {
            if (data.Length == 0) continue;
            xml.WriteStartElement("path");
            xml.WriteAttributeString("id", Id(key));
            xml.WriteAttributeString("d", data);
            xml.WriteEndElement();
        }
    }

    /// <summary>A text block as a group of placed glyphs, scaled from <see cref="Em"/> to the block's size.</summary>
    public void Write(XmlWriter xml, TextNode text, string? role, bool hidden, string? lang)
    {
        var scale = text.FontSize / Em;
        xml.WriteStartElement("g");
        xml.WriteAttributeString("id", text.Id);
        SvgRenderer.Lang(xml, lang);
        if (role is not null)
        {
            xml.WriteAttributeString("role", role);
            xml.WriteAttributeString("aria-label", text.PlainText);
        }
        else
        {
            xml.WriteAttributeString("aria-hidden", "true");
        }
        xml.WriteAttributeString("fill", text.Color);
        xml.WriteAttributeString("transform", $"scale({F4(scale)})");
        foreach (var line in text.Lines)
        {
            foreach (var run in line.Runs)
            {
                var shaped = Shaper.Shape(run.Text, run.Bold, run.Rtl, _chain);
                for (var i = 0; i < shaped.Glyphs.Length; i++)
                {
                    var key = (shaped.Families[i], run.Bold, shaped.Glyphs[i]);
                    if (_glyphs[key].Length == 0) continue; // a space
                    xml.WriteStartElement("use");
                    xml.WriteAttributeString("xlink", "href", "http://www.w3.org/1999/xlink", "#" + Id(key));
                    xml.WriteAttributeString("x", F((run.X + shaped.X[i] * text.FontSize) / scale));
                    xml.WriteAttributeString("y", F((line.Baseline + shaped.Y[i] * text.FontSize) / scale));
                    xml.WriteEndElement();
                }
            }
        }
        xml.WriteEndElement();
    }

    private string Id((FontFamily Family, bool Bold, ushort Glyph) key) =>
        $"{_prefix}{key.Family.ToString().ToLowerInvariant()}{(key.Bold ? "-bold" : "")}-{key.Glyph}";

    private static string F4(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
