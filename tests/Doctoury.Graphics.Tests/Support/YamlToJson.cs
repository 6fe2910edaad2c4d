using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Doctoury.Graphics.Tests.Support;

/// <summary>
/// Reads YAML the way an editor does before it applies a JSON Schema: YAML 1.2 core types,
/// aliases expanded, duplicate keys and extra documents refused. Written apart from the loader,
/// so the schema test compares two independent readings.
/// </summary>
internal static partial class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, JsonNode?>();
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        var root = Read(parser, anchors);
        parser.Consume<DocumentEnd>();
        if (!parser.Accept<StreamEnd>(out _)) throw new InvalidDataException("more than one YAML document");
        return root;
    }

    private static JsonNode? Read(IParser parser, Dictionary<string, JsonNode?> anchors)
    {
        JsonNode? node;
        string? anchor = null;
        switch (parser.Current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                return anchors[alias.Value.Value]?.DeepClone();
            case Scalar scalar:
                parser.MoveNext();
                anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                node = ScalarValue(scalar);
                break;
            case SequenceStart start:
                parser.MoveNext();
                anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                var array = new JsonArray();
                while (!parser.TryConsume<SequenceEnd>(out _)) array.Add(Read(parser, anchors));
                node = array;
                break;
            case MappingStart start:
                parser.MoveNext();
                anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                var map = new JsonObject();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = Read(parser, anchors)?.ToString() ?? "null";
                    var value = Read(parser, anchors);
                    if (map.ContainsKey(key)) throw new InvalidDataException($"duplicate key '{key}'");
                    map[key] = value;
                }
                node = map;
                break;
            default:
                throw new InvalidDataException("unexpected YAML event " + parser.Current);
        }
        if (anchor is not null) anchors[anchor] = node;
        return node;
    }

    private static JsonNode? ScalarValue(Scalar scalar)
    {
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is "tag:yaml.org,2002:str" || scalar.Style != ScalarStyle.Plain && tag is null or "!") return JsonValue.Create(scalar.Value);
        var v = scalar.Value;
        if (v is "" or "~" or "null" or "Null" or "NULL") return null;
        if (v is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (v is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Int().IsMatch(v)) return JsonValue.Create(long.Parse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (Float().IsMatch(v)) return JsonValue.Create(double.Parse(v, CultureInfo.InvariantCulture));
        return JsonValue.Create(v);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Int();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
