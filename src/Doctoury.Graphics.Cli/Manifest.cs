using System.Text;
using System.Text.Json;

namespace Doctoury.Graphics.Cli;

/// <summary>One infographic in the manifest.</summary>
internal sealed record ManifestEntry(string Id, string Title, string Alt, string Spec, IReadOnlyList<OutputFile> Files);

/// <summary>
/// <c>manifest.json</c>: every file with its size and SHA-256, plus the alt text, so a website
/// can publish the folder without reading anything else. Deterministic: no timestamps, fixed key order.
/// </summary>
internal static class Manifest
{
    public const int FormatVersion = 1;

    public static void Write(string folder, IReadOnlyList<ManifestEntry> entries) =>
        AtomicFile.Write(Path.Combine(folder, "manifest.json"), Serialize(entries));

    public static byte[] Serialize(IReadOnlyList<ManifestEntry> entries)
    {
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteStartArray("infographics");
            foreach (var entry in entries.OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("title", entry.Title);
                json.WriteString("spec", entry.Spec);
                json.WriteString("alt", entry.Alt);
                json.WriteStartArray("files");
                foreach (var file in entry.Files)
                {
                    json.WriteStartObject();
                    json.WriteString("path", file.Path);
                    json.WriteString("kind", file.Kind);
                    if (file.Width is { } w) json.WriteNumber("width", w);
                    if (file.Height is { } h) json.WriteNumber("height", h);
                    json.WriteNumber("bytes", file.Bytes);
                    json.WriteString("sha256", file.Sha256);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        memory.WriteByte((byte)'\n');
        return memory.ToArray();
    }
}
