using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// The bundled Health Icons set (Iconify JSON). Loaded once; each icon's body is reduced to its
/// shapes with their fill, stroke and rules: clip paths in this set only repeat the view box,
/// so dropping them changes nothing visible.
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

    /// <summary>Every icon name, without the aliases, sorted.</summary>
    public IEnumerable<string> IconNames => _icons.Keys.Order(StringComparer.Ordinal);

    /// <summary>The aliases that lead to <paramref name="name"/>, sorted.</summary>
    public IReadOnlyList<string> AliasesOf(string name) =>
        [.. (_aliasesByIcon ??= _aliases.Keys.ToLookup(Resolve, StringComparer.Ordinal))[name].Order(StringComparer.Ordinal)];

    private ILookup<string, string>? _aliasesByIcon;

    public bool Contains(string name) => _icons.ContainsKey(name) || _aliases.ContainsKey(name);

    public IconGlyph Get(string name) => _glyphs.GetOrAdd(name, Build);

    private IconGlyph Build(string name)
    {
        var resolved = Resolve(name);
        if (!_icons.TryGetValue(resolved, out var icon)) throw new ArgumentException($"Unknown icon '{name}'.", nameof(name));
        var width = icon.TryGetProperty("width", out var w) ? w.GetDouble() : _width;
        var height = icon.TryGetProperty("height", out var h) ? h.GetDouble() : _height;
        var body = icon.GetProperty("body").GetString() ?? "";
        return new IconGlyph(name, width, height, ReadPaths(body));
    }

    private string Resolve(string name)
    {
        var resolved = name;
        for (var hops = 0; _aliases.TryGetValue(resolved, out var parent) && hops < 8; hops++) resolved = parent;
        return resolved;
    }

    /// <summary>Reads the icon body through the same allow-list as custom icons (<see cref="IconShapes"/>).</summary>
    internal static ImmutableArray<IconPath> ReadPaths(string body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader("<svg>" + body + "</svg>"), settings);
        return IconShapes.Read(XElement.Load(reader));
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
