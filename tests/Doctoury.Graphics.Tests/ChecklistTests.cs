using System.Globalization;
using System.Xml.Linq;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// The items of ACCESSIBILITY.md's checklist (§8) that no other test class covers on its own:
/// 3 (no hairline carries meaning), 5 (opaque backdrop first), 7 (every colour-coded group has a
/// text label), 9 (cards of different groups never touch), 11 (desc ≤ 400 characters), 24 (2x PNG),
/// 27 (no motion).
/// </summary>
public sealed class ChecklistTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IEnumerable<object[]> Specs() => Repo.SpecFiles();

    [Theory]
    [MemberData(nameof(Specs))]
    public void Item_3_no_stroke_that_carries_meaning_is_thinner_than_2px(string spec)
    {
        var connectors = Repo.Load(spec).Scene.Descendants().OfType<PathNode>().Where(p => p.Role == NodeRole.Connector).ToList();
        Assert.NotEmpty(connectors);
        Assert.All(connectors, c => Assert.True(c.StrokeWidth >= 2, c.Id));
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Item_5_the_first_painted_element_is_an_opaque_rect_over_the_whole_picture(string spec)
    {
        var infographic = Repo.Load(spec);
        var root = XDocument.Parse(infographic.RenderSvg()).Root!;
        var first = root.Elements().First(e => e.Name.LocalName is not ("title" or "desc" or "defs"));
        Assert.Equal(Svg + "rect", first.Name);
        Assert.Equal(infographic.Width.ToString(CultureInfo.InvariantCulture), first.Attribute("width")!.Value);
        Assert.Equal(infographic.Height.ToString(CultureInfo.InvariantCulture), first.Attribute("height")!.Value);
        Assert.Matches("^#[0-9A-F]{6}$", first.Attribute("fill")!.Value);
        Assert.Null(first.Attribute("opacity"));
        Assert.Null(first.Attribute("fill-opacity"));
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Item_7_every_colour_coded_group_carries_a_visible_text_label(string spec)
    {
        var scene = Repo.Load(spec).Scene;
        foreach (var group in scene.Nodes.OfType<GroupNode>())
        {
            var title = Assert.Single(group.Children.OfType<TextNode>(), t => t.Role is NodeRole.StepTitle or NodeRole.PanelTitle);
            Assert.False(string.IsNullOrWhiteSpace(title.PlainText));
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Item_9_cards_of_different_groups_never_touch(string spec)
    {
        var cards = Repo.Load(spec).Scene.Descendants().OfType<BoxNode>().Where(b => b.Role is NodeRole.StepCard or NodeRole.PanelCard).ToList();
        for (var i = 0; i < cards.Count; i++)
        {
            for (var j = i + 1; j < cards.Count; j++)
            {
                var (a, b) = (cards[i].Bounds, cards[j].Bounds);
                var gap = Math.Max(Math.Max(b.X - a.Right, a.X - b.Right), Math.Max(b.Y - a.Bottom, a.Y - b.Bottom));
                Assert.True(gap >= 1, $"{cards[i].Id} and {cards[j].Id} are {gap:0.#} px apart");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Item_11_the_desc_is_a_brief_summary_of_at_most_400_characters(string spec)
    {
        var desc = XDocument.Parse(Repo.Load(spec).RenderSvg()).Root!.Element(Svg + "desc")!.Value;
        Assert.InRange(desc.Length, 1, 400);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Item_24_the_2x_png_has_twice_the_css_pixels(string spec)
    {
        var infographic = Repo.Load(spec);
        using var bitmap = SkiaSharp.SKBitmap.Decode(infographic.RenderPng(2));
        Assert.Equal((infographic.Width * 2, infographic.Height * 2), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Item_27_nothing_moves(string spec)
    {
        var svg = Repo.Load(spec).RenderSvg(SvgMode.Structured) + Repo.Load(spec).RenderSvg();
        Assert.DoesNotMatch("<animate|<set |animation|transition", svg);
    }
}
