using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>DG0020: one diagnostic per text that names the script, never one per letter; marks that draw nothing pass.</summary>
public sealed class MissingGlyphTests
{
    private static string Spec(string summary) => $$"""
        version: 1
        id: blood-test
        title: Having a blood test
        process:
          steps:
            - id: draw
              title: Drawing blood
              summary: "{{summary}}"
            - id: lab
              title: Testing in the lab
              summary: The sample is sent to a laboratory.
        """;

    [Fact]
    public void A_text_in_another_script_is_one_diagnostic_that_names_the_script()
    {
        var result = Infographic.Parse(Spec("พยาบาลจะเจาะเลือดจากแขน"), "th.yaml");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0020", diagnostic.Code);
        Assert.Matches("cannot draw 15 different characters of this text, written in Thai", diagnostic.Message);
        Assert.Contains("Arabic or Hebrew letters", diagnostic.Fix);
        Assert.Equal((8, 16), (diagnostic.Line, diagnostic.Column)); // where the quoted text starts
    }

    [Fact]
    public void The_thai_spec_of_the_invalid_specs_gets_one_diagnostic_per_text_not_per_letter()
    {
        var result = Infographic.ParseFile(Path.Combine(Repo.Specs, "invalid", "thai-text.yaml"));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(5, errors.Count); // title, two step titles, two summaries
        Assert.All(errors, d => Assert.Equal("DG0020", d.Code));
        Assert.Equal("DG0026", Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning).Code); // no Thai words of ours either
    }

    [Theory]
    [InlineData("\u200E")] // left-to-right mark
    [InlineData("\u200F")] // right-to-left mark
    [InlineData("\u200D")] // zero-width joiner
    [InlineData("\u00AD")] // soft hyphen
    [InlineData("\u061C")] // Arabic letter mark
    public void Marks_that_draw_nothing_are_not_missing_glyphs(string mark)
    {
        var result = Infographic.Parse(Spec($"A nurse takes blood{mark} from your arm."), "mark.yaml");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DG0020");
    }

    [Fact]
    public void One_missing_symbol_is_still_named_with_its_place()
    {
        var result = Infographic.Parse(Spec("A nurse takes blood 🩸 from your arm."), "emoji.yaml");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("U+1FA78", diagnostic.Message);
        Assert.Contains("at character 21", diagnostic.Message);
    }
}
