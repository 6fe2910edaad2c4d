using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// The bundled Health Icons set (Iconify JSON). Loaded once; each icon's body is reduced to its
/// shapes with their fill, stroke and rules: clip paths in this set only repeat the view box,
/// so dropping them changes nothing visible.
/// </summary>
/// <remarks>
/// Start-up reads only the index of the 3 MB file (<see cref="IconSetIndex"/>); an icon's object is
/// read and parsed when it is first drawn. A spec uses a handful of the 2,709 icons.
/// </remarks>
internal sealed class IconLibrary
{
    private static readonly Lazy<IconLibrary> Lazy = new(Load);
    private readonly Dictionary<string, Range> _icons;
    private readonly Dictionary<string, string> _aliases;
    private readonly double _width;
    private readonly double _height;
    private readonly ConcurrentDictionary<string, IconGlyph> _glyphs = new(StringComparer.Ordinal);
    private ImmutableArray<string> _names;
    private ILookup<string, string>? _aliasesByIcon;

    private IconLibrary(IconSetIndex index)
    {
        _icons = index.Icons;
        _aliases = index.Aliases;
        _width = index.Width;
        _height = index.Height;
    }

    public static IconLibrary Default => Lazy.Value;

    /// <summary>Every icon name and alias, sorted.</summary>
    public ImmutableArray<string> Names =>
        _names.IsDefault ? _names = [.. _icons.Keys.Concat(_aliases.Keys).Order(StringComparer.Ordinal)] : _names;

    /// <summary>Every icon name, without the aliases, sorted.</summary>
    public IEnumerable<string> IconNames => _icons.Keys.Order(StringComparer.Ordinal);

    /// <summary>The aliases that lead to <paramref name="name"/>, sorted.</summary>
    public IReadOnlyList<string> AliasesOf(string name) =>
        [.. (_aliasesByIcon ??= _aliases.Keys.ToLookup(Resolve, StringComparer.Ordinal))[name].Order(StringComparer.Ordinal)];

    public bool Contains(string name) => _icons.ContainsKey(name) || _aliases.ContainsKey(name);

    public IconGlyph Get(string name) => _glyphs.GetOrAdd(name, Build);

    private IconGlyph Build(string name)
    {
        var resolved = Resolve(name);
        if (!_icons.TryGetValue(resolved, out var range)) throw new ArgumentException($"Unknown icon '{name}'.", nameof(name));
        using var document = JsonDocument.Parse(ReadSlice(range));
        var icon = document.RootElement;
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

    internal static IconLibrary Load()
    {
        var index = IconSetIndex.Parse(ReadResourceText(IndexResource));
        using var json = OpenJson();
        if (json.Length != index.JsonLength)
            throw new InvalidOperationException($"The bundled icon index describes a {index.JsonLength}-byte icon set, but the set has {json.Length} bytes; build the index again (IconSetIndexTests).");
        return new IconLibrary(index);
    }

    private const string JsonResource = "Doctoury.Graphics.Icons.healthicons.json";
    private const string IndexResource = "Doctoury.Graphics.Icons.healthicons.index";

    private static Stream OpenJson() => OpenResource(JsonResource);

    private static Stream OpenResource(string name) => typeof(IconLibrary).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The bundled resource '{name}' is missing from the assembly.");

    private static string ReadResourceText(string name)
    {
        using var reader = new StreamReader(OpenResource(name), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>One icon's object, read out of the embedded JSON without loading the rest.</summary>
    private static byte[] ReadSlice(Range range)
    {
        using var json = OpenJson();
        var (offset, length) = range.GetOffsetAndLength((int)json.Length);
        json.Seek(offset, SeekOrigin.Begin);
        var bytes = new byte[length];
        json.ReadExactly(bytes);
        return bytes;
    }
}
