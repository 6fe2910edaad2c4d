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
        var result = Infographic.Parse(Spec("تأخذ الممرضة كمية صغيرة من الدم"), "ar.yaml");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0020", diagnostic.Code);
        Assert.Matches("cannot draw 16 different characters of this text, written in Arabic", diagnostic.Message);
        Assert.Contains("Arabic text cannot be drawn yet", diagnostic.Fix);
        Assert.Equal((8, 16), (diagnostic.Line, diagnostic.Column)); // where the quoted text starts
    }

    [Fact]
    public void The_arabic_seed_of_the_invalid_specs_gets_one_diagnostic_per_text_not_per_letter()
    {
        var result = Infographic.ParseFile(Path.Combine(Repo.Specs, "invalid", "arabic-text.yaml"));
        Assert.Equal(5, result.Diagnostics.Count); // title, two step titles, two summaries
        Assert.All(result.Diagnostics, d => Assert.Equal("DG0020", d.Code));
    }

    [Theory]
    [InlineData("\u200E")] // left-to-right mark
    [InlineData("\u200F")] // right-to-left mark
    [InlineData("\u200D")] // zero-width joiner
    [InlineData("\u00AD")] // soft hyphen
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
