using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// The list roles under <c>theme.colors</c> (<c>steps</c>, <c>step-tints</c>, <c>panels</c>,
/// <c>panel-tints</c>): read as a list or as one colour for all, checked entry by entry, and drawn
/// where the designer expects them, cycling over the steps.
/// </summary>
public sealed class ThemePaletteTests
{
    private const string FourSteps = """
        version: 1
        id: demo
        title: Demo
        theme:
          base: doctoury
          colors:
            steps: ["#0B6E75", "#1F5FA8", "#6B4FA3"]
            step-tints: "#F3F6F9"
        process:
          steps:
            - { id: one, title: One, icon: dna, summary: First. }
            - { id: two, title: Two, icon: virus, summary: Second. }
            - { id: three, title: Three, icon: virus, summary: Third. }
            - { id: four, title: Four, icon: dna, summary: Fourth. }
        panels:
          - { id: good, title: Good, items: [Yes] }
          - { id: bad, title: Bad, items: [No] }
        """;

    private static IReadOnlyList<Diagnostic> Errors(string yaml) => Infographic.Parse(yaml, "demo.yaml").Diagnostics;

    [Theory]
    [InlineData(Orientation.Horizontal)]
    [InlineData(Orientation.Vertical)]
    public void Step_colours_land_on_the_band_badge_title_and_icon_and_cycle_and_one_tint_serves_all(Orientation orientation)
    {
        var scene = Infographic.FromYaml(FourSteps).WithOrientation(orientation).Scene;
        T Node<T>(string id) where T : SceneNode => Assert.IsType<T>(scene.Descendants().Single(n => n.Id == "demo-" + id));
        string[] expected = ["#0B6E75", "#1F5FA8", "#6B4FA3", "#0B6E75"]; // the fourth step starts the list again
        for (var i = 0; i < 4; i++)
        {
            var card = Node<BoxNode>($"step-{i + 1}-card");
            Assert.Equal(("#F3F6F9", expected[i]), (card.Fill, card.BandColor));
            Assert.Equal(expected[i], Node<CircleNode>($"step-{i + 1}-badge").Fill);
            Assert.Equal(expected[i], Node<TextNode>($"step-{i + 1}-title").Color);
            Assert.Equal(expected[i], Node<IconNode>($"step-{i + 1}-icon").Color);
        }
    }

    [Fact]
    public void Panel_colours_and_tints_follow_the_panels_in_turn()
    {
        var yaml = FourSteps.Replace("step-tints: \"#F3F6F9\"", "panels: [\"#1E6B3A\", \"#8A4B08\"]\n    panel-tints: [\"#EAF5EC\", \"#FDF3E6\"]");
        var scene = Infographic.FromYaml(yaml).Scene;
        var nodes = scene.Descendants().ToDictionary(n => n.Id);
        Assert.Equal("#FDF3E6", ((BoxNode)nodes["demo-panel-2-card"]).Fill);
        Assert.Equal("#8A4B08", ((TextNode)nodes["demo-panel-2-title"]).Color);
        Assert.Equal("#1E6B3A", ((TextNode)nodes["demo-panel-1-title"]).Color);
    }

    [Fact]
    public void A_spec_palette_passes_the_audit_when_its_colours_do()
    {
        var report = Infographic.FromYaml(FourSteps).Audit();
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => f.Message)));
    }

    [Fact]
    public void A_bad_entry_is_reported_at_its_own_place_with_its_index()
    {
        var d = Assert.Single(Errors(FourSteps.Replace("\"#1F5FA8\"", "\"#1F5FA\"")));
        Assert.Equal(("DG0011", "theme.colors.steps[1]"), (d.Code, d.Path));
        Assert.Equal((7, 24), (d.Line, d.Column));
        Assert.Contains("'#1F5FA' is not a colour", d.Message);
        Assert.Contains("#RRGGBB", d.Fix);
    }

    [Fact]
    public void An_unquoted_colour_is_a_comment_and_the_error_says_so()
    {
        var d = Assert.Single(Errors(FourSteps.Replace("step-tints: \"#F3F6F9\"", "step-tints: #F3F6F9")));
        Assert.Equal(("DG0011", "theme.colors.step-tints"), (d.Code, d.Path));
        Assert.Contains("comment", d.Message);
    }

    [Theory]
    [InlineData("steps: []", "DG0008", "1 to 8")]
    [InlineData("steps: [\"#0B6E75\", \"#0B6E75\", \"#0B6E75\", \"#0B6E75\", \"#0B6E75\", \"#0B6E75\", \"#0B6E75\", \"#0B6E75\", \"#0B6E75\"]", "DG0008", "has 9 colours")]
    [InlineData("steps: { first: \"#0B6E75\" }", "DG0004", "a list of 1 to 8 colours")]
    [InlineData("steps: [[\"#0B6E75\"]]", "DG0004", "a colour '#RRGGBB'")]
    [InlineData("text: [\"#0B6E75\"]", "DG0004", "a colour '#RRGGBB'")]
    [InlineData("steps: [12]", "DG0004", "as a number")]
    public void A_palette_of_the_wrong_shape_or_size_is_named(string line, string code, string words)
    {
        var d = Assert.Single(Errors(FourSteps.Replace("steps: [\"#0B6E75\", \"#1F5FA8\", \"#6B4FA3\"]", line)));
        Assert.Equal(code, d.Code);
        Assert.Contains(words, d.Message);
    }

    [Fact]
    public void A_misspelt_palette_role_gets_the_nearest_one()
    {
        var d = Assert.Single(Errors(FourSteps.Replace("step-tints:", "step-tint:")));
        Assert.Equal(("DG0002", "Did you mean 'step-tints'?"), (d.Code, d.Fix));
    }

    [Fact]
    public void The_dark_palette_of_an_adaptive_SVG_is_the_built_in_one_whatever_the_spec_sets()
    {
        // Brand colours are chosen for the light page they name; the alternate palette is the audited built-in dark one.
        var infographic = Infographic.FromYaml(FourSteps);
        var dark = infographic.AlternateScene().Scene.Descendants().OfType<BoxNode>().Single(n => n.Id == "demo-step-2-card");
        Assert.Equal("#15273F", dark.Fill);
        Assert.True(infographic.Audit(alternatePalette: true).Passed);
    }
}
