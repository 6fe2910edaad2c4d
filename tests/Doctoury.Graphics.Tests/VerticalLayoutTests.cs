using System.Buffers.Binary;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Tests.Support;
using Doctoury.Graphics.Themes;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// The vertical cut for phones: the size a phone page expects, the same words and ids as the
/// horizontal picture, a spine that reads top to bottom, readable text, and the audit passing in
/// every built-in theme.
/// </summary>
public sealed class VerticalLayoutTests
{
    private static Infographic Vertical(string spec) => Repo.Load(spec).WithOrientation(Orientation.Vertical);

    private static Infographic Vertical(string spec, int width) =>
        Infographic.FromYaml(File.ReadAllText(Path.Combine(Repo.Specs, spec)).Replace("\ntitle:", $"\nvertical: {{ width: {width} }}\ntitle:"), spec)
            .WithOrientation(Orientation.Vertical);

    public static IEnumerable<object[]> SpecsInEveryTheme() =>
        from spec in Repo.SpecFiles().Select(a => (string)a[0])
        from theme in BuiltInThemes.Names
        select new object[] { spec, theme };

    public static IEnumerable<object[]> SpecsAtEveryWidth() =>
        from spec in Repo.SpecFiles().Select(a => (string)a[0])
        from width in new[] { 320, 360, 480, 640 }
        select new object[] { spec, width };

    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

    [Fact]
    public void The_car_t_vertical_png_is_360_px_wide_and_720_at_2x()
    {
        var vertical = Vertical("car-t-cell-therapy.yaml");
        Assert.Equal(360, vertical.Width);
        Assert.Equal((360, vertical.Height), PngSize(vertical.RenderPng(1)));
        Assert.Equal((720, vertical.Height * 2), PngSize(vertical.RenderPng(2)));
        Assert.True(vertical.Height > 3 * vertical.Width, $"a phone cut is a tall column, not a squeezed copy: {vertical.Width}x{vertical.Height}");
    }

    [Fact]
    public void WithOrientation_gives_a_view_that_shares_the_spec_and_its_words()
    {
        var horizontal = Repo.Load("car-t-cell-therapy.yaml");
        var vertical = horizontal.WithOrientation(Orientation.Vertical);
        Assert.Equal(Orientation.Horizontal, horizontal.Orientation);
        Assert.Equal(Orientation.Vertical, vertical.Orientation);
        Assert.Same(horizontal, horizontal.WithOrientation(Orientation.Horizontal));
        Assert.Same(vertical, horizontal.WithOrientation(Orientation.Vertical));
        Assert.Same(horizontal, vertical.WithOrientation(Orientation.Horizontal));
        Assert.Equal(1600, horizontal.Width);
        Assert.Equal(horizontal.AltText, vertical.AltText);
        Assert.Equal(horizontal.Describe(), vertical.Describe());
        Assert.Equal(horizontal.Id, vertical.Id);
        Assert.Equal(horizontal.SourceFiles, vertical.SourceFiles);
        Assert.Throws<ArgumentOutOfRangeException>(() => horizontal.WithOrientation((Orientation)7));
    }

    [Fact]
    public void WithTheme_draws_a_built_in_theme_in_the_same_cut_and_refuses_others()
    {
        var vertical = Repo.Load("car-t-cell-therapy.yaml").WithOrientation(Orientation.Vertical);
        var dark = vertical.WithTheme("dark");
        Assert.Equal(Orientation.Vertical, dark.Orientation);
        Assert.Equal(Repo.InTheme("car-t-cell-therapy.yaml", "dark").WithOrientation(Orientation.Vertical).RenderSvg(), dark.RenderSvg());
        Assert.Equal(vertical.AltText, dark.AltText);
        Assert.Throws<ArgumentException>(() => vertical.WithTheme("neon"));
    }

