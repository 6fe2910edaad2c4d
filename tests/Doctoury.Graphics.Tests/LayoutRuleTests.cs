using System.Collections.Immutable;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Audit;
using Doctoury.Graphics.Layout;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Tests.Support;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Tests;

/// <summary>The layout's rules one at a time, and the audit checks that prove them on the drawn Scene.</summary>
public sealed class LayoutRuleTests
{
    private static readonly ITextMeasurer Measurer = SkiaTextMeasurer.Instance;

    private static string[] Lines(string text, double width, bool split = false) =>
        [.. LineBreaker.Break([new StyledSpan(text, false)], width, 19, Measurer, split).Lines.Select(l => string.Join(" ", l.Runs.Select(r => r.Text)))];

    [Fact]
    public void A_soft_hyphen_is_invisible_unless_a_word_needs_it_and_then_drawn_as_a_hyphen()
    {
        const string word = "Immuno\u00ADtherapy";
        Assert.Equal(["Immunotherapy works"], Lines(word + " works", 1000));
        // The word fits a line of its own: it moves there whole rather than hyphenate.
        var fits = Measurer.Width("Immunotherapy", 19, false) + 2;
        Assert.Equal(["A", "Immunotherapy"], Lines("A " + word, fits));
        // Too wide for any line: it breaks at the author's soft hyphen, never elsewhere.
        var narrow = Measurer.Width("Immuno-", 19, false) + 2;
        Assert.Equal(["Immuno-", "therapy"], Lines(word, narrow));
        Assert.False(LineBreaker.Break([new StyledSpan(word, false)], narrow, 19, Measurer, false).WordTooWide);
    }

    [Fact]
    public void Words_split_only_when_asked_and_every_piece_then_fits()
    {
        var width = Measurer.Width("Supercal", 19, false);
        Assert.Equal(["Supercalifragilistic"], Lines("Supercalifragilistic", width));
        var pieces = Lines("Supercalifragilistic", width, split: true);
        Assert.True(pieces.Length > 1);
        Assert.All(pieces[..^1], p => Assert.EndsWith("-", p)); // a split is drawn with a hyphen
        Assert.Equal("Supercalifragilistic", string.Concat(pieces.Select(p => p.TrimEnd('-'))));
    }

    private static TextNode Text(string source, params string[] lines) =>
        new("demo-step-1-title", NodeRole.StepTitle, new Rect(0, 0, 500, 100), 20, 24, "#000000",
            [.. lines.Select((l, i) => new TextLine(20 + 24 * i, [new TextRun(l, 0, l.Length * 10, false)]))]) { Source = source };

    [Fact]
    public void The_audit_names_a_split_word_accepts_a_soft_hyphen_break_and_catches_lost_words()
    {
        Assert.Empty(LayoutChecks.Words(Text("Immuno\u00ADtherapy works", "Immuno-", "therapy works"), "step-1-title", ""));
        Assert.Empty(LayoutChecks.Words(Text("The T-cells return", "The T-cells", "return"), "step-1-title", ""));

        var split = Assert.Single(LayoutChecks.Words(Text("Modification begins", "Modificatio", "n begins"), "step-1-title", ""));
        Assert.Equal(("DG0107", DiagnosticSeverity.Warning), (split.Rule, split.Severity));
        Assert.Contains("'Modification'", split.Message);

        var lost = Assert.Single(LayoutChecks.Words(Text("Cells are grown", "Cells are"), "step-1-title", ""));
        Assert.Equal(("DG0110", DiagnosticSeverity.Error), (lost.Rule, lost.Severity));
        Assert.Single(LayoutChecks.Words(Text("Cells are grown", "Cells are grown", "twice"), "step-1-title", ""), f => f.Rule == "DG0110");
    }

    private static InfographicScene SceneOf(params SceneNode[] nodes) => new("demo", "en", 400, 300, "#FFFFFF", [.. nodes]);

    private static List<AuditFinding> Overlaps(InfographicScene scene)
    {
        var contexts = new Dictionary<SceneNode, string>(ReferenceEqualityComparer.Instance);
        foreach (var node in scene.Descendants()) contexts[node] = "";
        return [.. LayoutChecks.Overlaps(scene, n => n.Id, contexts)];
    }

