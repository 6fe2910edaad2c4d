using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// Figma's default SVG export wraps the artwork in <c>&lt;g clip-path="url(#clip0_1_2)"&gt;</c> whose
/// <c>&lt;clipPath&gt;</c> is one rectangle the size of the frame. Such a clip cuts nothing inside the
/// view box, so it is dropped (icons are never clipped). Any other clip would cut the drawing, and
/// drawing it unclipped would show what the designer hid, so it is refused.
/// </summary>
internal static partial class IconClips
{
    private const string Fix = "Export the icon without clipping: in Figma turn off 'Clip content' on the frame; in Illustrator release the clipping mask (Object › Clipping Mask › Release) or flatten the artwork.";

    /// <summary>True when an attribute value is a reference to a clip path inside the icon: <c>url(#id)</c>.</summary>
    public static bool IsLocalReference(string value) => LocalReference().IsMatch(value);

    /// <summary>Checks every <c>clip-path</c> of the icon; the first one that would cut the drawing is refused.</summary>
    /// <param name="root">The icon's &lt;svg&gt; element.</param>
    /// <param name="view">The icon's view box: x, y, width and height.</param>
    /// <returns>Null when every clip covers the view box, else the reason and the fix.</returns>
    public static (string Message, string Fix)? Check(XElement root, (double X, double Y, double Width, double Height) view)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("clip-path")?.Value is not { } value) continue;
            var id = LocalReference().Match(value).Groups["id"].Value;
            var clip = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "clipPath" && e.Attribute("id")?.Value == id);
            if (clip is null) return ($"The icon's clip-path refers to '#{id}', which is not a <clipPath> in the icon.", Fix);
            if (clip.Attribute("clipPathUnits")?.Value is { } units && units.Trim() != "userSpaceOnUse")
            {
                return ($"The icon's clip path '#{id}' is measured in {units.Trim()}, so it may cut the drawing.", Fix);
            }
            var shapes = clip.Elements().Where(e => e.Name.LocalName is not ("title" or "desc")).ToList();
            if (shapes is not [{ Name.LocalName: "rect" } rect] || rect.Attribute("clip-path") is not null)
            {
                var found = string.Join(", ", shapes.Select(s => $"<{s.Name.LocalName}>").Distinct());
                return ($"The icon's clip path '#{id}' is made of {(found.Length == 0 ? "nothing" : found)}, which would cut the drawing; only a rectangle covering the whole view box (as Figma writes for a frame) is dropped.", Fix);
            }
            var box = Covered(element, clip, rect);
            const double Slack = 0.01;
            if (box is not { } b || b.Left > view.X + Slack || b.Top > view.Y + Slack || b.Right < view.X + view.Width - Slack || b.Bottom < view.Y + view.Height - Slack)
            {
                var shown = box is { } c ? $"a rectangle from ({N(c.Left)}, {N(c.Top)}) to ({N(c.Right)}, {N(c.Bottom)})" : "a rectangle that is turned or cannot be measured";
                return ($"The icon's clip path '#{id}' is {shown}, smaller than the view box ({N(view.X)} {N(view.Y)} {N(view.Width)} {N(view.Height)}): it would cut the drawing, and icons are drawn unclipped.", Fix);
            }
        }
        return null;
    }

    /// <summary>The clip rectangle in the icon's own coordinates, or null when it is turned, skewed or unreadable.</summary>
    private static (double Left, double Top, double Right, double Bottom)? Covered(XElement user, XElement clip, XElement rect)
    {
        // A clip path in user space is measured in the coordinates of the element that uses it,
        // after that element's own transform (SVG 1.1, 14.3.5), then its own transform and the rect's.
        var transform = Affine.Identity;
        foreach (var element in user.AncestorsAndSelf().Reverse().Skip(1).Append(clip).Append(rect))
        {
            if (element.Attribute("transform")?.Value is not { } text) continue;
            if (Affine.Parse(text) is not { } own) return null;
            transform = transform.Then(own);
        }
        if (transform.B != 0 || transform.C != 0) return null;
        if (IconShapes.Number(rect, "width") is not { } w || IconShapes.Number(rect, "height") is not { } h || w <= 0 || h <= 0) return null;
        double x = IconShapes.Number(rect, "x") ?? 0, y = IconShapes.Number(rect, "y") ?? 0;
        double x0 = transform.A * x + transform.E, x1 = transform.A * (x + w) + transform.E;
        double y0 = transform.D * y + transform.F, y1 = transform.D * (y + h) + transform.F;
        return (Math.Min(x0, x1), Math.Min(y0, y1), Math.Max(x0, x1), Math.Max(y0, y1));
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*url\(\s*#(?<id>[A-Za-z_][A-Za-z0-9_.:-]*)\s*\)\s*$")]
    private static partial Regex LocalReference();
}
