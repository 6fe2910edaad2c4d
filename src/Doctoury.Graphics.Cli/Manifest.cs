using System.Text;
using System.Text.Json;

namespace Doctoury.Graphics.Cli;

/// <summary>One infographic in the manifest.</summary>
/// <param name="InputHash">SHA-256 of the spec, its icon files, the tool version and the render options; equal means up to date.</param>
internal sealed record ManifestEntry(string Id, string Title, string Alt, string Spec, IReadOnlyList<OutputFile> Files, string? InputHash = null);

/// <summary>
/// <c>manifest.json</c>: every file with its size and SHA-256, plus the alt text, so a website
/// can publish the folder without reading anything else. Deterministic: no timestamps, fixed key order.
/// </summary>
internal static class Manifest
{
    public const int FormatVersion = 1;

    public static void Write(string folder, IReadOnlyList<ManifestEntry> entries) =>
        AtomicFile.Write(Path.Combine(folder, "manifest.json"), Serialize(entries));

    /// <summary>
    /// Adds or replaces <paramref name="entries"/> in the folder's manifest and keeps the entries of
    /// other specs rendered there before, so a failed or partial batch never drops good outputs from it.
    /// </summary>
    public static void Update(string folder, IReadOnlyList<ManifestEntry> entries)
    {
        var fresh = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var kept = Read(folder).Where(e => !fresh.Contains(e.Id) && e.Files.All(f => File.Exists(Path.Combine(folder, f.Path))));
        Write(folder, [.. kept, .. entries]);
    }

    /// <summary>The entries of an existing manifest; none when it is missing or unreadable (it is then rebuilt).</summary>
    public static IReadOnlyList<ManifestEntry> Read(string folder) => ReadOrNull(folder) ?? [];

    /// <summary>The entries of the folder's manifest, or null when it is missing, unreadable or of another version (<c>merge</c> must tell that from an empty one).</summary>
    public static IReadOnlyList<ManifestEntry>? ReadOrNull(string folder)
    {
        var path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path)) return null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.GetProperty("version").GetInt32() != FormatVersion) return null;
            return document.RootElement.GetProperty("infographics").EnumerateArray().Select(e => new ManifestEntry(
                e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!, e.GetProperty("alt").GetString()!, e.GetProperty("spec").GetString()!,
                e.GetProperty("files").EnumerateArray().Select(f => new OutputFile(
                    f.GetProperty("path").GetString()!, f.GetProperty("kind").GetString()!,
                    f.TryGetProperty("width", out var w) ? w.GetInt32() : null, f.TryGetProperty("height", out var h) ? h.GetInt32() : null,
                    f.GetProperty("bytes").GetInt64(), f.GetProperty("sha256").GetString()!,
                    f.TryGetProperty("layout", out var layout) ? layout.GetString() : null)).ToList(),
                e.TryGetProperty("input", out var input) ? input.GetString() : null)).ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException or FormatException)
        {
            return null;
        }
    }

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
                if (entry.InputHash is { } input) json.WriteString("input", input);
                json.WriteStartArray("files");
                foreach (var file in entry.Files)
                {
                    json.WriteStartObject();
                    json.WriteString("path", file.Path);
                    json.WriteString("kind", file.Kind);
                    if (file.Layout is { } layout) json.WriteString("layout", layout);
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
