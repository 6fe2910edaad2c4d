using System.Net;
using System.Text;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>
/// Writes the pages the browser opens: the outputs of every spec as a website would use them —
/// the figure snippet (PNG), the SVG through &lt;img&gt;, and several different inline SVGs on one
/// page — once per built-in theme, plus a page of structured inline SVGs.
/// </summary>
internal sealed class HarnessPages : IDisposable
{
    public static readonly string[] Themes = ["doctoury", "dark", "high-contrast"];

    public HarnessPages()
    {
        Folder = Directory.CreateTempSubdirectory("dg-browser-").FullName;
        foreach (var theme in Themes)
        {
            var infographics = Specs.Select(s => InTheme(s, theme)).ToList();
            File.WriteAllText(Page($"gallery-{theme}"), Gallery($"Gallery, {theme} theme", infographics, theme));
        }
        File.WriteAllText(Page("structured"), Structured(Specs.Select(s => Infographic.Load(s)).ToList()));
        File.WriteAllText(Page("color-scheme"), FollowingColorScheme(Specs.Select(s => Infographic.Load(s)).ToList()));
        File.WriteAllText(Page("responsive"), Responsive(Infographic.Load(Specs.First(s => s.EndsWith("car-t-cell-therapy.yaml", StringComparison.Ordinal)))));
    }

    public string Folder { get; }

    public static IReadOnlyList<string> Specs { get; } = Directory.GetFiles(Path.Combine(RepoRoot(), "specs"), "*.yaml").Order(StringComparer.Ordinal).ToList();

    public string Page(string name) => Path.Combine(Folder, name + ".html");

    public string Url(string name) => new Uri(Page(name)).AbsoluteUri;

    private string Gallery(string heading, IReadOnlyList<Infographic> infographics, string theme)
    {
        var body = new StringBuilder();
        var first = infographics[0];
        var stem = $"{first.Id}-{theme}";
        File.WriteAllBytes(Path.Combine(Folder, stem + ".png"), first.RenderPng(1));
        File.WriteAllText(Path.Combine(Folder, stem + ".svg"), first.RenderSvg());
        body.Append("<h2>Figure with the PNG</h2>\n").Append(first.FigureHtml(stem + ".png"));
        body.Append("<h2>The SVG through img</h2>\n");
        body.Append($"<img src=\"{stem}.svg\" width=\"{first.Width / 2}\" alt=\"{WebUtility.HtmlEncode(first.AltText)}\">\n");
        body.Append("<h2>Inline SVGs</h2>\n");
        foreach (var infographic in infographics) body.Append("<div class=\"inline\">").Append(Inline(infographic.RenderSvg())).Append("</div>\n");
        return Html(heading, body.ToString());
    }

    private static string Structured(IReadOnlyList<Infographic> infographics)
    {
        var body = new StringBuilder();
        foreach (var infographic in infographics)
        {
            body.Append($"<h2>{WebUtility.HtmlEncode(infographic.Title)}</h2>\n");
            body.Append("<div class=\"inline\">").Append(Inline(infographic.RenderSvg(SvgMode.Structured))).Append("</div>\n");
        }
        return Html("Structured inline SVGs", body.ToString());
    }

    private string FollowingColorScheme(IReadOnlyList<Infographic> infographics)
    {
        var body = new StringBuilder();
        var first = infographics[0];
        File.WriteAllText(Path.Combine(Folder, "scheme.svg"), first.RenderSvg(followColorScheme: true));
        body.Append($"<img src=\"scheme.svg\" width=\"{first.Width / 2}\" alt=\"{WebUtility.HtmlEncode(first.AltText)}\">\n");
        foreach (var infographic in infographics) body.Append("<div class=\"inline\">").Append(Inline(infographic.RenderSvg(followColorScheme: true))).Append("</div>\n");
        return Html("SVGs that follow the colour scheme", body.ToString());
    }

    /// <summary>
    /// The responsive figure snippet as a page pastes it, with the PNGs of both cuts beside it, and the
    /// one rule most pages already have for images (let them shrink to their container).
    /// </summary>
    private string Responsive(Infographic infographic)
    {
        var id = infographic.Id;
        var vertical = infographic.WithOrientation(Orientation.Vertical);
        File.WriteAllBytes(Path.Combine(Folder, $"{id}.png"), infographic.RenderPng(1));
        File.WriteAllBytes(Path.Combine(Folder, $"{id}@2x.png"), infographic.RenderPng(2));
        File.WriteAllBytes(Path.Combine(Folder, $"{id}.vertical.png"), vertical.RenderPng(1));
        File.WriteAllBytes(Path.Combine(Folder, $"{id}.vertical@2x.png"), vertical.RenderPng(2));
        return Html("Responsive figure", infographic.FigureHtml($"{id}.png", $"{id}@2x.png", $"{id}.vertical.png", $"{id}.vertical@2x.png"));
    }

    private static string Inline(string svg) => svg[(svg.IndexOf("<svg", StringComparison.Ordinal))..];

    private static string Html(string heading, string body) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{heading}}</title>
        <style>.inline svg, img { max-width: 100%; height: auto; }</style></head>
        <body><main><h1>{{heading}}</h1>
        {{body}}</main></body>
        </html>
        """;

    private static Infographic InTheme(string spec, string theme)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(spec), "(?m)^theme:.*\n", "");
        return Infographic.FromYaml(text.Replace("\ntitle:", $"\ntheme: {theme}\ntitle:"), spec);
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Doctoury.Graphics.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Could not find Doctoury.Graphics.sln above the test binaries.");
    }

    public void Dispose() => Directory.Delete(Folder, true);
}
