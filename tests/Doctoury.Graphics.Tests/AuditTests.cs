using Doctoury.Graphics.Audit;
using Doctoury.Graphics.Cli;
using Doctoury.Graphics.Tests.Support;
using Doctoury.Graphics.Themes;

namespace Doctoury.Graphics.Tests;

/// <summary>The audit measures what is drawn (ACCESSIBILITY.md checklist 1, 2, 3, 9, 10) and holds every theme to it.</summary>
public sealed class AuditTests
{
    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#FFFFFF", "#FFFFFF", 1.0)]
    [InlineData("#767676", "#FFFFFF", 4.542)] // the lightest grey that passes on white
    [InlineData("#777777", "#FFFFFF", 4.478)]
    [InlineData("#0B6B74", "#E6F4F5", 5.527)]
    public void Contrast_follows_the_WCAG_formula(string a, string b, double expected)
    {
        Assert.Equal(expected, Contrast.Ratio(a, b), 3);
        Assert.Equal(Contrast.Ratio(a, b), Contrast.Ratio(b, a));
    }

    [Fact]
    public void Ratios_are_never_rounded_up_when_shown_or_compared()
    {
        var ratio = Contrast.Ratio("#777777", "#FFFFFF");
        Assert.True(ratio is > 4.47 and < 4.5);
        Assert.Equal("4.47:1", Contrast.Show(ratio));
        Assert.Equal("4.49:1", Contrast.Show(4.4999));
    }

    public static IEnumerable<object[]> SpecsInEveryTheme() =>
        from spec in Repo.SpecFiles().Select(a => (string)a[0])
        from theme in BuiltInThemes.Names
        select new object[] { spec, theme };