    [Fact]
    public void Shapes_may_hold_each_other_but_never_overlap()
    {
        var card = new BoxNode("card", NodeRole.StepCard, new Rect(10, 10, 200, 200), "#EEEEEE", 20, null, 0);
        var badge = new CircleNode("step-1-badge", NodeRole.Decoration, new Rect(20, 20, 44, 44), "#0B6B74");
        var disc = new CircleNode("step-1-icon-disc", NodeRole.Decoration, new Rect(140, 20, 64, 64), "#FFFFFF");
        var icon = new IconNode("step-1-icon", NodeRole.Icon, new Rect(150, 30, 44, 44), IconLibrary.Default.Get("dna"), "#0B6B74");
        Assert.Empty(Overlaps(SceneOf(card, badge, disc, icon)));

        var crowding = disc with { Bounds = new Rect(50, 20, 64, 64) };
        var finding = Assert.Single(Overlaps(SceneOf(card, badge, crowding)));
        Assert.Equal("DG0108", finding.Rule);
        Assert.Contains("number badge overlaps the icon disc", finding.Message);

        var connector = new PathNode("connector-1", NodeRole.Connector, new Rect(200, 100, 60, 18), "M200 109 H260", "#52606D", 4);
        Assert.Contains(Overlaps(SceneOf(card, connector)), f => f.Message.Contains("step card", StringComparison.Ordinal));

        var text = Text("Expansion", "Expansion") with { Bounds = new Rect(20, 60, 200, 24) };
        Assert.Contains(Overlaps(SceneOf(badge, text with { Lines = [new TextLine(70, [new TextRun("Expansion", 30, 90, false)])] })), f => f.Rule == "DG0108");

        var outside = Assert.Single(Overlaps(SceneOf(card with { Bounds = new Rect(300, 10, 200, 100) })));
        Assert.Equal("DG0104", outside.Rule);
    }

    [Theory]
    [InlineData(8, 1104, 4)]   // 8 steps at 1200 px: two rows of four
    [InlineData(8, 1504, 4)]   // eight 153 px cards would be too narrow to read
    [InlineData(7, 1504, 4)]   // 4 + 3, never 6 + 1
    [InlineData(5, 1104, 3)]   // 3 + 2
    [InlineData(4, 704, 2)]    // the seed at 800 px: two rows of two
    [InlineData(4, 1504, 4)]
    [InlineData(6, 1504, 6)]
    public void Steps_wrap_into_balanced_rows_before_cards_get_too_narrow(int steps, double width, int columns)
    {
        var grid = StepRowLayout.Arrange(steps, width, _ => true);
        Assert.Equal(columns, grid.Columns);
        Assert.InRange(grid.CardWidth, LayoutMetrics.MinCardWidth, LayoutMetrics.MaxCardWidth);
    }

    [Theory]
    [InlineData(7, 3, "3 2 2")]
    [InlineData(8, 3, "3 3 2")]
    [InlineData(5, 3, "3 2")]
    [InlineData(8, 4, "4 4")]
    [InlineData(4, 1, "1 1 1 1")]
    public void Rows_are_as_even_as_they_can_be_and_a_shorter_row_is_centred(int steps, int columns, string rows)
    {
        var grid = new StepRowLayout.Grid(columns, 300, 56, 0);
        var places = Enumerable.Range(0, steps).Select(i => grid.Place(i, steps)).ToList();
        Assert.Equal(rows, string.Join(' ', places.GroupBy(p => p.Row).Select(g => g.Count())));
        foreach (var row in places.GroupBy(p => p.Row))
        {
            // Centred: as much room before the row's first card as after its last.
            Assert.Equal(columns - 1 - row.Max(p => p.Column), row.Min(p => p.Column), 6);
        }
    }

    [Fact]
    public void A_word_that_costs_the_row_its_columns_is_named()
    {
        var yaml = Specs.Minimal.Replace("title: Demo", "title: Demo\nwidth: 800").Replace("title: One", "title: Oesophagogastroduodenoscopy")
            .Replace("  steps:", "  steps:\n    - { id: x, title: X, summary: x }\n    - { id: y, title: Y, summary: y }\n    - { id: z, title: Z, summary: z }");
        var finding = Assert.Single(Infographic.FromYaml(yaml).Audit().Findings, f => f.Rule == "DG0111");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("'Oesophagogastroduodenoscopy'", finding.Message);
        // With a soft hyphen the author keeps the row, and nothing is split.
        var soft = Infographic.FromYaml(yaml.Replace("title: Oesophagogastroduodenoscopy", "title: \"Oesophago\\u00ADgastro\\u00ADduodenoscopy\""));
        Assert.DoesNotContain(soft.Audit().Findings, f => f.Rule is "DG0111" or "DG0107");
    }

