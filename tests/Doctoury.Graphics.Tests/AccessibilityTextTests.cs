using System.Text.RegularExpressions;
using System.Xml.Linq;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

public sealed partial class AccessibilityTextTests
{
    public static IEnumerable<object[]> Specs() => Repo.SpecFiles();

    [Fact]
    public void Seed_alt_names_the_four_steps_in_order()
    {
        var alt = Repo.Load("car-t-cell-therapy.yaml").AltText;
        var positions = new[] { "Extraction", "Modification", "Expansion", "Reintroduction" }.Select(s => alt.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Long_description_carries_every_word_visible_in_the_picture(string spec)
    {
        var infographic = Repo.Load(spec);
        var description = Normalize(infographic.Describe().PlainText);
        foreach (var text in infographic.Scene.Descendants().OfType<TextNode>().Where(t => t.Role != NodeRole.StepNumber))
        {
            Assert.Contains(Normalize(text.PlainText), description);
        }
    }

    [Fact]
    public void Author_alt_overrides_both_texts()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "two-steps.yaml")) + "alt:\n  short: A two-step blood test.\n  long: First blood is drawn.\n\n    Then it is tested.\n";
        var infographic = Infographic.FromYaml(yaml);
        Assert.Equal("A two-step blood test.", infographic.AltText);
        Assert.Contains("First blood is drawn.", infographic.Describe().PlainText);
        Assert.Equal("<p>First blood is drawn.</p>\n<p>Then it is tested.</p>\n", infographic.Describe().Html);
    }

    [Fact]
    public void Generated_words_follow_the_spec_language()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "two-steps.yaml")).Replace("lang: en", "lang: es");
        var infographic = Infographic.FromYaml(yaml);
        Assert.StartsWith("Diagrama de proceso: ", infographic.AltText);
        Assert.Contains("lang=\"es\"", infographic.RenderSvg());
    }

    [Fact]
    public void Figure_puts_image_and_description_in_one_figure()
    {
        var infographic = Repo.Load("car-t-cell-therapy.yaml");
        var figure = XElement.Parse(infographic.FigureHtml("car-t-cell-therapy.png", "car-t-cell-therapy@2x.png").Replace("<img ", "<img ").Replace("\">\n  <figcaption>", "\"/>\n  <figcaption>"));
        Assert.Equal("figure", figure.Name.LocalName);
        // The figure's alt says where the description is, within the same 150 characters as the short alt.
        var alt = figure.Element("img")!.Attribute("alt")!.Value;
        Assert.StartsWith("Process diagram: CAR T-cell therapy, 4 steps", alt);
        Assert.EndsWith(". Full description below.", alt);
        Assert.InRange(alt.Length, 1, 150);
        Assert.NotNull(figure.Element("figcaption")!.Element("details")!.Element("ol"));
    }

    private static string Normalize(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
