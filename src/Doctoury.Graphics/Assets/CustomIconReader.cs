using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// Reads an icon file the author supplies. A pre-check on the XML stream refuses everything that
/// could reach outside the document or cost without limit (DTDs, processing instructions, scripts,
/// <c>url(</c>, external references, deep or huge trees). What design tools write by default is
/// then understood rather than refused: class rules in a <c>&lt;style&gt;</c> become attributes
/// (<see cref="IconStyleSheet"/>) and a clip path the size of the frame is dropped
/// (<see cref="IconClips"/>). The survivors are rebuilt from an allow-list by
/// <see cref="IconShapes"/>. Pure: bytes in, glyph out.
/// </summary>
internal static class CustomIconReader
{
    public const int MaxBytes = 64 * 1024;
    public const int MaxDepth = 32;
    public const int MaxElements = 2_000;

    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private static readonly HashSet<string> Refused = ["script", "foreignObject", "image", "feImage", "iframe", "a", "animate", "set", "animateTransform", "animateMotion", "font-face-uri"];

    /// <summary>A problem found in an icon file. Errors stop the icon; warnings say what was left out.</summary>
    public sealed record Problem(bool IsError, string Message, string? Fix);

    public static (IconGlyph? Glyph, IReadOnlyList<Problem> Problems) Read(string name, ReadOnlySpan<byte> bytes)
    {
        var problems = new List<Problem>();
        if (bytes.Length > MaxBytes)
        {
            problems.Add(new Problem(true, $"The icon file has {bytes.Length / 1024} KiB; an icon may have at most {MaxBytes / 1024} KiB.", "Simplify the icon or export it without embedded pictures."));
            return (null, problems);
        }
        var data = bytes.ToArray();
        if (!PreCheck(data, problems)) return (null, problems);

        XElement root;
        using (var reader = XmlReader.Create(new MemoryStream(data), Settings()))
        {
            root = XElement.Load(reader);
        }
        var (x, y, width, height) = ViewBox(root);
        if (!ReadStyles(root, problems)) return (null, problems);
        if (IconClips.Check(root, (x, y, width, height)) is { } clip)
        {
            problems.Add(new Problem(true, clip.Message, clip.Fix));
            return (null, problems);
        }
        Affine? origin = x == 0 && y == 0 ? null : new Affine(1, 0, 0, 1, -x, -y);
        var paths = IconShapes.Read(root, dropped => problems.Add(new Problem(false, $"The icon's <{dropped}> is not drawn; icons keep only shapes and paths.", null)));
        if (origin is { } shift) paths = [.. paths.Select(p => p with { Transform = shift.Then(p.Transform ?? Affine.Identity) })];
        if (paths.IsEmpty)
        {
            problems.Add(new Problem(true, "The icon has no shape that can be drawn.", "Use an SVG made of <path>, <rect>, <circle>, <ellipse>, <line>, <polyline> or <polygon>."));
            return (null, problems);
        }
        if (paths.Length >= IconShapes.MaxPaths)
        {
            problems.Add(new Problem(true, $"The icon has {IconShapes.MaxPaths} or more shapes.", "Simplify the icon."));
            return (null, problems);
        }
        return (new IconGlyph(name, width, height, paths) { IsBundled = false }, problems);
    }

    /// <summary>Turns the class rules of every &lt;style&gt; into attributes. False when a stylesheet is refused.</summary>
    private static bool ReadStyles(XElement root, List<Problem> problems)
    {
        var before = problems.Count;
        var warned = new HashSet<string>(StringComparer.Ordinal);
        var rules = new List<IconStyleSheet.Rule>();
        foreach (var style in root.Descendants().Where(e => e.Name.LocalName == "style").ToList())
        {
            if (style.HasElements)
            {
                problems.Add(new Problem(true, "The icon's <style> holds elements; a stylesheet is text only.", "Export the icon again as plain SVG."));
                return false;
            }
            var read = IconStyleSheet.Parse(style.Value,
                (message, fix) => problems.Add(new Problem(true, message, fix)),
                message => { if (warned.Add(message)) problems.Add(new Problem(false, message, null)); });
            if (read is null) return false;
            rules.AddRange(read);
        }
        IconStyleSheet.Apply(root, rules);
        return problems.Skip(before).All(p => !p.IsError);
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1_000,
        MaxCharactersInDocument = MaxBytes * 2L,
        IgnoreComments = true,
        IgnoreProcessingInstructions = false,
        CloseInput = true,
    };

