using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Tests.Support;
using Doctoury.Graphics.Text;
using Doctoury.Graphics.Themes;
using Json.Schema;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// <c>specs/infographic.schema.json</c> (draft 2020-12) and the loader agree on every spec in the
/// repository, and the schema's lists (icons, drawable characters, themes, colour roles) are the
/// library's own.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(Repo.Specs, "infographic.schema.json");
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));
    private static JsonObject SchemaJson => JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();

    /// <summary>
    /// Rules JSON Schema cannot state: ids unique across list items, and YAML's anchors and
    /// explicit tags, which a YAML reader resolves before any schema sees the data. Only the loader
    /// (and <c>doctoury-graphics check</c>) refuses these specs.
    /// </summary>
    private static readonly HashSet<string> LoaderOnly = ["anchor.yaml", "explicit-tag.yaml", "duplicate-step-id.yaml"];

    /// <summary>Null when the schema accepts the spec, else why not (YAML unreadable, or the schema's errors).</summary>
    private static string? SchemaVerdict(string file)
    {
        string text;
        JsonNode? json;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(file));
            json = YamlToJson.Convert(text);
        }
        catch (Exception e) when (e is DecoderFallbackException or YamlDotNet.Core.YamlException or InvalidDataException or InvalidOperationException)
        {
            return "not readable as YAML: " + e.Message;
        }
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? null : string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void The_schema_accepts_every_valid_spec(string file)
    {
        Assert.True(Repo.Load(file) is not null);
        Assert.Null(SchemaVerdict(Path.Combine(Repo.Specs, file)));
    }

    [Theory]
    [MemberData(nameof(InvalidSpecTests.InvalidSpecs), MemberType = typeof(InvalidSpecTests))]
    public void The_schema_rejects_every_invalid_spec_that_a_schema_can_see(string file)
    {
        var path = Path.Combine(Repo.Specs, "invalid", file);
        Assert.False(Infographic.ParseFile(path).Success);
        var verdict = SchemaVerdict(path);
        if (LoaderOnly.Contains(file)) Assert.Null(verdict); // the known limit, stated above; fails if the schema ever learns it
        else Assert.NotNull(verdict);
    }

    [Fact]
    public void The_bundled_icon_names_are_the_librarys()
    {
        var names = SchemaJson["$defs"]!["bundledIcon"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(IconLibrary.Default.Names, names);
    }

    [Fact]
    public void The_drawable_characters_are_the_ones_the_bundled_fonts_have()
    {
        var pattern = SchemaJson["$defs"]!["drawnText"]!["allOf"]![0]!["pattern"]!.GetValue<string>();
        var expected = ExpectedDrawnPattern();
        if (pattern != expected && Environment.GetEnvironmentVariable("DOCTOURY_ACCEPT_SNAPSHOTS") == "1")
        {
            // The fonts changed: write the new pattern into the schema (JSON escapes each backslash), and look at the diff.
            var file = Path.Combine(Repo.Specs, "infographic.schema.json");
            File.WriteAllText(file, File.ReadAllText(file).Replace(pattern.Replace("\\", "\\\\"), expected.Replace("\\", "\\\\"), StringComparison.Ordinal));
            return;
        }
        Assert.Equal(expected, pattern);
    }

    [Fact]
    public void Themes_and_colour_roles_are_the_librarys()
    {
        var schema = SchemaJson;
        Assert.Equal(BuiltInThemes.Names.Order(), schema["$defs"]!["themeName"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Order());
        var colors = schema["properties"]!["theme"]!["oneOf"]![1]!["properties"]!["colors"]!["properties"]!.AsObject().Select(p => p.Key);
        Assert.Equal(Theme.ColorRoles.Order(), colors.Order());
    }

    [Fact]
    public void Every_key_has_a_description_and_examples()
    {
        var schema = SchemaJson;
        var missing = new List<string>();
        void Visit(JsonNode? node, string path)
        {
            if (node is JsonObject obj)
            {
                if (obj["properties"] is JsonObject properties)
                {
                    foreach (var (key, value) in properties)
                    {
                        var resolved = Resolve(schema, value!.AsObject());
                        if (value["description"] is null && resolved["description"] is null) missing.Add($"{path}.{key}: description");
                        if (value["examples"] is null && resolved["examples"] is null) missing.Add($"{path}.{key}: examples");
                    }
                }
                foreach (var (key, value) in obj) Visit(value, path + "/" + key);
            }
            else if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++) Visit(array[i], $"{path}[{i}]");
            }
        }
        Visit(schema, "#");
        Assert.Empty(missing);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
    }

    private static JsonObject Resolve(JsonObject schema, JsonObject node) =>
        node["$ref"]?.GetValue<string>() is ['#', '/', '$', 'd', 'e', 'f', 's', '/', .. var name] ? Resolve(schema, schema["$defs"]![name]!.AsObject()) : node;

    /// <summary>The character class the loader allows in drawn text: drawable by both bundled faces and not refused.</summary>
    private static string ExpectedDrawnPattern()
    {
        var text = new StringBuilder("^[");
        int? start = null;
        for (var cp = 0; cp <= 0x10000; cp++)
        {
            var ok = cp < 0x10000 && cp is not (>= 0xD800 and <= 0xDFFF) && CharacterRules.WhyForbidden(cp) is null && GlyphCoverage.CanDraw(new System.Text.Rune(cp));
            if (ok) { start ??= cp; continue; }
            if (start is { } s)
            {
                text.Append(s == cp - 1 ? $"\\u{s:X4}" : $"\\u{s:X4}-\\u{cp - 1:X4}");
                start = null;
            }
        }
        for (var cp = 0x10000; cp <= 0x10FFFF; cp++)
        {
            Assert.False(GlyphCoverage.CanDraw(new System.Text.Rune(cp)), $"The fonts now draw U+{cp:X}; the schema pattern needs astral ranges.");
        }
        return text.Append("]*$").ToString();
    }
}
