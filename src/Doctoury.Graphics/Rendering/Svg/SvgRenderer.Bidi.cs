using System.Xml;
using Doctoury.Graphics.Scene;
using static Doctoury.Graphics.Scene.Shapes;

namespace Doctoury.Graphics.Rendering.Svg;

/// <summary>Lines that need bidi: one chunk each, in reading order, for the browser to reorder as the PNG did.</summary>
internal static partial class SvgRenderer
{
    /// <summary>
    /// Each line is one <c>&lt;tspan&gt;</c> with x and y, holding the line's text in reading order,
    /// anchored at its start edge: the right one in a right-to-left paragraph, with
    /// <c>direction="rtl"</c> on the <c>&lt;text&gt;</c> (browsers ignore <c>dir</c> here). One chunk per
    /// line, because browsers disagree on bidi across several absolutely placed chunks (w3c/svgwg#628).
    /// Bold stretches are nested tspans without a position.
    /// </summary>
    private static void WriteBidiLines(XmlWriter xml, TextNode text, bool allBold)
    {
        var rtl = text.Lines.Any(l => l.Rtl);
        if (rtl) xml.WriteAttributeString("direction", "rtl");
        var first = true;
        foreach (var line in text.Lines)
        {
            if (!first) xml.WriteString(" ");
            first = false;
            xml.WriteStartElement("tspan");
            xml.WriteAttributeString("x", F(rtl ? line.Right : line.Left));
            xml.WriteAttributeString("y", F(line.Baseline));
            if (allBold) xml.WriteString(line.Text);
            else
            {
                foreach (var (piece, bold) in ReadingOrder(line))
                {
                    if (!bold)
                    {
                        xml.WriteString(piece);
                        continue;
                    }
                    xml.WriteStartElement("tspan");
                    xml.WriteAttributeString("font-weight", "700");
                    xml.WriteString(piece);
                    xml.WriteEndElement();
                }
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>The line's text in reading order, cut where the face changes.</summary>
    private static IEnumerable<(string Text, bool Bold)> ReadingOrder(TextLine line)
    {
        var logical = line.Text;
        var runs = line.Runs.OrderBy(r => r.Start).ToList();
        var i = 0;
        while (i < runs.Count)
        {
            var j = i;
            while (j + 1 < runs.Count && runs[j + 1].Bold == runs[i].Bold) j++;
            var start = runs[i].Start;
            var end = runs[j].Start + runs[j].Text.Length;
            yield return (logical[start..end], runs[i].Bold);
            i = j + 1;
        }
    }
}
