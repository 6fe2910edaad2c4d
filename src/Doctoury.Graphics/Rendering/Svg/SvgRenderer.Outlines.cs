using System.Text.RegularExpressions;
using System.Xml;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Text;
using SkiaSharp;
using static Doctoury.Graphics.Scene.Shapes;

namespace Doctoury.Graphics.Rendering.Svg;

/// <summary>Text drawn as glyph outlines, for renderers that ignore embedded fonts.</summary>
internal static partial class SvgRenderer
{
    /// <summary>A number in path data: kept to hundredths of a pixel, finer than any screen shows.</summary>
    [GeneratedRegex(@"-?\d+\.\d{3,}(e-?\d+)?")]
    private static partial Regex Hundredths();

    /// <summary>
    /// The text as glyph outlines from the same shaping the PNG draws, for renderers that ignore
    /// embedded fonts (librsvg, design tools): one path per text block, named by its words where it
    /// stands in a structure (a list item), hidden from assistive technology otherwise.
    /// </summary>
    private static void WriteOutlines(XmlWriter xml, TextNode text, string? role, bool hidden, string? lang)
    {
        using var outline = new SKPathBuilder();
        var size = (float)text.FontSize;
        foreach (var line in text.Lines)
        {
            foreach (var run in line.Runs)
            {
                var shaped = Shaper.Shape(run.Text, run.Bold, run.Rtl);
                foreach (var (start, count, family) in shaped.Segments())
                {
                    using var font = SkiaFonts.CreateFont(family, run.Bold, size);
                    for (var i = start; i < start + count; i++)
                    {
                        using var glyph = font.GetGlyphPath(shaped.Glyphs[i]);
                        if (glyph is null || glyph.IsEmpty) continue;
                        var place = SKMatrix.CreateTranslation((float)run.X + shaped.X[i] * size, (float)line.Baseline + shaped.Y[i] * size);
                        outline.AddPath(glyph, in place);
                    }
                }
            }
        }
        xml.WriteStartElement("path");
        xml.WriteAttributeString("id", text.Id);
        Lang(xml, lang);
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
        using var path = outline.Detach();
        xml.WriteAttributeString("d", Hundredths().Replace(path.ToSvgPathData(), m => F(double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))));
        xml.WriteEndElement();
    }
}
