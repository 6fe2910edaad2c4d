using System.Text;
using System.Xml;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Scene;

namespace Doctoury.Graphics.Rendering.Svg;

/// <summary>
/// One icon as a standalone SVG document in <c>currentColor</c>, written from its parsed paths
/// (never from the icon's source text), for catalogues and pickers that show icons on their own.
/// </summary>
internal static class IconMarkup
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    public static string Write(IconGlyph glyph)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartElement("svg", SvgNamespace);
            xml.WriteAttributeString("viewBox", $"0 0 {Shapes.F(glyph.ViewWidth)} {Shapes.F(glyph.ViewHeight)}");
            xml.WriteAttributeString("width", Shapes.F(glyph.ViewWidth));
            xml.WriteAttributeString("height", Shapes.F(glyph.ViewHeight));
            xml.WriteAttributeString("fill", "currentColor");
            foreach (var path in glyph.Paths)
            {
                xml.WriteStartElement("path", SvgNamespace);
                xml.WriteAttributeString("d", path.Data);
                if (path.Transform is { } transform) xml.WriteAttributeString("transform", transform.ToSvg());
                if (path.Filled)
                {
                    if (path.EvenOdd) xml.WriteAttributeString("fill-rule", "evenodd");
                }
                else
                {
                    xml.WriteAttributeString("fill", "none");
                    xml.WriteAttributeString("stroke", "currentColor");
                    xml.WriteAttributeString("stroke-width", Shapes.F(path.StrokeWidth));
                    if (path.LineCap is { } cap) xml.WriteAttributeString("stroke-linecap", cap);
                    if (path.LineJoin is { } join) xml.WriteAttributeString("stroke-linejoin", join);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return text.ToString();
    }
}
