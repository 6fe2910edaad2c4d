using System.Globalization;
using System.Xml.Linq;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>The SVG's accessibility contract (shared/ACCESSIBILITY.md §3.2 and checklist 12–14).</summary>
public sealed class SvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IEnumerable<object[]> Specs() => Repo.SpecFiles();

    [Theory]
    [MemberData(nameof(Specs))]
    public void Root_is_one_named_image_with_title_first_and_desc(string spec)
    {
        var infographic = Repo.Load(spec);
        var root = XDocument.Parse(infographic.RenderSvg()).Root!;
        Assert.Equal("img", root.Attribute("role")?.Value);
        Assert.Equal("false", root.Attribute("focusable")?.Value);
        Assert.Equal(infographic.Language, root.Attribute("lang")?.Value);
        Assert.Equal(infographic.Language, root.Attribute(XNamespace.Xml + "lang")?.Value);
        var first = root.Elements().First();
        Assert.Equal(Svg + "title", first.Name);
        Assert.Equal(infographic.AltText, first.Value);
        var ids = root.Attribute("aria-labelledby")!.Value.Split(' ');
        Assert.Equal([first.Attribute("id")!.Value, root.Element(Svg + "desc")!.Attribute("id")!.Value], ids);
        Assert.Equal(infographic.Width.ToString(CultureInfo.InvariantCulture), root.Attribute("width")?.Value);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Ids_are_unique_and_prefixed_and_nothing_is_active(string spec)
    {
        var infographic = Repo.Load(spec);
        var root = XDocument.Parse(infographic.RenderSvg()).Root!;
        var ids = root.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith(infographic.Id + "-", id));
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "script" or "foreignObject" or "a" or "image" or "use");
        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "tabindex");
    }

    [Fact]
    public void Text_is_real_text_in_reading_order_and_shapes_are_hidden()
    {
        var root = XDocument.Parse(Repo.Load("car-t-cell-therapy.yaml").RenderSvg()).Root!;
        var texts = root.Descendants(Svg + "text").Select(t => string.Concat(t.Descendants(Svg + "tspan").Select(s => s.Value + " "))).ToList();
        var order = new[] { "CAR T-cell therapy", "Extraction", "Modification", "Expansion", "Reintroduction", "Benefits", "Applications", "Challenges" }
            .Select(w => texts.FindIndex(t => t.StartsWith(w, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.All(root.Descendants().Where(e => e.Name.LocalName is "circle" or "path" && e.Parent!.Name.LocalName != "g" || e.Name.LocalName == "circle"),
            e => Assert.Equal("true", e.Attribute("aria-hidden")?.Value));
        Assert.All(root.Descendants(Svg + "path").Where(p => p.Attribute("id")?.Value.Contains("connector", StringComparison.Ordinal) == true),
            e => Assert.Equal("true", e.Attribute("aria-hidden")?.Value));
    }

    [Fact]
    public void Bundled_fonts_are_embedded_so_img_use_looks_the_same()
    {
        var style = XDocument.Parse(Repo.Load("car-t-cell-therapy.yaml").RenderSvg()).Root!.Descendants(Svg + "style").Single().Value;
        Assert.Contains("@font-face{font-family:\"Atkinson Hyperlegible\"", style);
        Assert.Contains("font-weight:400;src:url(data:font/ttf;base64,", style);
        Assert.Contains("font-weight:700;src:url(data:font/ttf;base64,", style);
    }

    [Fact]
    public void Text_from_the_spec_is_escaped()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "two-steps.yaml")).Replace("title: Having a blood test", "title: \"<script>alert(1)</script> & more\"");
        var svg = Infographic.FromYaml(yaml).RenderSvg();
        Assert.DoesNotContain("<script>", svg);
        Assert.Contains("&lt;script&gt;", svg);
        XDocument.Parse(svg);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Structured_mode_lists_the_steps_in_reading_order_and_is_never_an_image(string spec)
    {
        var infographic = Repo.Load(spec);
        var root = XDocument.Parse(infographic.RenderSvg(SvgMode.Structured)).Root!;
        Assert.Equal("group", root.Attribute("role")?.Value);
        Assert.Equal(infographic.Id + "-alt", root.Attribute("aria-labelledby")?.Value);
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Attribute("role")?.Value == "img");

        var list = Assert.Single(root.Descendants(), e => e.Attribute("id")?.Value == infographic.Id + "-steps");
        Assert.Equal("list", list.Attribute("role")?.Value);
        var items = list.Elements().ToList();
        var steps = infographic.Spec.Process.Steps;
        Assert.Equal(steps.Length, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal("listitem", items[i].Attribute("role")?.Value);
            Assert.Equal(Localization.LanguageTable.For(infographic.Language).StepLabel(i + 1, steps.Length, steps[i].Title), items[i].Attribute("aria-label")?.Value);
        }
        double Attr(XElement item, string name) => double.Parse(item.Descendants(Svg + "rect").First().Attribute(name)!.Value, CultureInfo.InvariantCulture);
        var places = items.Select(item => (Y: Attr(item, "y"), X: Attr(item, "x"))).ToList();
        var rtl = Localization.LanguageTable.For(infographic.Language).Direction == Localization.TextDirection.Rtl;
        // Source order is reading order, row by row: left to right, or right to left for Arabic and Hebrew.
        Assert.Equal(rtl ? places.OrderBy(p => p.Y).ThenByDescending(p => p.X) : places.OrderBy(p => p.Y).ThenBy(p => p.X), places);

        foreach (var panel in infographic.Spec.Panels)
        {
            var group = Assert.Single(root.Descendants(), e => e.Attribute("role")?.Value == "group" && e.Attribute("aria-label")?.Value == panel.Title);
            var panelList = Assert.Single(group.Elements(), e => e.Attribute("role")?.Value == "list");
            Assert.Equal(panel.Items.Length, panelList.Elements().Count(e => e.Attribute("role")?.Value == "listitem"));
        }
        // Every list owns list items only, and decoration stays hidden.
        Assert.All(root.Descendants().Where(e => e.Attribute("role")?.Value == "list"), l => Assert.All(l.Elements(), c => Assert.Equal("listitem", c.Attribute("role")?.Value)));
        Assert.All(root.Descendants(Svg + "circle"), c => Assert.Equal("true", c.Attribute("aria-hidden")?.Value));
        Assert.DoesNotContain(root.Descendants(), e => e.Attribute("tabindex") is not null || e.Name == Svg + "a" || e.Name == Svg + "foreignObject");
    }

    [Fact]
    public void Structured_mode_draws_the_same_picture()
    {
        var infographic = Repo.Load("car-t-cell-therapy.yaml");
        string Drawn(string svg) => string.Join("\n", XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName is "rect" or "circle" or "path" or "tspan")
            .Select(e => e.Name.LocalName + string.Concat(e.Attributes().Where(a => a.Name.LocalName is not ("role" or "aria-hidden" or "aria-label")).Select(a => " " + a))).Order());
        Assert.Equal(Drawn(infographic.RenderSvg()), Drawn(infographic.RenderSvg(SvgMode.Structured)));
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Following_the_color_scheme_adds_the_dark_palette_for_every_coloured_node(string spec)
    {
        var infographic = Repo.Load(spec);
        Assert.DoesNotContain("prefers-color-scheme", infographic.RenderSvg());
        var svg = infographic.RenderSvg(followColorScheme: true);
        var style = XDocument.Parse(svg).Root!.Descendants(Svg + "style").Single().Value;
        Assert.Contains("@media (prefers-color-scheme: dark){", style);
        Assert.Contains($"#{infographic.Id}-background{{fill:{Themes.BuiltInThemes.Dark.Background}}}", style);
        var darkColors = Repo.InTheme(spec, "dark").Scene.Descendants().SelectMany(Colors).Append(Themes.BuiltInThemes.Dark.Background).ToHashSet();
        foreach (System.Text.RegularExpressions.Match rule in System.Text.RegularExpressions.Regex.Matches(style, "\\{(fill|stroke):(#[0-9A-F]{6})\\}"))
        {
            Assert.Contains(rule.Groups[2].Value, darkColors);
        }
        Assert.True(infographic.Audit(alternatePalette: true).Passed);
    }

    [Fact]
    public void A_dark_spec_follows_the_light_preference_instead()
    {
        var svg = Repo.InTheme("two-steps.yaml", "dark").RenderSvg(followColorScheme: true);
        Assert.Contains("@media (prefers-color-scheme: light){", svg);
    }

    private static IEnumerable<string> Colors(Scene.SceneNode node) => node switch
    {
        Scene.BoxNode b => b.BandColor is { } band ? [b.Fill, band] : [b.Fill],
        Scene.CircleNode c => [c.Fill],
        Scene.PathNode p => [p.Stroke],
        Scene.IconNode i => [i.Color],
        Scene.TextNode t => [t.Color],
        _ => [],
    };
}
