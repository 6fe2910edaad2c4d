using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Doctoury.Graphics.Scene;

/// <summary>
/// The canonical JSON form of a Scene: fixed key order, invariant numbers rounded to 1/100 px.
/// It is the main layout regression snapshot (vega-scenegraph does the same) and a debugging aid.
/// </summary>
internal static class SceneJson
{
    public static string Write(InfographicScene scene)
    {
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", scene.Id);
            json.WriteString("lang", scene.Lang);
            Number(json, "width", scene.Width);
            Number(json, "height", scene.Height);
            json.WriteString("background", scene.Background);
            json.WriteStartArray("nodes");
            foreach (var node in scene.Nodes) Node(json, node);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(memory.ToArray()) + "\n";
    }

    private static void Node(Utf8JsonWriter json, SceneNode node)
    {
        json.WriteStartObject();
        json.WriteString("kind", node.GetType().Name.Replace("Node", "", StringComparison.Ordinal).ToLowerInvariant());
        json.WriteString("id", node.Id);
        json.WriteString("role", node.Role.ToString());
        json.WriteString("bounds", $"{Shapes.F(node.Bounds.X)} {Shapes.F(node.Bounds.Y)} {Shapes.F(node.Bounds.Width)} {Shapes.F(node.Bounds.Height)}");
        switch (node)
        {
            case GroupNode group:
                json.WriteString("label", group.Label);
                json.WriteStartArray("children");
                foreach (var child in group.Children) Node(json, child);
                json.WriteEndArray();
                break;
            case BoxNode box:
                json.WriteString("fill", box.Fill);
                Number(json, "radius", box.CornerRadius);
                if (box.BandColor is { } band) json.WriteString("band", $"{band} {Shapes.F(box.BandHeight)}");
                break;
            case CircleNode circle:
                json.WriteString("fill", circle.Fill);
                break;
            case PathNode path:
                json.WriteString("d", path.Data);
                json.WriteString("stroke", $"{path.Stroke} {Shapes.F(path.StrokeWidth)}");
                break;
            case IconNode icon:
                json.WriteString("icon", icon.Glyph.Name);
                json.WriteString("color", icon.Color);
                break;
            case TextNode text:
                Number(json, "size", text.FontSize);
                json.WriteString("color", text.Color);
                json.WriteStartArray("lines");
                foreach (var line in text.Lines)
                {
                    var runs = string.Join(" | ", line.Runs.Select(r => $"{Shapes.F(r.X)}{(r.Bold ? " b" : "")}{(r.Rtl ? " rtl" : "")} {r.Text}"));
                    json.WriteStringValue($"{Shapes.F(line.Baseline)}{(line.Rtl ? " rtl" : "")}: {runs}");
                }
                json.WriteEndArray();
                break;
        }
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(Shapes.F(value), skipInputValidation: true);
    }
}
