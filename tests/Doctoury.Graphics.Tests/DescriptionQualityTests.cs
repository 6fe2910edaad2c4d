using System.Text.RegularExpressions;
using System.Xml.Linq;
using Doctoury.Graphics.Accessibility;
using Doctoury.Graphics.Tests.Support;
using Xunit.Abstractions;

namespace Doctoury.Graphics.Tests;

/// <summary>The generated alt and long description meet ACCESSIBILITY.md checklist items 17, 18, 20, 21 and 23.</summary>
public sealed partial class DescriptionQualityTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void The_short_alt_is_one_sentence_that_says_what_it_is_the_process_and_the_step_count(string file)
    {
        var infographic = Repo.Load(file);
        var alt = infographic.AltText;
        var language = Localization.LanguageTable.For(infographic.Language);
        var steps = infographic.Spec.Process.Steps.Length;
        // "Process diagram: <title>, 4 steps" in the spec's language; a long title may give way to its first clause.
        Assert.StartsWith(language.Say(language.Words.AltCount, steps, ("title", infographic.Title.Split(':')[0])).TrimEnd('.'), alt);
        Assert.EndsWith(".", alt);
        Assert.Single(SentenceEnd().Matches(alt));
        Assert.True(alt.Length <= 125, $"{alt.Length} characters");
        Assert.DoesNotMatch("(?i)image of|picture of|\\.png|\\.svg|https?:", alt);
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void The_figure_alt_says_where_the_full_description_is(string file)
    {
        var infographic = Repo.Load(file);
        var figure = XElement.Parse(infographic.FigureHtml("x.png").Replace("\">\n  <figcaption>", "\"/>\n  <figcaption>")); // <img> is an HTML void element
        var alt = figure.Element("img")!.Attribute("alt")!.Value;
        Assert.EndsWith(". " + Localization.LanguageTable.For(infographic.Language).Words.DescribedBelow, alt);
        Assert.True(alt.Length <= 150, $"{alt.Length} characters");
        Assert.NotNull(figure.Element("figcaption")!.Element("details"));
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void The_long_description_has_an_overview_the_steps_in_order_and_a_heading_and_list_per_panel(string file)
    {
        var infographic = Repo.Load(file);
        var html = XElement.Parse("<div>" + infographic.Describe().Html + "</div>");
        // A right-to-left description is one block that says its language and direction.
        if (html.Elements().ToList() is [{ Name.LocalName: "div" } wrapper] && wrapper.Attribute("dir")?.Value == "rtl")
        {
            Assert.Equal(infographic.Language, wrapper.Attribute("lang")?.Value);
            html = wrapper;
        }
        var elements = html.Elements().ToList();
        Assert.Equal("p", elements[0].Name.LocalName);
        var steps = Assert.Single(html.Descendants("ol")).Elements("li").ToList();
        Assert.Equal(infographic.Spec.Process.Steps.Length, steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            Assert.Contains(infographic.Spec.Process.Steps[i].Title, steps[i].Value);
            Assert.Contains(infographic.Spec.Process.Steps[i].Summary, steps[i].Value);
        }
        var headings = html.Descendants().Where(e => e.Name.LocalName is "h3" or "h4").Select(e => e.Value).ToList();
        foreach (var panel in infographic.Spec.Panels)
        {
            Assert.Contains(panel.Title, headings);
            var list = html.Descendants().First(e => e.Name.LocalName is "h3" or "h4" && e.Value == panel.Title).ElementsAfterSelf().First();
            Assert.Equal("ul", list.Name.LocalName);
            Assert.Equal(panel.Items.Length, list.Elements("li").Count());
        }
    }

    private static IEnumerable<string> GeneratedSentences(Infographic infographic)
    {
        var model = DescriptionModel.From(infographic.Spec);
        // The subtitle is the author's sentence, not ours to grade.
        return model.Overview.Where(o => o.Parts.Any(p => !p.Authored)).Select(o => o.Text).Append(infographic.AltText);
    }

    /// <summary>Proper names and titles come out before grading, as WCAG 3.1.5 allows.</summary>
    private static string WithoutNames(string sentence, Infographic infographic)
    {
        var names = new[] { infographic.Title, infographic.Title.Split(':')[0] }.Concat(infographic.Spec.Process.Steps.Select(s => s.Title)).Concat(infographic.Spec.Panels.Select(p => p.Title));
        foreach (var name in names.OrderByDescending(n => n.Length)) sentence = sentence.Replace(name, "it");
        return sentence;
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Generated_sentences_read_at_grade_8_or_below_and_the_authors_words_are_reported(string file)
    {
        var infographic = Repo.Load(file);
        var generated = string.Join(" ", GeneratedSentences(infographic).Select(s => WithoutNames(s, infographic)));
        var grade = Readability.Grade(generated);
        output.WriteLine($"{file}: generated sentences grade {grade:0.0}: {generated}");
        Assert.True(grade <= 8.0, $"grade {grade:0.0}: {generated}");
        var sentences = GeneratedSentences(infographic).Select(s => WithoutNames(s, infographic)).ToList(); // the author's names are theirs
        var averageWords = sentences.Average(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(averageWords <= 20, $"{averageWords:0.0} words a sentence");

        var authored = string.Join(" ", infographic.Spec.Process.Steps.Select(s => s.Summary));
        output.WriteLine($"{file}: the author's step summaries grade {Readability.Grade(authored):0.0} (reported, not failed)");
    }

    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Generated_sentences_name_no_colour_and_no_place_without_a_label(string file)
    {
        var infographic = Repo.Load(file);
        foreach (var sentence in GeneratedSentences(infographic))
        {
            Assert.DoesNotMatch(@"(?i)\b(red|green|blue|purple|pink|teal|orange|yellow|grey|gray|colou?red|circle|box)\b", WithoutNames(sentence, infographic));
            if (Sensory().IsMatch(WithoutNames(sentence, infographic)))
            {
                Assert.Matches(@"\b(steps?|panels?)\b", sentence); // "Below the steps, 3 panels list …"
            }
        }
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("process", 2)]
    [InlineData("diagram", 3)]
    [InlineData("numbered", 2)]
    [InlineData("leukapheresis", 5)]
    public void Syllables_are_counted_closely_enough(string word, int expected)
    {
        Assert.InRange(Readability.Syllables(word), expected - 1, expected + 1);
    }

    [Fact]
    public void Grade_level_matches_known_examples()
    {
        Assert.InRange(Readability.Grade("The cat sat on the mat."), -3, 1);
        Assert.InRange(Readability.Grade("Chimeric antigen receptor modification necessitates sophisticated manufacturing infrastructure."), 14, 40);
    }

    [Fact]
    public void An_authored_alt_is_checked_like_the_generated_one_but_only_warned()
    {
        var result = Infographic.Parse(Specs.Minimal + "\nalt:\n  short: Image of a very long process diagram that goes on and on about the many steps and what happens in each one of them without end\n", "x.yaml");
        Assert.True(result.Success);
        var warnings = result.Diagnostics.Where(d => d.Code == "DG0023").Select(d => d.Message).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("125 or fewer"));
        Assert.Contains(warnings, w => w.Contains("full stop"));
        Assert.Contains(warnings, w => w.Contains("image"));
    }

    [GeneratedRegex(@"[.!?](\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?i)\b(left|right|above|below|top|bottom)\b")]
    private static partial Regex Sensory();
}
