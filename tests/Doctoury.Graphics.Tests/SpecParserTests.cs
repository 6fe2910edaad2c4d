using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>Each mistake a user can make gets an error naming file, line, column and, where possible, the fix.</summary>
public sealed class SpecParserTests
{
    private const string Valid = Specs.Minimal;

    private static Diagnostic SingleError(string yaml)
    {
        var result = Infographic.Parse(yaml, "demo.yaml");
        Assert.False(result.Success);
        return Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Valid_spec_parses_with_no_diagnostics()
    {
        var result = Infographic.Parse(Valid, "demo.yaml");
        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("demo", result.Infographic!.Id);
    }

    [Fact]
    public void Seed_spec_holds_the_pages_content()
    {
        var spec = Repo.Load("car-t-cell-therapy.yaml").Spec;
        Assert.Equal(["extraction", "modification", "expansion", "reintroduction"], spec.Process.Steps.Select(s => s.Id));
        Assert.Equal(["benefits", "applications", "challenges"], spec.Panels.Select(p => p.Id));
        Assert.Equal("A few hours", spec.Process.Steps[0].Duration);
        Assert.Equal("Several weeks", spec.Process.Steps[2].Duration);
        Assert.Contains("medical team", spec.Footer!.Note);
    }

    [Fact]
    public void Syntax_error_names_line_and_column()
    {
        var d = SingleError("version: 1\nid: demo\ntitle: [unclosed\n");
        Assert.Equal("DG0001", d.Code);
        Assert.Equal("demo.yaml", d.File);
        Assert.True(d.Line >= 3, d.ToString());
        Assert.StartsWith("demo.yaml(", d.ToString());
        Assert.Contains("): error DG0001: ", d.ToString());
    }

    [Fact]
    public void Misspelt_key_suggests_the_right_one()
    {
        var d = SingleError(Valid.Replace("summary: First.", "sumary: First.\n      summary: First."));
        Assert.Equal("DG0002", d.Code);
        Assert.Equal("process.steps[0].sumary", d.Path);
        Assert.Equal(9, d.Line);
        Assert.Equal(7, d.Column);
        Assert.Equal("Did you mean 'summary'?", d.Fix);
    }

    [Fact]
    public void Missing_required_key_is_named()
    {
        var d = SingleError(Valid.Replace("title: Demo\n", ""));
        Assert.Equal("DG0003", d.Code);
        Assert.Equal("title", d.Path);
    }

    [Fact]
    public void Duplicate_key_is_an_error_not_a_silent_winner()
    {
        var d = SingleError(Valid.Replace("title: Demo", "title: Demo\ntitle: Again"));
        Assert.Equal("DG0005", d.Code);
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void Unknown_icon_lists_nearest_names()
    {
        var d = SingleError(Valid.Replace("icon: dna", "icon: blood-dorp"));
        Assert.Equal("DG0013", d.Code);
        Assert.Contains("'blood-drop'", d.Fix);
        Assert.Equal("process.steps[0].icon", d.Path);
    }

    [Fact]
    public void Step_count_outside_2_to_8_is_an_error()
    {
        var one = Valid[..Valid.IndexOf("    - id: two", StringComparison.Ordinal)];
        var d = SingleError(one);
        Assert.Equal("DG0008", d.Code);
        Assert.Contains("2 to 8", d.Message);
    }

    [Theory]
    [InlineData("id: demo", "id: Demo_1", "DG0006")]
    [InlineData("version: 1", "version: 2", "DG0014")]
    [InlineData("title: Demo", "title: Demo\ntheme: sunset", "DG0012")]
    [InlineData("title: Demo", "title: Demo\ntheme: { base: doctoury, colors: { title: red } }", "DG0011")]
    [InlineData("title: Demo", "title: Demo\nwidth: wide", "DG0004")]
    [InlineData("title: Demo", "title: Demo\nwidth: 100", "DG0017")]
    [InlineData("summary: First.", "summary: \"\"", "DG0009")]
    [InlineData("title: Demo", "title: &a Demo", "DG0015")]
    [InlineData("title: Demo", "title: !!str Demo", "DG0015")]
    [InlineData("id: two", "id: one", "DG0007")]
    [InlineData("process:", "subtitle: *alias\nprocess:", "DG0015")]
    public void Each_mistake_gets_its_code(string find, string replace, string code)
    {
        var result = Infographic.Parse(Valid.Replace(find, replace), "demo.yaml");
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
        Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1));
    }

