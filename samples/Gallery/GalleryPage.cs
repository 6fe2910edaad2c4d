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
            string? File(string kind, int? width = null) => files.FirstOrDefault(f => f.GetProperty("kind").GetString() == kind
                && (width is null || f.TryGetProperty("width", out var w) && w.GetInt32() == width)).GetProperty("path").GetString();
            var png = files.First(f => f.GetProperty("kind").GetString() == "png");
            var (width, height) = (png.GetProperty("width").GetInt32(), png.GetProperty("height").GetInt32());
            var png2x = files.Any(f => f.GetProperty("kind").GetString() == "png" && f.GetProperty("width").GetInt32() == width * 2) ? File("png", width * 2) : null;
            var description = File("description-html") is { } html ? System.IO.File.ReadAllText(Path.Combine(folder, html)) : "";
            string A(string? text) => WebUtility.HtmlEncode(text ?? "");

            body.Append($"<figure id=\"{A(id)}\">\n");
            body.Append($"  <img src=\"{A(png.GetProperty("path").GetString())}\"{(png2x is null ? "" : $" srcset=\"{A(png.GetProperty("path").GetString())} 1x, {A(png2x)} 2x\"")} width=\"{width}\" height=\"{height}\" alt=\"{A(item.GetProperty("alt").GetString())} Full description below.\">\n");
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
}