    [Fact]
    public void Few_steps_on_a_wide_canvas_centre_the_whole_picture_on_their_row()
    {
        var scene = Repo.Load("two-steps.yaml").Scene;
        var cards = scene.Descendants().Where(n => n.Role == NodeRole.StepCard).Select(n => n.Bounds).ToList();
        var title = scene.Descendants().OfType<TextNode>().Single(t => t.Role == NodeRole.Title);
        Assert.Equal(cards[0].X, title.Bounds.X, 1);                                         // the heading starts where the first card does
        Assert.Equal(scene.Width - cards[^1].Right, cards[0].X, 1);                          // and the row sits in the middle
    }

    [Fact]
    public void Few_steps_keep_a_readable_measure_and_are_centred()
    {
        var grid = StepRowLayout.Arrange(2, 1504, _ => true);
        Assert.Equal((2, LayoutMetrics.MaxCardWidth, LayoutMetrics.MaxStepGap), (grid.Columns, grid.CardWidth, grid.Gap));
        Assert.Equal(1504 - 2 * grid.Indent, 2 * grid.CardWidth + grid.Gap, 3);
    }

    [Fact]
    public void A_word_that_fits_no_card_of_a_row_sends_the_steps_to_fewer_columns()
    {
        var grid = StepRowLayout.Arrange(4, 1504, cardWidth => cardWidth > 500);
        Assert.Equal(1, grid.Columns);
        Assert.Equal(1504, grid.CardWidth);
    }

    [Fact]
    public void One_wordy_step_that_shrinks_the_row_is_named_and_titles_stay_above_panel_titles()
    {
        var wordy = string.Join(' ', Enumerable.Repeat("Cells are checked for purity and safety before release.", 5));
        var details = string.Concat(Enumerable.Repeat($"\n        - {wordy}", 3));
        var yaml = Specs.Minimal.Replace("summary: First.", $"summary: {wordy}\n      details:{details}") + "\npanels:\n  - { id: p, title: Good to know, items: [One thing] }\n";
        var infographic = Infographic.FromYaml(yaml);
        var note = Assert.Single(infographic.Audit().Findings, f => f.Rule == "DG0109");
        Assert.Equal(("step-1", "Step 1 of 2: One", DiagnosticSeverity.Warning), (note.Element, note.Context, note.Severity));
        Assert.Matches(@"titles to \d+(\.\d)? px", note.Message);

        var texts = infographic.Scene.Descendants().OfType<TextNode>().ToList();
        var stepTitle = texts.Where(t => t.Role == NodeRole.StepTitle).Min(t => t.FontSize);
        var summary = texts.Where(t => t.Role == NodeRole.StepSummary).Min(t => t.FontSize);
        Assert.All(texts.Where(t => t.Role is NodeRole.PanelTitle), t => Assert.True(t.FontSize <= stepTitle, $"{t.Id} {t.FontSize} > {stepTitle}"));
        Assert.All(texts.Where(t => t.Role is NodeRole.PanelItem), t => Assert.True(t.FontSize <= summary, $"{t.Id} {t.FontSize} > {summary}"));
    }

    [Theory]
    [InlineData("car-t-cell-therapy.yaml", 800)]
    [InlineData("car-t-cell-therapy.yaml", 1200)]
    [InlineData("eight-steps.yaml", 800)]
    [InlineData("eight-steps.yaml", 1200)]
    [InlineData("two-steps.yaml", 800)]
    [InlineData("long-text.yaml", 800)]
    [InlineData("long-title.yaml", 800)]
    [InlineData("no-icons.yaml", 4000)]
    public void Narrow_and_wide_widths_split_no_word_and_overlap_nothing(string spec, int width)
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, spec));
        yaml = System.Text.RegularExpressions.Regex.Replace(yaml, "(?m)^width: .*\n", "").Replace("version: 1\n", $"version: 1\nwidth: {width}\n", StringComparison.Ordinal);
        var findings = Infographic.FromYaml(yaml).Audit().Findings;
        Assert.True(findings.All(f => f.Rule is "DG0109"), string.Join("\n", findings.Select(f => $"{f.Rule} {f.Element}: {f.Message}")));
    }
}
