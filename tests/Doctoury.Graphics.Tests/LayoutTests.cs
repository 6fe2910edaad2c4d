using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>Geometry rules every spec must satisfy: nothing overlaps, nothing leaves its card, order reads left to right.</summary>
public sealed class LayoutTests
{
    public static IEnumerable<object[]> Specs() => Repo.SpecFiles();

    [Theory]
    [MemberData(nameof(Specs))]
    public void No_two_text_blocks_overlap(string spec)
    {
        var texts = Repo.Load(spec).Scene.Descendants().OfType<TextNode>().ToList();
        foreach (var a in texts)
        {
            foreach (var b in texts.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0))
            {
                Assert.False(a.Bounds.Intersects(b.Bounds), $"{a.Id} {a.Bounds} overlaps {b.Id} {b.Bounds}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_line_fits_its_text_box_and_every_text_box_lies_inside_its_card(string spec)
    {
        var scene = Repo.Load(spec).Scene;
        foreach (var group in scene.Descendants().OfType<GroupNode>())
        {
            var card = group.Children.OfType<BoxNode>().First();
            foreach (var text in group.Children.OfType<TextNode>())
            {
                Assert.True(card.Bounds.Contains(text.Bounds), $"{text.Id} {text.Bounds} is not inside {card.Id} {card.Bounds}");
            }
        }
        foreach (var text in scene.Descendants().OfType<TextNode>())
        {
            foreach (var line in text.Lines)
            {
                Assert.True(line.Left >= text.Bounds.X - 0.01 && line.Right <= text.Bounds.Right + 0.01,
                    $"{text.Id}: line '{line.Text}' spans {line.Left}..{line.Right}, outside {text.Bounds}");
            }
            Assert.True(new Rect(0, 0, scene.Width, scene.Height).Contains(text.Bounds), $"{text.Id} leaves the picture");
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Steps_read_left_to_right_with_one_height_and_one_font_size_per_role(string spec)
    {
        var scene = Repo.Load(spec).Scene;
        var steps = scene.Nodes.OfType<GroupNode>().Where(g => g.Role == NodeRole.Step).ToList();
        Assert.InRange(steps.Count, 2, 8);
        // Right-to-left pictures read from the right: measure from the right edge there.
        var rtl = Localization.LanguageTable.For(scene.Lang).Direction == Localization.TextDirection.Rtl;
        Rect Reading(Rect r) => rtl ? r with { X = scene.Width - r.Right } : r;
        for (var i = 1; i < steps.Count; i++)
        {
            // In reading order within a row; a new row starts below the last one, back at the start.
            var (step, before) = (Reading(steps[i].Bounds), Reading(steps[i - 1].Bounds));
            var sameRow = step.Y == before.Y;
            Assert.True(sameRow ? step.X >= before.Right : step.Y > before.Bottom && step.X < before.X,
                $"step {i + 1} does not follow step {i} in reading order");
            Assert.Equal(steps[0].Bounds.Height, steps[i].Bounds.Height);
            Assert.Equal(steps[0].Bounds.Width, steps[i].Bounds.Width);
        }
        foreach (var role in new[] { NodeRole.StepTitle, NodeRole.StepSummary, NodeRole.StepDetail })
        {
            var sizes = steps.SelectMany(s => s.Children).OfType<TextNode>().Where(t => t.Role == role).Select(t => t.FontSize).Distinct().ToList();
            Assert.True(sizes.Count <= 1, $"{role} uses sizes {string.Join(", ", sizes)}");
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Body_text_is_never_below_16px(string spec)
    {
        foreach (var text in Repo.Load(spec).Scene.Descendants().OfType<TextNode>())
        {
            Assert.True(text.FontSize >= 16, $"{text.Id} is {text.FontSize}px");
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Ids_are_unique_and_prefixed_by_the_spec_id(string spec)
    {
        var scene = Repo.Load(spec).Scene;
        var ids = scene.Descendants().Select(n => n.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith(scene.Id + "-", id));
    }

    [Fact]
    public void Seed_is_1600_wide_with_four_steps_and_three_panels()
    {
        var scene = Repo.Load("car-t-cell-therapy.yaml").Scene;
        Assert.Equal(1600, scene.Width);
        Assert.Equal(4, scene.Nodes.OfType<GroupNode>().Count(g => g.Role == NodeRole.Step));
        Assert.Equal(3, scene.Nodes.OfType<GroupNode>().Count(g => g.Role == NodeRole.Panel));
        Assert.Equal(3, scene.Nodes.OfType<PathNode>().Count(p => p.Role == NodeRole.Connector));
        Assert.Equal("car-t-cell-therapy-step-2-title", scene.Nodes.OfType<GroupNode>().ElementAt(1).Children.OfType<TextNode>().First(t => t.Role == NodeRole.StepTitle).Id);
    }

    [Fact]
    public void Long_text_grows_the_row_instead_of_clipping()
    {
        var words = string.Join(" ", Enumerable.Repeat("Cells are collected and counted carefully.", 7));
        var detail = string.Join(" ", Enumerable.Repeat("Each sample is checked twice.", 5));
        var yaml = $"""
            version: 1
            id: grow
            title: Growth
            process:
              steps:
                - id: a
                  title: A
                  icon: dna
                  summary: "{words}"
                  details: ["{detail}", "{detail}", "{detail}", "{detail}", "{detail}", "{detail}"]
                - {"{"} id: b, title: B, icon: dna, summary: Short. {"}"}
            """;
        var scene = Infographic.FromYaml(yaml).Scene;
        var steps = scene.Nodes.OfType<GroupNode>().ToList();
        var summary = steps[0].Children.OfType<TextNode>().Single(t => t.Role == NodeRole.StepSummary);
        Assert.Equal(16, summary.FontSize);
        Assert.True(steps[0].Bounds.Height > 400, "the row should grow past the preferred height");
        Assert.Equal(words, summary.PlainText);
    }

    [Fact]
    public void A_long_word_gets_a_wider_arrangement_and_is_split_only_when_no_arrangement_holds_it()
    {
        static string Spec(string word, int width) => $$"""
            version: 1
            id: split
            title: Split
            width: {{width}}
            process:
              steps:
                - { id: a, title: {{word}}, icon: dna, summary: x }
                - { id: b, title: B, icon: dna, summary: y }
                - { id: c, title: C, icon: dna, summary: z }
                - { id: d, title: D, icon: dna, summary: w }
                - { id: e, title: E, icon: dna, summary: v }
                - { id: f, title: F, icon: dna, summary: u }
                - { id: g, title: G, icon: dna, summary: t }
                - { id: h, title: H, icon: dna, summary: s }
            """;
        // 45 letters: too wide for eight cards a row, so the row wraps until the word fits whole.
        var whole = Infographic.FromYaml(Spec("Pneumonoultramicroscopicsilicovolcanoconiosis", 1600));
        var title = whole.Scene.Descendants().OfType<TextNode>().Single(t => t.Id == "split-step-1-title");
        Assert.Equal(["Pneumonoultramicroscopicsilicovolcanoconiosis"], title.Lines.Select(l => l.Text));
        Assert.DoesNotContain(whole.Audit().Findings, f => f.Rule == "DG0107");

        // 80 letters cannot fit even one whole-width card at 800 px: split, and named as a warning.
        var word = string.Concat(Enumerable.Repeat("Abcdefghij", 8));
        var split = Infographic.FromYaml(Spec(word, 800));
        title = split.Scene.Descendants().OfType<TextNode>().Single(t => t.Id == "split-step-1-title");
        Assert.True(title.Lines.Length > 1);
        Assert.Equal(word, string.Concat(title.Lines.Select(l => l.Text.TrimEnd('-'))));
        var finding = Assert.Single(split.Audit().Findings, f => f.Rule == "DG0107");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains(word, finding.Message);
        Assert.True(split.Audit().Passed);
    }
}
