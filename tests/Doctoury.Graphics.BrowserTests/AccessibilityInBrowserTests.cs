using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Doctoury.Graphics.BrowserTests;

/// <summary>
/// The outputs as a website uses them, opened in Debian's Chromium: axe-core with the WCAG 2.0,
/// 2.1 and 2.2 A and AA rules and best practices finds nothing; the browser's accessibility tree
/// names each inline SVG by its title (or lists its steps, in structured mode); no id repeats on a
/// page and every id reference resolves (ACCESSIBILITY.md checklist 12, 15, 28, 29).
/// </summary>
public sealed class AccessibilityInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static readonly string[] Pages = [.. HarnessPages.Themes.Select(t => $"gallery-{t}"), "structured"];

    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    private static Infographic[] Infographics => HarnessPages.Specs.Select(s => Infographic.Load(s)).ToArray();

    private async Task EachPage(Func<IPage, string, Task> check)
    {
        foreach (var name in Pages)
        {
            var page = await browser.Open(name);
            try { await check(page, name); }
            finally { await page.CloseAsync(); }
        }
    }

    [ChromiumFact]
    public Task Axe_finds_no_violations_on_any_page() => EachPage(async (page, name) =>
    {
        var result = await page.RunAxe(Rules);
        var violations = result.Violations.Select(v => $"{name}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
        Assert.NotEmpty(result.Passes);
        string[] mustDecide = ["duplicate-id-aria", "svg-img-alt", "image-alt"];
        Assert.Empty(result.Incomplete.Where(i => mustDecide.Contains(i.Id)).Select(i => $"{name}: {i.Id} needs review"));
    });

    [ChromiumFact]
    public Task Each_inline_svg_is_one_image_named_by_its_title() => EachPage(async (page, name) =>
    {
        if (name == "structured") return;
        var tree = await BrowserTree.Read(page);
        foreach (var infographic in Infographics)
        {
            // Chromium's own tree, through the DevTools protocol: one image node, named by its title then its desc.
            var image = Assert.Single(tree.Nodes, n => n.Role == "image" && n.Name == infographic.AltText + " " + Brief(infographic));
            // The DevTools tree still lists the text inside the image; platform accessibility APIs
            // drop it, because an image's children are presentational. What must never be there is
            // structure of its own: no list, heading, group, link or image below the root.
            string[] plain = ["generic", "StaticText", "InlineTextBox", "none", "graphics-symbol", "LineBreak"];
            Assert.Empty(tree.ExposedDescendants(image).Where(d => !plain.Contains(d.Role)).Select(d => $"{name}: {infographic.Id} exposes {d.Role} '{d.Name}'"));
        }
    });

    private static string Brief(Infographic infographic) =>
        System.Xml.Linq.XDocument.Parse(infographic.RenderSvg()).Root!.Element(System.Xml.Linq.XName.Get("desc", "http://www.w3.org/2000/svg"))!.Value;

    [ChromiumFact]
    public Task Images_are_named_by_their_alt() => EachPage(async (page, name) =>
    {
        if (name == "structured") return;
        var first = Infographics[0];
        var figure = Tree(await page.Locator("main > figure").AriaSnapshotAsync());
        // The figure's alt is the short alt and "Full description below." in the spec's language.
        var alt = System.Text.RegularExpressions.Regex.Match(first.FigureHtml("x.png"), "<img[^>]* alt=\"([^\"]*)\"").Groups[1].Value;
        Assert.StartsWith(first.AltText, System.Net.WebUtility.HtmlDecode(alt));
        Assert.Contains($"img \"{System.Net.WebUtility.HtmlDecode(alt)}\"", figure);
        var svgImage = Tree(await page.Locator("main > img").AriaSnapshotAsync());
        Assert.Equal([$"img \"{first.AltText}\""], svgImage);
    });

    [ChromiumFact]
    public Task Structured_svgs_are_lists_of_their_steps() => EachPage(async (page, name) =>
    {
        if (name != "structured") return;
        var tree = await BrowserTree.Read(page);
        foreach (var infographic in Infographics)
        {
            var group = Assert.Single(tree.Nodes, n => n.Role == "group" && n.Name == infographic.AltText);
            var list = Assert.Single(tree.ExposedDescendants(group), n => n.Role == "list" && tree.Parent(n)?.Id == group.Id);
            var items = tree.Children(list).Where(n => !n.Ignored).ToList();
            // Each step's label as the layout wrote it, in the spec's language: "Step 1 of 4: Extraction", "Этап 1 из 3: …".
            var labels = infographic.Scene.Descendants().OfType<Doctoury.Graphics.Scene.GroupNode>().Where(g => g.Role == Doctoury.Graphics.Scene.NodeRole.Step).Select(g => g.Label).ToList();
            Assert.Equal(labels.Count, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                Assert.Equal("listitem", items[i].Role);
                Assert.StartsWith(labels[i], items[i].Name);
            }
        }
    });

    /// <summary>The nodes of Playwright's ARIA snapshot, without YAML's list marks, quoting and inline text.</summary>
    private static List<string> Tree(string snapshot) => snapshot.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
    {
        var node = line.Trim().TrimStart('-').Trim();
        var quoted = node.StartsWith('\'');
        if (quoted) node = node[1..node.LastIndexOf('\'')].Replace("''", "'");
        else if (node.IndexOf("\": ", StringComparison.Ordinal) is > 0 and var end) node = node[..(end + 1)];
        return node.TrimEnd(':');
    }).ToList();

    [ChromiumFact]
    public Task No_id_repeats_and_every_reference_resolves() => EachPage(async (page, name) =>
    {
        var problems = await page.EvaluateAsync<string[]>("""
            () => {
              const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
              const repeated = ids.filter((id, i) => ids.indexOf(id) !== i).map(id => 'repeated id ' + id);
              const dangling = [...document.querySelectorAll('[aria-labelledby],[aria-describedby]')]
                .flatMap(e => ((e.getAttribute('aria-labelledby') || '') + ' ' + (e.getAttribute('aria-describedby') || '')).split(/\s+/))
                .filter(id => id && !document.getElementById(id)).map(id => 'dangling reference ' + id);
              return [...repeated, ...dangling];
            }
            """);
        Assert.Empty(problems.Select(p => $"{name}: {p}"));
    });

    [ChromiumFact]
    public Task The_svg_through_img_loads_with_its_own_font_and_no_request() => EachPage(async (page, name) =>
    {
        if (name == "structured") return;
        var loaded = await page.EvaluateAsync<bool>("() => { const i = document.querySelector('main > img'); return i.complete && i.naturalWidth > 0; }");
        Assert.True(loaded, name);
    });
}
