using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// The bundled Health Icons set (Iconify JSON). Loaded once; each icon's body is reduced to its
/// <c>&lt;path&gt;</c> shapes with their fill, stroke and rules: clip paths in this set only
/// repeat the view box, so dropping them changes nothing visible.
/// </summary>
internal sealed class IconLibrary
{
    private static readonly Lazy<IconLibrary> Lazy = new(Load);
    private readonly Dictionary<string, JsonElement> _icons;
    private readonly Dictionary<string, string> _aliases;
    private readonly double _width;
    private readonly double _height;
    private readonly ConcurrentDictionary<string, IconGlyph> _glyphs = new(StringComparer.Ordinal);

    private IconLibrary(Dictionary<string, JsonElement> icons, Dictionary<string, string> aliases, double width, double height)
    {
        _icons = icons;
        _aliases = aliases;
        _width = width;
        _height = height;
        Names = icons.Keys.Concat(aliases.Keys).Order(StringComparer.Ordinal).ToImmutableArray();
    }

    public static IconLibrary Default => Lazy.Value;

    /// <summary>Every icon name and alias, sorted.</summary>
    public ImmutableArray<string> Names { get; }

    public bool Contains(string name) => _icons.ContainsKey(name) || _aliases.ContainsKey(name);

    public IconGlyph Get(string name) => _glyphs.GetOrAdd(name, Build);

    private IconGlyph Build(string name)
    {
        var resolved = name;
        for (var hops = 0; _aliases.TryGetValue(resolved, out var parent) && hops < 8; hops++) resolved = parent;
        if (!_icons.TryGetValue(resolved, out var icon)) throw new ArgumentException($"Unknown icon '{name}'.", nameof(name));
        var width = icon.TryGetProperty("width", out var w) ? w.GetDouble() : _width;
        var height = icon.TryGetProperty("height", out var h) ? h.GetDouble() : _height;
        var body = icon.GetProperty("body").GetString() ?? "";
        return new IconGlyph(name, width, height, ReadPaths(body));
    }

    /// <summary>
    /// Walks the icon body and keeps paths only, with the paint they inherit from enclosing groups.
    /// <c>&lt;use&gt;</c> may point at a path kept in <c>&lt;defs&gt;</c> of the same icon; nothing else is followed.
    /// </summary>
    internal static ImmutableArray<IconPath> ReadPaths(string body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader("<svg>" + body + "</svg>"), settings);
        var root = XElement.Load(reader);
        var defined = root.Elements().Where(e => e.Name.LocalName == "defs").Elements()
            .Where(e => e.Name.LocalName == "path" && e.Attribute("id") is not null)
            .ToDictionary(e => e.Attribute("id")!.Value, StringComparer.Ordinal);
        var paths = ImmutableArray.CreateBuilder<IconPath>();
        Walk(root, new Paint("currentColor", null, "nonzero", 0, null, null), defined, paths);
        return paths.ToImmutable();
    }

    private static void Walk(XElement parent, Paint inherited, Dictionary<string, XElement> defined, ImmutableArray<IconPath>.Builder paths)
    {
        foreach (var element in parent.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "g":
                    Walk(element, inherited.Apply(element), defined, paths);
                    break;
                case "path":
                    Add(element, inherited.Apply(element), paths);
                    break;
                case "use":
                    var href = (element.Attribute("href") ?? element.Attributes().FirstOrDefault(a => a.Name.LocalName == "href"))?.Value;
                    if (href is ['#', .. var id] && defined.TryGetValue(id, out var target))
                    {
                        Add(target, inherited.Apply(element).Apply(target), paths);
                    }
                    break;
                // defs, clipPath and mask: drawn only through use; clip paths here only repeat the view box.
            }
        }
    }

    private static void Add(XElement path, Paint paint, ImmutableArray<IconPath>.Builder paths)
    {
        var data = path.Attribute("d")?.Value;
        if (string.IsNullOrWhiteSpace(data)) return;
        if (paint.Fill is not null and not "none") paths.Add(new IconPath(data, true, paint.FillRule == "evenodd", 0, null, null));
        if (paint.Stroke is not null and not "none") paths.Add(new IconPath(data, false, false, paint.StrokeWidth > 0 ? paint.StrokeWidth : 1, paint.LineCap, paint.LineJoin));
    }

    private sealed record Paint(string? Fill, string? Stroke, string FillRule, double StrokeWidth, string? LineCap, string? LineJoin)
    {
        public Paint Apply(XElement element) => new(
            element.Attribute("fill")?.Value ?? Fill,
            element.Attribute("stroke")?.Value ?? Stroke,
            element.Attribute("fill-rule")?.Value ?? FillRule,
            double.TryParse(element.Attribute("stroke-width")?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var width) ? width : StrokeWidth,
            element.Attribute("stroke-linecap")?.Value ?? LineCap,
            element.Attribute("stroke-linejoin")?.Value ?? LineJoin);
    }

    private static IconLibrary Load()
    {
        using var stream = typeof(IconLibrary).Assembly.GetManifestResourceStream("Doctoury.Graphics.Icons.healthicons.json")
            ?? throw new InvalidOperationException("The bundled icon set is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var icons = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var icon in root.GetProperty("icons").EnumerateObject()) icons[icon.Name] = icon.Value.Clone();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("aliases", out var aliasObject))
        {
            foreach (var alias in aliasObject.EnumerateObject())
            {
                if (alias.Value.TryGetProperty("parent", out var parent) && parent.GetString() is { } p) aliases[alias.Name] = p;
            }
        }
        var width = root.TryGetProperty("width", out var w) ? w.GetDouble() : 24;
        var height = root.TryGetProperty("height", out var h) ? h.GetDouble() : 24;
        return new IconLibrary(icons, aliases, width, height);
    }
}