    [Theory]
    [MemberData(nameof(SpecsInEveryTheme))]
    public void Every_spec_passes_the_AA_audit_in_every_built_in_theme(string spec, string theme)
    {
        var report = Repo.InTheme(spec, theme).Audit();
        Assert.True(report.Findings.Count == 0, string.Join("\n", report.Findings.Select(f => f.Message))); // not even a warning
        Assert.True(report.Checked > 20);
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void The_high_contrast_theme_passes_AAA(string spec)
    {
        var report = Repo.InTheme(spec, "high-contrast").Audit(AuditLevel.AAA);
        Assert.True(report.Passed, string.Join("\n", report.Findings.Select(f => f.Message)));
    }

    [Fact]
    public void Pale_grey_text_is_named_with_both_colours_its_ratio_and_the_threshold()
    {
        var report = Infographic.Load(Path.Combine(Repo.Specs, "audit-failures", "pale-grey-text.yaml")).Audit();
        Assert.False(report.Passed);
        var summary = Assert.Single(report.Findings, f => f.Element == "step-1-summary");
        Assert.Equal("DG0101", summary.Rule);
        Assert.Equal("Step 1 of 2: Drawing blood", summary.Context);
        Assert.Equal(("#B8BEC4", "#E6F4F5"), (summary.Foreground, summary.Background));
        Assert.Equal(4.5, summary.Threshold);
        Assert.InRange(summary.Ratio!.Value, 1.6, 1.7);
        Assert.Contains("#B8BEC4 on #E6F4F5", summary.Message);
        Assert.Contains("1.66:1", summary.Message);
        Assert.Contains("needs 4.5:1", summary.Message);
    }

    [Fact]
    public void Every_finding_says_where_it_is_drawn_so_a_preview_can_outline_it()
    {
        var infographic = Infographic.Load(Path.Combine(Repo.Specs, "audit-failures", "pale-grey-text.yaml"));
        var report = infographic.Audit();
        Assert.NotEmpty(report.Findings);
        foreach (var finding in report.Findings)
        {
            var area = Assert.NotNull(finding.Area);
            Assert.True(area.Width > 0 && area.Height > 0, finding.Element);
            Assert.InRange(area.X, 0, infographic.Width - area.Width);
            Assert.InRange(area.Y, 0, infographic.Height - area.Height);
        }
        var summary = Assert.Single(report.Findings, f => f.Element == "step-1-summary").Area!.Value;
        var duration = Assert.Single(report.Findings, f => f.Element == "step-1-duration").Area!.Value;
        Assert.True(duration.Y > summary.Bottom, "the duration is drawn below the summary");
    }

    [Fact]
    public void Check_exits_1_on_pale_grey_text_and_says_where_and_why()
    {
        var file = Path.Combine(Repo.Specs, "audit-failures", "pale-grey-text.yaml");
        var stdout = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["check", file], stdout, new StringWriter()));
        // At the colour's place in the file (line 10: '    text: "#B8BEC4"'), with the shade of the same hue that passes.
        Assert.Contains($"{file}(10,11): error DG0101: Step 1 of 2: Drawing blood, step-1-summary: Text 'A nurse takes a small amount of blood…' (#B8BEC4 on #E6F4F5, 19 px) has contrast 1.66:1; text needs 4.5:1 at level AA. Use \"#676D72\" instead of \"#B8BEC4\" (same hue, darker: 4.56:1 on #E8F0FA, and more on the 2 other colours it is drawn with).", stdout.ToString());
    }

    [Theory]
    [InlineData("pale-grey-text.yaml", "AA", 10, 11, "theme.colors.text")]
    [InlineData("pale-grey-text.yaml", "AAA", 10, 11, "theme.colors.text")]
    [InlineData("pale-yellow-step.yaml", "AA", 10, 24, "theme.colors.steps[1]")] // the second entry of 'steps: [...]'
    public void A_contrast_finding_points_at_the_colour_the_spec_set_and_its_suggestion_really_passes(string spec, string level, int line, int column, string key)
    {
        var file = Path.Combine(Repo.Specs, "audit-failures", spec);
        var report = Infographic.Load(file).Audit(Enum.Parse<AuditLevel>(level));
        var contrast = report.Findings.Where(f => f.Rule is "DG0101" or "DG0102").ToList();
        Assert.NotEmpty(contrast);
        var suggestion = Assert.Single(contrast.Select(f => f.Suggestion).Distinct());
        Assert.NotNull(suggestion);
        Assert.Equal((line, column, key), (suggestion.Line, suggestion.Column, suggestion.Key));
        var color = Assert.IsType<string>(suggestion.Color);
        Assert.True(suggestion.Ratio >= suggestion.Needed + 0.05);

        var stdout = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["check", file, "--level", level], stdout, new StringWriter()));
        Assert.All(stdout.ToString().Split('\n').Where(l => l.Contains("DG010", StringComparison.Ordinal)), l => Assert.Contains($"({line},{column}): error", l));

        // The proof: the spec with the suggested colour passes, in both cuts.
        using var folder = new TempFolder();
        var fixedSpec = Path.Combine(folder.Path, spec);
        File.WriteAllText(fixedSpec, File.ReadAllText(file).Replace(suggestion.Current, color, StringComparison.Ordinal));
        stdout = new StringWriter();
        Assert.True(CommandLine.Run(["check", fixedSpec, "--level", level], stdout, new StringWriter()) == 0, stdout.ToString());
    }

    [Fact]
    public void A_built_in_colour_that_fails_is_reported_at_the_top_with_the_key_to_set()
    {
        var file = Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml");
        var finding = Assert.IsType<AuditFinding>(Infographic.Load(file).Audit(AuditLevel.AAA).Findings.FirstOrDefault(f => f.Foreground == "#52606D"));
        var suggestion = Assert.IsType<ColorSuggestion>(finding.Suggestion);
        Assert.Equal(("theme.colors.muted", (int?)null), (suggestion.Key, suggestion.Line));
        Assert.Equal($"muted: \"{suggestion.Color}\"", suggestion.Yaml);

        var stdout = new StringWriter();
        CommandLine.Run(["check", file, "--level", "AAA"], stdout, new StringWriter());
        Assert.Contains($"(1,1): error DG0101: footer-source:", stdout.ToString());
        Assert.Contains($"add 'theme: {{ colors: {{ muted: \"{suggestion.Color}\" }} }}'", stdout.ToString());
    }

    [Fact]
    public void A_built_in_list_colour_is_set_by_giving_the_whole_list_with_one_entry_changed()
    {
        // The mid-grey tint the spec set cannot pass at AAA under the grey text it also set, so the badge
        // finding blames the built-in step colour instead, which can pass.
        var yaml = Specs.Minimal.Replace("title: Demo", "title: Demo\ntheme: { base: doctoury, colors: { text: \"#888888\", step-tints: \"#777777\" } }");
        var badge = Infographic.FromYaml(yaml).Audit(AuditLevel.AAA).Findings.First(f => f.Element == "step-1-badge");
        var suggestion = badge.Suggestion!;
        Assert.Equal(("theme.colors.steps", "#0B6B74", (int?)null), (suggestion.Key, suggestion.Current, suggestion.Line));
        Assert.Equal($"steps: [\"{suggestion.Color}\", \"#1D5FA8\", \"#6B4FA3\", \"#A23C72\"]", suggestion.Yaml);
        Assert.True(suggestion.Darker);
    }

    [Fact]
    public void When_no_shade_can_pass_the_finding_says_so_instead_of_guessing()
    {
        var yaml = Specs.Minimal.Replace("title: Demo", "title: Demo\ntheme: { base: doctoury, colors: { text: \"#888888\", step-tints: \"#777777\" } }");
        var summary = Infographic.FromYaml(yaml).Audit(AuditLevel.AAA).Findings.First(f => f.Element == "step-1-summary");
        var suggestion = summary.Suggestion!;
        Assert.Null(suggestion.Color);
        Assert.Null(suggestion.Yaml);
        Assert.Equal("#000000", suggestion.Closest);
        Assert.StartsWith("No lighter or darker shade of #888888 (theme.colors.text) reaches 7:1 on #777777", AuditOutput.Fix(suggestion));
    }

    [Fact]
    public void Render_refuses_to_write_a_failing_spec_unless_told()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(Repo.Specs, "audit-failures", "pale-grey-text.yaml");
        var stderr = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["render", file, "--out", folder.Path], new StringWriter(), stderr));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.png"));
        Assert.Contains("--allow-audit-failures", stderr.ToString());

        stderr = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["render", file, "--out", folder.Path, "--allow-audit-failures"], new StringWriter(), stderr));
        Assert.True(File.Exists(Path.Combine(folder.Path, "pale-grey-text.png")));
        Assert.Contains("warning DG0101", stderr.ToString());
    }

    [Fact]
    public void A_custom_theme_is_audited_like_the_built_in_ones_graphics_included()
    {
        var report = Infographic.FromYaml(Specs.Minimal.Replace("title: Demo", "title: Demo\ntheme: { base: doctoury, colors: { connector: \"#DDDDDD\" } }")).Audit();
        var connector = Assert.Single(report.Findings);
        Assert.Equal("DG0102", connector.Rule);
        Assert.Equal("connector-1", connector.Element);
        Assert.Equal(3.0, connector.Threshold);
        Assert.Contains("#DDDDDD on #FFFFFF", connector.Message);
    }

    [Fact]
    public void AAA_raises_the_thresholds_to_7_and_4_5()
    {
        var report = Repo.Load("car-t-cell-therapy.yaml").Audit(AuditLevel.AAA);
        Assert.Equal(AuditLevel.AAA, report.Level);
        Assert.Contains(report.Findings, f => f.Threshold == 7.0);
        Assert.All(report.Findings.Where(f => f.Rule == "DG0101"), f => Assert.True(f.Ratio < f.Threshold));
    }

    [Fact]
    public void Text_is_measured_against_the_shape_directly_behind_it()
    {
        var report = Infographic.FromYaml(Specs.Minimal.Replace("title: Demo", "title: Demo\ntheme: { base: doctoury, colors: { text: \"#FFFFFF\" } }")).Audit();
        // White summaries on the pale card tints fail; the white number on its dark badge is fine.
        Assert.Contains(report.Findings, f => f.Element == "step-1-summary" && f.Background == "#E6F4F5");
        Assert.DoesNotContain(report.Findings, f => f.Element.EndsWith("-number", StringComparison.Ordinal));
    }
}