    [Theory]
    [MemberData(nameof(SpecsInEveryTheme))]
    public void Every_spec_passes_the_AA_audit_in_every_built_in_theme(string spec, string theme)
    {
        var report = Repo.InTheme(spec, theme).WithOrientation(Orientation.Vertical).Audit();
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => f.Element + ": " + f.Message)));
        Assert.True(report.Checked > 20);
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void The_high_contrast_theme_passes_AAA(string spec)
    {
        var report = Repo.InTheme(spec, "high-contrast").WithOrientation(Orientation.Vertical).Audit(AuditLevel.AAA);
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => f.Element + ": " + f.Message)));
    }

    [Theory]
    [MemberData(nameof(SpecsAtEveryWidth))]
    public void At_every_allowed_width_the_audit_passes_and_text_stays_readable(string spec, int width)
    {
        var vertical = Vertical(spec, width);
        Assert.Equal(width, vertical.Width);
        var report = vertical.Audit();
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => f.Element + ": " + f.Message)));
        var scene = vertical.Scene;
        foreach (var text in scene.Descendants().OfType<TextNode>())
        {
            var body = text.Role is NodeRole.StepSummary or NodeRole.StepDetail or NodeRole.PanelItem or NodeRole.StepDuration;
            Assert.True(text.FontSize >= (body ? 16 : 15), $"{text.Id} is {text.FontSize} px");
            Assert.True(new Rect(0, 0, scene.Width, scene.Height).Contains(text.Bounds), $"{text.Id} leaves the picture");
            foreach (var line in text.Lines)
            {
                Assert.True(line.Left >= text.Bounds.X - 0.01 && line.Right <= text.Bounds.Right + 0.01, $"{text.Id}: '{line.Text}' runs outside {text.Bounds}");
            }
        }
        // Hierarchy: a step title is never smaller than a panel title, nor than the summary under it.
        var stepTitle = scene.Descendants().OfType<TextNode>().Where(t => t.Role == NodeRole.StepTitle).Select(t => t.FontSize).Distinct().Single();
        Assert.All(scene.Descendants().OfType<TextNode>().Where(t => t.Role is NodeRole.PanelTitle or NodeRole.StepSummary or NodeRole.PanelItem),
            t => Assert.True(t.FontSize <= stepTitle, $"{t.Id} ({t.FontSize} px) is larger than the step titles ({stepTitle} px)"));
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Steps_stack_top_to_bottom_and_each_connector_points_down_from_one_badge_to_the_next(string spec)
    {
        var scene = Vertical(spec).Scene;
        var steps = scene.Nodes.OfType<GroupNode>().Where(g => g.Role == NodeRole.Step).ToList();
        var connectors = scene.Nodes.OfType<PathNode>().Where(p => p.Role == NodeRole.Connector).ToList();
        Assert.Equal(steps.Count - 1, connectors.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var stepOf = Localization.LanguageTable.For(scene.Lang).StepOf(i + 1, steps.Count);
            Assert.StartsWith(stepOf, step.Label);
            if (i > 0) Assert.True(step.Bounds.Y > steps[i - 1].Bounds.Bottom, $"step {i + 1} starts before step {i} ends");
            var card = step.Children.OfType<BoxNode>().Single(b => b.Role == NodeRole.StepCard);
            var badge = step.Children.OfType<CircleNode>().Single(c => c.Id.EndsWith("-badge", StringComparison.Ordinal));
            var rtl = Localization.LanguageTable.For(scene.Lang).Direction == Localization.TextDirection.Rtl;
            Assert.True(rtl ? badge.Bounds.X > card.Bounds.Right : badge.Bounds.Right < card.Bounds.X, $"the badge of step {i + 1} sits in the spine, before its card in reading order");
            Assert.InRange(badge.Bounds.Y, card.Bounds.Y, card.Bounds.Bottom - badge.Bounds.Height);
            foreach (var text in step.Children.OfType<TextNode>())
            {
                var holder = text.Role == NodeRole.StepNumber ? badge.Bounds : card.Bounds;
                Assert.True(holder.Contains(text.Bounds), $"{text.Id} {text.Bounds} is not inside {holder}");
            }
            if (i == steps.Count - 1) break;
            var connector = connectors[i];
            var next = steps[i + 1].Children.OfType<CircleNode>().Single(c => c.Id.EndsWith("-badge", StringComparison.Ordinal));
            Assert.True(connector.Bounds.Y >= badge.Bounds.Bottom && connector.Bounds.Bottom <= next.Bounds.Y, $"{connector.Id} runs from badge {i + 1} to badge {i + 2} without touching them");
            Assert.True(connector.Bounds.Height > connector.Bounds.Width, $"{connector.Id} is vertical");
            // The head is the path's last three points, the tip lowest: it points down, the way the steps read.
            var numbers = connector.Data.Split(['M', 'L', 'V', ' '], StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var (tipY, wingY) = (numbers[^3], numbers[^1]);
            Assert.True(tipY > wingY, $"{connector.Id}: the arrow head points {(tipY > wingY ? "down" : "up")}");
        }
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void The_vertical_scene_has_the_same_text_under_the_same_ids_as_the_horizontal_one(string spec)
    {
        static Dictionary<string, string> Texts(Infographic i) => i.Scene.Descendants().OfType<TextNode>().ToDictionary(t => t.Id, t => t.PlainText.Replace(" ", ""));
        var horizontal = Repo.Load(spec);
        var vertical = horizontal.WithOrientation(Orientation.Vertical);
        Assert.Equal(Texts(horizontal), Texts(vertical));
        var ids = vertical.Scene.Descendants().Select(n => n.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith(vertical.Id + "-", id));
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Cards_badges_and_connectors_never_touch_and_every_shape_lies_inside_the_picture(string spec)
    {
        // Leaf shapes, not group bounds: a step's group spans its spine column, which the connectors run down.
        var scene = Vertical(spec).Scene;
        var shapes = scene.Descendants().Where(n => n.Role is NodeRole.StepCard or NodeRole.PanelCard or NodeRole.Connector
            || n is CircleNode && n.Id.EndsWith("-badge", StringComparison.Ordinal)).ToList();
        foreach (var a in shapes)
        {
            foreach (var b in shapes.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0))
            {
                Assert.False(a.Bounds.Intersects(b.Bounds), $"{a.Id} {a.Bounds} touches {b.Id} {b.Bounds}");
            }
        }
        // Inside a card, the icon disc and the duration pill keep clear of the text.
        foreach (var step in scene.Nodes.OfType<GroupNode>().Where(g => g.Role == NodeRole.Step))
        {
            var graphics = step.Children.Where(c => c.Id.EndsWith("-icon-disc", StringComparison.Ordinal) || c.Id.EndsWith("-duration-pill", StringComparison.Ordinal)).ToList();
            foreach (var text in step.Children.OfType<TextNode>().Where(t => t.Role is not (NodeRole.StepDuration or NodeRole.StepNumber)))
            {
                Assert.All(graphics, g => Assert.False(g.Bounds.Intersects(text.Bounds), $"{g.Id} {g.Bounds} overlaps {text.Id} {text.Bounds}"));
            }
        }
        var picture = new Rect(0, 0, scene.Width, scene.Height);
        Assert.All(scene.Descendants(), n => Assert.True(picture.Contains(n.Bounds), $"{n.Id} {n.Bounds} leaves the {scene.Width}x{scene.Height} picture"));
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void The_palette_that_follow_color_scheme_svgs_switch_to_passes_too(string spec)
    {
        var vertical = Vertical(spec);
        var report = vertical.Audit(alternatePalette: true);
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => f.Element + ": " + f.Message)));
        Assert.Contains("prefers-color-scheme", vertical.RenderSvg(followColorScheme: true));
    }

    [Fact]
    public void A_step_without_an_icon_has_a_clean_header_with_no_empty_disc()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml")).Replace("      icon: blood-drop\n", "");
        var scene = Infographic.FromYaml(yaml).WithOrientation(Orientation.Vertical).Scene;
        var first = scene.Nodes.OfType<GroupNode>().First(g => g.Role == NodeRole.Step);
        Assert.DoesNotContain(first.Children, c => c.Id.EndsWith("-icon-disc", StringComparison.Ordinal) || c.Role == NodeRole.Icon && !c.Id.Contains("duration", StringComparison.Ordinal));
        var title = first.Children.OfType<TextNode>().Single(t => t.Role == NodeRole.StepTitle);
        var card = first.Children.OfType<BoxNode>().Single(b => b.Role == NodeRole.StepCard);
        Assert.Equal(card.Bounds.X + 16, title.Bounds.X, 1);
        var second = scene.Nodes.OfType<GroupNode>().Where(g => g.Role == NodeRole.Step).ElementAt(1);
        Assert.Contains(second.Children, c => c.Id.EndsWith("-icon-disc", StringComparison.Ordinal));
        Assert.True(Infographic.FromYaml(yaml).WithOrientation(Orientation.Vertical).Audit().Findings.Count == 0);
    }

    [Fact]
    public void The_structured_svg_lists_the_steps_in_the_vertical_cut_too()
    {
        var vertical = Vertical("car-t-cell-therapy.yaml");
        var svg = System.Xml.Linq.XDocument.Parse(vertical.RenderSvg(SvgMode.Structured));
        var ns = System.Xml.Linq.XNamespace.Get("http://www.w3.org/2000/svg");
        Assert.Equal("360", svg.Root!.Attribute("width")!.Value);
        var list = svg.Descendants(ns + "g").Single(g => (string?)g.Attribute("id") == "car-t-cell-therapy-steps");
        Assert.Equal("list", (string?)list.Attribute("role"));
        Assert.Equal(["Step 1 of 4: Extraction", "Step 2 of 4: Modification", "Step 3 of 4: Expansion", "Step 4 of 4: Reintroduction"],
            list.Elements(ns + "g").Select(g => (string?)g.Attribute("aria-label")));
    }

    [Fact]
    public void The_vertical_png_carries_the_same_metadata_as_the_horizontal_one()
    {
        var vertical = Vertical("car-t-cell-therapy.yaml");
        var text = System.Text.Encoding.Latin1.GetString(vertical.RenderPng(1));
        Assert.Contains("AltTextAccessibility", text);
        Assert.Contains("ExtDescrAccessibility", text);
    }
}