    [Fact]
    public void Text_over_its_limit_is_reported_with_the_limit()
    {
        var d = SingleError(Valid.Replace("title: Demo", "title: " + new string('a', 121)));
        Assert.Equal("DG0010", d.Code);
        Assert.Contains("120", d.Message);
    }

    [Fact]
    public void A_title_past_80_characters_wraps_with_a_warning_that_suggests_a_shorter_one()
    {
        var result = Infographic.Parse(Valid.Replace("title: Demo", "title: " + string.Join(' ', Enumerable.Repeat("word", 20))), "demo.yaml");
        Assert.True(result.Success);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("DG0024", DiagnosticSeverity.Warning, 3, 8), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Contains("subtitle", d.Fix);
    }

    [Fact]
    public void A_step_without_an_icon_is_valid()
    {
        var result = Infographic.Parse(Valid.Replace("      icon: dna\n", ""), "demo.yaml");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Infographic!.Spec.Process.Steps[0].Icon);
        Assert.DoesNotContain(result.Infographic.Scene.Descendants(), n => n.Id == "demo-step-1-icon" || n.Id == "demo-step-1-icon-disc");
    }

    [Theory]
    [InlineData("vertical: { width: 319 }", "DG0017", 2, 20)]
    [InlineData("vertical: { width: 641 }", "DG0017", 2, 20)]
    [InlineData("vertical: { wide: 400 }", "DG0002", 2, 13)]
    [InlineData("vertical: { width: wide }", "DG0004", 2, 20)]
    public void The_vertical_width_stays_within_phone_sizes(string line, string code, int lineNumber, int column)
    {
        var d = SingleError(Valid.Replace("id: demo", "id: demo\n" + line));
        Assert.Equal((code, lineNumber + 1, column), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void The_vertical_width_defaults_to_360_and_may_be_set()
    {
        Assert.Equal(360, Infographic.Parse(Valid).Infographic!.Spec.VerticalWidth);
        Assert.Equal(414, Infographic.Parse(Valid.Replace("id: demo", "id: demo\nvertical:\n  width: 414")).Infographic!.Spec.VerticalWidth);
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var result = Infographic.Parse(Valid.Replace("icon: dna", "icon: nope").Replace("summary: Second.", "sumary: Second.").Replace("title: Demo", "title: Demo\nwidth: 10"), "demo.yaml");
        Assert.Equal(["DG0017", "DG0013", "DG0002"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_misspelt_required_key_is_reported_once_as_a_misspelling_not_also_as_missing()
    {
        var d = SingleError(Valid.Replace("summary: First.", "sumary: First."));
        Assert.Equal("DG0002", d.Code);
        Assert.Equal("Did you mean 'summary'?", d.Fix);
    }

    [Theory]
    [InlineData("title: 2024", "title: Demo", "number")]
    [InlineData("title: true", "title: Demo", "yes/no")]
    [InlineData("title: 1.5e3", "title: Demo", "number")]
    [InlineData("version: \"1\"", "version: 1", "whole number")]
    public void Yaml_types_are_read_as_editors_read_them(string replacement, string original, string expected)
    {
        var d = SingleError(Valid.Replace(original, replacement));
        Assert.Equal("DG0004", d.Code);
        Assert.Contains(expected, d.Message);
        Assert.NotNull(d.Fix);
    }

    [Fact]
    public void Quoted_numbers_are_text()
    {
        Assert.True(Infographic.Parse(Valid.Replace("title: Demo", "title: \"2024\""), "demo.yaml").Success);
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        Assert.Equal("DG0016", SingleError("").Code);
    }

    [Fact]
    public void Load_throws_one_exception_carrying_every_diagnostic()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dg-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Valid.Replace("icon: dna", "icon: nope"));
        try
        {
            var e = Assert.Throws<InfographicException>(() => Infographic.Load(path));
            var d = Assert.Single(e.Diagnostics);
            Assert.Equal(path, d.File);
            Assert.Contains("DG0013", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
