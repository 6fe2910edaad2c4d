using System.Text;
using System.Xml;
using Doctoury.Graphics.Scene;
using static Doctoury.Graphics.Scene.Shapes;

namespace Doctoury.Graphics.Rendering.Svg;

/// <summary>What the SVG says about itself to assistive technology.</summary>
internal sealed record SvgText(string Title, string Description)
{
    /// <summary>The language of <see cref="Title"/> when it is not the scene's (a generated English alt for a language with no words of ours), else null.</summary>
    public string? TitleLang { get; init; }

    /// <summary>The language of the generated words (the &lt;desc&gt;, the step labels) when it is not the scene's, else null.</summary>
    public string? GeneratedLang { get; init; }
}

/// <summary>
/// Writes a Scene as an accessible SVG with System.Xml only: one atomic image (<c>role="img"</c>
/// named by its <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>), real <c>&lt;text&gt;</c>, the bundled
/// font embedded so the file looks the same through <c>&lt;img&gt;</c>, decorative shapes hidden,
/// every id prefixed by the spec id. See shared/ACCESSIBILITY.md §3.2.
/// </summary>
internal static partial class SvgRenderer
{

    private const string Ns = "http://www.w3.org/2000/svg";

    public static void Render(InfographicScene scene, SvgText text, Stream output, SvgMode mode = SvgMode.Image, string? colorSchemeCss = null, bool outlineText = false)
    {
        var outlines = outlineText ? new GlyphOutlines(scene) : null;
        var structured = mode == SvgMode.Structured;
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            OmitXmlDeclaration = false,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("svg", Ns);
        xml.WriteAttributeString("width", F(scene.Width));
        xml.WriteAttributeString("height", F(scene.Height));
        xml.WriteAttributeString("viewBox", $"0 0 {F(scene.Width)} {F(scene.Height)}");
        if (outlines is not null) xml.WriteAttributeString("xmlns", "xlink", null, "http://www.w3.org/1999/xlink"); // once, for every <use>
        if (structured)
        {
            // Léonie Watson's pattern (ACCESSIBILITY.md §3.3): a named group whose steps are a list; never under role="img".
            xml.WriteAttributeString("role", "group");
            xml.WriteAttributeString("aria-labelledby", $"{scene.Id}-alt");
            xml.WriteAttributeString("aria-describedby", $"{scene.Id}-desc");
        }
        else
        {
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", $"{scene.Id}-alt {scene.Id}-desc");
        }
        xml.WriteAttributeString("lang", scene.Lang);
        xml.WriteAttributeString("xml", "lang", null, scene.Lang);
        xml.WriteAttributeString("focusable", "false");

        // MDN: <title> first, for SVG 1.1 compatibility.
        xml.WriteStartElement("title");
        xml.WriteAttributeString("id", $"{scene.Id}-alt");
        Lang(xml, text.TitleLang);
        xml.WriteString(text.Title);
        xml.WriteEndElement();
        xml.WriteStartElement("desc");
        xml.WriteAttributeString("id", $"{scene.Id}-desc");
        Lang(xml, text.GeneratedLang);
        xml.WriteString(text.Description);
        xml.WriteEndElement();

        xml.WriteStartElement("defs");
        xml.WriteStartElement("style");
        if (outlines is null) xml.WriteString(FontFaces(scene)); // outlines need no font
        if (colorSchemeCss is not null) xml.WriteString("\n" + colorSchemeCss);
        xml.WriteEndElement();
        outlines?.WriteDefinitions(xml);
        xml.WriteEndElement();

        // An opaque backdrop, so the text stays readable when a page's background is forced (§3.6).
        xml.WriteStartElement("rect");
        xml.WriteAttributeString("id", $"{scene.Id}-background");
        xml.WriteAttributeString("width", F(scene.Width));
        xml.WriteAttributeString("height", F(scene.Height));
        xml.WriteAttributeString("fill", scene.Background);
        xml.WriteAttributeString("aria-hidden", "true");
        xml.WriteEndElement();

        if (structured) WriteStructured(xml, scene, text.GeneratedLang, outlines);
        else foreach (var node in scene.Nodes) Write(xml, node, outlines);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// The same drawing, with the steps as one list of "Step n of N" items in reading order, each
    /// panel a named group holding a list of its items, and the connectors after the list (a list
    /// owns list items only).
    /// </summary>
    /// <remarks>
    /// A label in another language than the drawing (<paramref name="labelLang"/>: English for a
    /// language with no words of ours) puts that <c>lang</c> on the list item, whose label it is, and
    /// the scene's own back on each drawn text inside it.
    /// </remarks>
    private static void WriteStructured(XmlWriter xml, InfographicScene scene, string? labelLang, GlyphOutlines? outlines)
    {
        var steps = scene.Nodes.OfType<GroupNode>().Where(g => g.Role == NodeRole.Step).ToList();
        var written = false;
        foreach (var node in scene.Nodes)
        {
            if (node is GroupNode { Role: NodeRole.Step } || node.Role == NodeRole.Connector)
            {
                if (written) continue;
                written = true;
                xml.WriteStartElement("g");
                xml.WriteAttributeString("id", $"{scene.Id}-steps");
                xml.WriteAttributeString("role", "list");
                foreach (var step in steps)
                {
                    xml.WriteStartElement("g");
                    xml.WriteAttributeString("id", step.Id);
                    xml.WriteAttributeString("role", "listitem");
                    xml.WriteAttributeString("aria-label", step.Label);
                    Lang(xml, labelLang);
                    foreach (var child in step.Children)
                    {
                        if (child is TextNode { Role: NodeRole.StepNumber } number) WriteText(xml, number, outlines, hidden: true); // said by the label
                        else if (labelLang is not null && child is TextNode drawn) WriteText(xml, drawn, outlines, lang: scene.Lang);
                        else Write(xml, child, outlines);
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                foreach (var connector in scene.Nodes.Where(n => n.Role == NodeRole.Connector)) Write(xml, connector, outlines);
            }
            else if (node is GroupNode { Role: NodeRole.Panel } panel)
            {
                xml.WriteStartElement("g");
                xml.WriteAttributeString("id", panel.Id);
                xml.WriteAttributeString("role", "group");
                xml.WriteAttributeString("aria-label", panel.Label);
                foreach (var child in panel.Children.Where(c => c.Role != NodeRole.PanelItem)) Write(xml, child, outlines);
                xml.WriteStartElement("g");
                xml.WriteAttributeString("id", panel.Id + "-items");
                xml.WriteAttributeString("role", "list");
                foreach (var item in panel.Children.OfType<TextNode>().Where(c => c.Role == NodeRole.PanelItem)) WriteText(xml, item, outlines, role: "listitem");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            else
            {
                Write(xml, node, outlines);
            }
        }
    }

    private static void Write(XmlWriter xml, SceneNode node, GlyphOutlines? outlines)
    {
        switch (node)
        {
            case GroupNode group: WriteGroup(xml, group, outlines); break;
            case BoxNode box: WriteBox(xml, box); break;
            case CircleNode circle: WriteCircle(xml, circle); break;
            case PathNode path: WritePath(xml, path); break;
            case IconNode icon: WriteIcon(xml, icon); break;
            case TextNode text: WriteText(xml, text, outlines); break;
            default: throw new NotSupportedException($"The SVG renderer has no case for {node.GetType().Name}.");
        }
    }

    private static void WriteGroup(XmlWriter xml, GroupNode group, GlyphOutlines? outlines)
    {
        xml.WriteStartElement("g");
        xml.WriteAttributeString("id", group.Id);
        foreach (var child in group.Children) Write(xml, child, outlines);
        xml.WriteEndElement();
    }

    private static void WriteBox(XmlWriter xml, BoxNode box)
    {
        xml.WriteStartElement("rect");
        xml.WriteAttributeString("id", box.Id);
        xml.WriteAttributeString("x", F(box.Bounds.X));
        xml.WriteAttributeString("y", F(box.Bounds.Y));
        xml.WriteAttributeString("width", F(box.Bounds.Width));
        xml.WriteAttributeString("height", F(box.Bounds.Height));
        if (box.CornerRadius > 0) xml.WriteAttributeString("rx", F(box.CornerRadius));
        xml.WriteAttributeString("fill", box.Fill);
        Hidden(xml, box.Role);
        xml.WriteEndElement();
        if (box.BandColor is { } band && box.BandHeight > 0)
        {
            xml.WriteStartElement("path");
            xml.WriteAttributeString("id", box.Id + "-band");
            xml.WriteAttributeString("d", TopBand(box.Bounds, box.CornerRadius, box.BandHeight));
            xml.WriteAttributeString("fill", band);
            xml.WriteAttributeString("aria-hidden", "true");
            xml.WriteEndElement();
        }
    }

    private static void WriteCircle(XmlWriter xml, CircleNode circle)
    {
        xml.WriteStartElement("circle");
        xml.WriteAttributeString("id", circle.Id);
        xml.WriteAttributeString("cx", F(circle.Bounds.X + circle.Bounds.Width / 2));
        xml.WriteAttributeString("cy", F(circle.Bounds.Y + circle.Bounds.Height / 2));
        xml.WriteAttributeString("r", F(circle.Bounds.Width / 2));
        xml.WriteAttributeString("fill", circle.Fill);
        Hidden(xml, circle.Role);
        xml.WriteEndElement();
    }

    private static void WritePath(XmlWriter xml, PathNode path)
    {
        xml.WriteStartElement("path");
        xml.WriteAttributeString("id", path.Id);
        xml.WriteAttributeString("d", path.Data);
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", path.Stroke);
        xml.WriteAttributeString("stroke-width", F(path.StrokeWidth));
        xml.WriteAttributeString("stroke-linecap", "round");
        xml.WriteAttributeString("stroke-linejoin", "round");
        Hidden(xml, path.Role);
        xml.WriteEndElement();
    }

    /// <summary>Icons are written from their parsed paths, never copied from the icon file.</summary>
    private static void WriteIcon(XmlWriter xml, IconNode icon)
    {
        var glyph = icon.Glyph;
        xml.WriteStartElement("g");
        xml.WriteAttributeString("id", icon.Id);
        var (x, sx) = icon.Mirrored ? (icon.Bounds.Right, -icon.Bounds.Width / glyph.ViewWidth) : (icon.Bounds.X, icon.Bounds.Width / glyph.ViewWidth);
        xml.WriteAttributeString("transform", $"translate({F(x)} {F(icon.Bounds.Y)}) scale({F4(sx)} {F4(icon.Bounds.Height / glyph.ViewHeight)})");
        xml.WriteAttributeString("aria-hidden", "true");
        foreach (var path in glyph.Paths)
        {
            xml.WriteStartElement("path");
            xml.WriteAttributeString("d", path.Data);
            if (path.Transform is { } transform) xml.WriteAttributeString("transform", transform.ToSvg());
            if (path.Filled)
            {
                xml.WriteAttributeString("fill", icon.Color);
                if (path.EvenOdd) xml.WriteAttributeString("fill-rule", "evenodd");
            }
            else
            {
                xml.WriteAttributeString("fill", "none");
                xml.WriteAttributeString("stroke", icon.Color);
                xml.WriteAttributeString("stroke-width", F(path.StrokeWidth));
                if (path.LineCap is { } cap) xml.WriteAttributeString("stroke-linecap", cap);
                if (path.LineJoin is { } join) xml.WriteAttributeString("stroke-linejoin", join);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>One &lt;text&gt; per block; each run is a &lt;tspan&gt; placed exactly where the layout put it.</summary>
    private static void WriteText(XmlWriter xml, TextNode text, GlyphOutlines? outlines, string? role = null, bool hidden = false, string? lang = null)
    {
        if (outlines is not null)
        {
            outlines.Write(xml, text, role, hidden, lang);
            return;
        }
        xml.WriteStartElement("text");
        xml.WriteAttributeString("id", text.Id);
        Lang(xml, lang);
        if (role is not null) xml.WriteAttributeString("role", role);
        if (hidden) xml.WriteAttributeString("aria-hidden", "true");
        xml.WriteAttributeString("font-size", F(text.FontSize));
        xml.WriteAttributeString("fill", text.Color);
        var allBold = text.Lines.All(l => l.Runs.All(r => r.Bold));
        if (allBold) xml.WriteAttributeString("font-weight", "700");
        if (text.Lines.Any(l => l.Logical is not null))
        {
            WriteBidiLines(xml, text, allBold);
            return;
        }
        var first = true;
        foreach (var line in text.Lines)
        {
            for (var i = 0; i < line.Runs.Length; i++)
            {
                var run = line.Runs[i];
                if (!first) xml.WriteString(" ");
                first = false;
                xml.WriteStartElement("tspan");
                xml.WriteAttributeString("x", F(run.X));
                if (i == 0) xml.WriteAttributeString("y", F(line.Baseline));
                if (run.Bold && !allBold) xml.WriteAttributeString("font-weight", "700");
                xml.WriteString(run.Text);
                xml.WriteEndElement();
            }
        }
        xml.WriteEndElement();
    }


    /// <summary>Marks an element's language, as the root does: <c>lang</c> for HTML parsers, <c>xml:lang</c> for standalone SVG readers.</summary>
    internal static void Lang(XmlWriter xml, string? lang)
    {
        if (lang is null) return;
        xml.WriteAttributeString("lang", lang);
        xml.WriteAttributeString("xml", "lang", null, lang);
    }

    private static void Hidden(XmlWriter xml, NodeRole role)
    {
        if (NodeRoles.IsDecorative(role) || role == NodeRole.Decoration) xml.WriteAttributeString("aria-hidden", "true");
    }

    private static string F4(double value) => Math.Round(value, 4).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

}
