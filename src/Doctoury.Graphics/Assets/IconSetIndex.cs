using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// Where each icon's object lies in the bundled Iconify JSON, so that start-up reads a 100 KB
/// table instead of tokenising 3 MB (about 7 ms even with <see cref="Utf8JsonReader"/>). The table is
/// committed beside the JSON (<c>Assets/Icons/healthicons.index</c>); <c>IconSetIndexTests</c> builds
/// it again from the JSON and fails when the two differ, and the JSON's length is recorded so a
/// stale table is refused at run time instead of slicing the wrong bytes.
/// </summary>
/// <remarks>
/// Format, one record per line: <c>size W H LENGTH</c> (the set's default view box and the JSON's
/// byte length), <c>i NAME START END</c> (an icon's object, byte offsets), <c>a NAME PARENT</c>
/// (an alias). Lines starting with <c>#</c> are comments. Names hold no spaces.
/// </remarks>
internal sealed record IconSetIndex(double Width, double Height, long JsonLength, Dictionary<string, Range> Icons, Dictionary<string, string> Aliases)
{
    public static IconSetIndex Parse(string text)
    {
        var icons = new Dictionary<string, Range>(4096, StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(1024, StringComparer.Ordinal);
        double width = 0, height = 0;
        long length = -1;
        Span<Range> parts = new Range[5]; // not stackalloc: a loop beside a stackalloc is jitted with full optimisation (11 ms cold)
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#') continue;
            var count = line.Split(parts, ' ');
            switch (line[parts[0]])
            {
                case "i" when count == 4: icons[line[parts[1]].ToString()] = Int(line[parts[2]])..Int(line[parts[3]]); break;
                case "a" when count == 3: aliases[line[parts[1]].ToString()] = line[parts[2]].ToString(); break;
                case "size" when count == 4:
                    width = double.Parse(line[parts[1]], CultureInfo.InvariantCulture);
                    height = double.Parse(line[parts[2]], CultureInfo.InvariantCulture);
                    length = long.Parse(line[parts[3]], CultureInfo.InvariantCulture);
                    break;
                default: throw new InvalidOperationException($"The bundled icon index has a bad line: '{line}'.");
            }
        }
        if (length < 0) throw new InvalidOperationException("The bundled icon index has no 'size' line.");
        return new IconSetIndex(width, height, length, icons, aliases);
    }

    private static int Int(ReadOnlySpan<char> text) => int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Scans the Iconify JSON once, noting each icon's byte range and each alias's parent.</summary>
    public static IconSetIndex Build(ReadOnlySpan<byte> json)
    {
        var icons = new Dictionary<string, Range>(4096, StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(1024, StringComparer.Ordinal);
        double width = 24, height = 24;
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var section = reader.GetString();
            reader.Read();
            switch (section)
            {
                case "icons" when reader.TokenType == JsonTokenType.StartObject:
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        Expect(ref reader, JsonTokenType.StartObject);
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        icons[name] = start..(int)reader.BytesConsumed;
                    }
                    break;
                case "aliases" when reader.TokenType == JsonTokenType.StartObject:
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        if (ReadParent(ref reader) is { } parent) aliases[name] = parent;
                    }
                    break;
                case "width" when reader.TokenType == JsonTokenType.Number: width = reader.GetDouble(); break;
                case "height" when reader.TokenType == JsonTokenType.Number: height = reader.GetDouble(); break;
                default: reader.Skip(); break;
            }
        }
        return new IconSetIndex(width, height, json.Length, icons, aliases);
    }

    /// <summary>The committed form: sorted, so a re-import's diff shows only what changed.</summary>
    public string Write()
    {
        var text = new StringBuilder("# Where each icon lies in healthicons.json. Generated: 'DOCTOURY_ACCEPT_SNAPSHOTS=1 dotnet test --filter IconSetIndexTests' writes it again.\n");
        text.Append(CultureInfo.InvariantCulture, $"size {Width} {Height} {JsonLength}\n");
        foreach (var (name, range) in Icons.OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"i {name} {range.Start.Value} {range.End.Value}\n");
        foreach (var (name, parent) in Aliases.OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"a {name} {parent}\n");
        return text.ToString();
    }

    /// <summary>Reads an alias object (<c>{"parent": "name", ...}</c>) and returns its parent.</summary>
    private static string? ReadParent(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? parent = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isParent = reader.ValueTextEquals("parent"u8);
            reader.Read();
            if (isParent && reader.TokenType == JsonTokenType.String) parent = reader.GetString();
            else reader.Skip();
        }
        return parent;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type) throw new InvalidOperationException($"The bundled icon set is malformed near byte {reader.BytesConsumed}.");
    }
}
