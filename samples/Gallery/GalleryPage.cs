using System.Net;
using System.Text;
using System.Text.Json;

namespace Doctoury.Graphics.Samples;

/// <summary>Builds the gallery page from a render folder's manifest. Needs nothing but the folder.</summary>
public static class GalleryPage
{
    public static string Write(string folder, string title = "Infographics")
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var body = new StringBuilder();
        foreach (var item in manifest.RootElement.GetProperty("infographics").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            var files = item.GetProperty("files").EnumerateArray().ToList();
            string? File(string kind) => files.FirstOrDefault(f => f.GetProperty("kind").GetString() == kind).GetProperty("path").GetString();
            var description = File("description-html") is { } html ? System.IO.File.ReadAllText(Path.Combine(folder, html)) : "";
            string A(string? text) => WebUtility.HtmlEncode(text ?? "");
            var horizontal = Picture(files, "horizontal");
            var vertical = Picture(files, "vertical");
            var main = horizontal ?? vertical!;

            body.Append($"<figure id=\"{A(id)}\">\n");
            if (horizontal is not null && vertical is not null)
            {
                // Phones get the vertical cut: below 60 % of the horizontal width its text would be too small.
                body.Append($"  <picture>\n    <source media=\"(max-width: {(int)Math.Ceiling(horizontal.Width * 0.6) - 1}px)\" srcset=\"{A(vertical.SrcSet)}\" width=\"{vertical.Width}\" height=\"{vertical.Height}\">\n  ");
            }
            body.Append($"  <img src=\"{A(main.Path)}\" srcset=\"{A(main.SrcSet)}\" width=\"{main.Width}\" height=\"{main.Height}\" alt=\"{A(item.GetProperty("alt").GetString())} Full description below.\">\n");
            if (horizontal is not null && vertical is not null) body.Append("  </picture>\n");
            body.Append($"  <figcaption>\n    <h2>{A(item.GetProperty("title").GetString())}</h2>\n");
            body.Append("    <details>\n      <summary>Full description</summary>\n");
            body.Append(description);
            body.Append("    </details>\n  </figcaption>\n</figure>\n");
        }
        var page = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <style>
            body { font-family: "Atkinson Hyperlegible", system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1.5rem; color: #1F2933; line-height: 1.5; }
            figure { margin: 0 0 3rem; } img { max-width: 100%; height: auto; border: 1px solid #CBD2D9; border-radius: .5rem; }
            figcaption h2 { margin: .75rem 0 .25rem; font-size: 1.25rem; } summary { cursor: pointer; color: #0B6B74; font-weight: 700; }
            </style>
            </head>
            <body>
            <main>
            <h1>{{WebUtility.HtmlEncode(title)}}</h1>
            {{body}}</main>
            </body>
            </html>

            """;
        var path = Path.Combine(folder, "index.html");
        System.IO.File.WriteAllText(path, page, new UTF8Encoding(false));
        return path;
    }

    /// <summary>One cut's PNGs from the manifest: its 1x file, its srcset and its size. Files without a layout (older manifests) are horizontal.</summary>
    private sealed record Png(string Path, string SrcSet, int Width, int Height);

    private static Png? Picture(List<JsonElement> files, string layout)
    {
        var pngs = files.Where(f => f.GetProperty("kind").GetString() == "png"
            && (f.TryGetProperty("layout", out var l) ? l.GetString() : "horizontal") == layout).ToList();
        if (pngs.Count == 0) return null;
        var one = pngs.MinBy(f => f.GetProperty("width").GetInt32());
        var width = one.GetProperty("width").GetInt32();
        var srcset = string.Join(", ", pngs.OrderBy(f => f.GetProperty("width").GetInt32())
            .Select(f => $"{f.GetProperty("path").GetString()} {f.GetProperty("width").GetInt32() / width}x"));
        return new Png(one.GetProperty("path").GetString()!, srcset, width, one.GetProperty("height").GetInt32());
    }
}