    /// <summary>Walks the XML stream once, refusing what must never reach a renderer. False when refused.</summary>
    private static bool PreCheck(byte[] data, List<Problem> problems)
    {
        var before = problems.Count;
        void Refuse(string message, string? fix = null) => problems.Add(new Problem(true, message, fix));
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data), Settings());
            var elements = 0;
            while (reader.Read() && problems.Count == before)
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.ProcessingInstruction:
                        Refuse($"The icon holds a processing instruction (<?{reader.Name} …?>), which is not allowed.", "Remove it; an icon needs only its shapes.");
                        break;
                    case XmlNodeType.Element:
                        if (++elements > MaxElements) { Refuse($"The icon has more than {MaxElements} elements.", "Simplify the icon."); break; }
                        if (reader.Depth > MaxDepth) { Refuse($"The icon is nested deeper than {MaxDepth} levels.", "Flatten its groups."); break; }
                        if (elements == 1 && (reader.LocalName != "svg" || reader.NamespaceURI is not (SvgNamespace or "")))
                        {
                            Refuse($"The icon's root element is <{reader.Name}>, not <svg>.", "Export the icon as an SVG file.");
                            break;
                        }
                        if (Refused.Contains(reader.LocalName))
                        {
                            Refuse($"The icon contains <{reader.LocalName}>, which is not allowed in icons.", "Remove it; an icon needs only its shapes.");
                            break;
                        }
                        CheckAttributes(reader, Refuse);
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            var dtd = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
            Refuse(dtd ? "The icon contains a DTD (<!DOCTYPE …>), which is not allowed." : $"The icon is not well-formed XML: {e.Message}",
                dtd ? "Remove the <!DOCTYPE …> line and any entities." : "Export the icon again as plain SVG.");
        }
        return problems.Count == before;
    }

    private static void CheckAttributes(XmlReader reader, Action<string, string?> refuse)
    {
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            var name = reader.LocalName;
            var value = reader.Value;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && reader.Prefix.Length == 0)
            {
                refuse($"The icon has an event attribute '{reader.Name}', which is not allowed.", "Remove it.");
                return;
            }
            // A clip path inside the icon (Figma's frame clip) is checked once the tree is read.
            if (name == "clip-path" && reader.Prefix.Length == 0 && IconClips.IsLocalReference(value)) continue;
            if (value.Contains("url(", StringComparison.OrdinalIgnoreCase) || value.Contains("@import", StringComparison.OrdinalIgnoreCase))
            {
                refuse($"The icon's attribute '{reader.Name}' refers to another resource ('url(…)'), which is not allowed.", "Use plain colours; gradients, patterns, filters and masks are not drawn in icons.");
                return;
            }
            if (name == "href" && !value.StartsWith('#'))
            {
                refuse($"The icon refers to '{Shorten(value)}' outside itself, which is not allowed.", "Only references inside the icon, such as href=\"#shape\", are followed.");
                return;
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private static (double X, double Y, double Width, double Height) ViewBox(XElement root)
    {
        var parts = (root.Attribute("viewBox")?.Value ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 4 && parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)))
        {
            var v = parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            if (v[2] > 0 && v[3] > 0) return (v[0], v[1], v[2], v[3]);
        }
        return (0, 0, Size(root, "width"), Size(root, "height"));
    }

    private static double Size(XElement root, string name)
    {
        var text = root.Attribute(name)?.Value.Trim().Replace("px", "");
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && double.IsFinite(n) ? n : 24;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "…" : text;
}
