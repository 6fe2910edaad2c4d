using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Xml;

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

    /// <summary>Walks the icon body and keeps paths only, with the paint they inherit from enclosing groups.</summary>
    internal static ImmutableArray<IconPath> ReadPaths(string body)
    {
        var paths = ImmutableArray.CreateBuilder<IconPath>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, ConformanceLevel = ConformanceLevel.Fragment };
        using var reader = XmlReader.Create(new StringReader(body), settings);
        var inherited = new Stack<Paint>();
        inherited.Push(new Paint("currentColor", null, "nonzero", 0, null, null));
        var skipDepth = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.Depth == skipDepth) skipDepth = -1;
                else if (skipDepth < 0 && reader.LocalName == "g") inherited.Pop();
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element || skipDepth >= 0) continue;
            switch (reader.LocalName)
            {
                case "defs" or "clipPath" or "mask":
                    if (!reader.IsEmptyElement) skipDepth = reader.Depth;
                    break;
                case "g":
                    if (!reader.IsEmptyElement) inherited.Push(inherited.Peek().Apply(reader));
                    break;
                case "path":
                    var paint = inherited.Peek().Apply(reader);
                    var data = reader.GetAttribute("d");
                    if (string.IsNullOrWhiteSpace(data)) break;
                    if (paint.Fill is not null and not "none") paths.Add(new IconPath(data, true, paint.FillRule == "evenodd", 0, null, null));
                    if (paint.Stroke is not null and not "none") paths.Add(new IconPath(data, false, false, paint.StrokeWidth > 0 ? paint.StrokeWidth : 1, paint.LineCap, paint.LineJoin));
                    break;
            }
        }
        return paths.ToImmutable();
    }

    private sealed record Paint(string? Fill, string? Stroke, string FillRule, double StrokeWidth, string? LineCap, string? LineJoin)
    {
        public Paint Apply(XmlReader element) => new(
            element.GetAttribute("fill") ?? Fill,
            element.GetAttribute("stroke") ?? Stroke,
            element.GetAttribute("fill-rule") ?? FillRule,
            double.TryParse(element.GetAttribute("stroke-width"), NumberStyles.Float, CultureInfo.InvariantCulture, out var width) ? width : StrokeWidth,
            element.GetAttribute("stroke-linecap") ?? LineCap,
            element.GetAttribute("stroke-linejoin") ?? LineJoin);
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
