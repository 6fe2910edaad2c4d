using System.Collections.Immutable;
using System.Text.Json;
using System.Xml.Linq;
using Doctoury.Graphics.Accessibility;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Tests.Support;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// The generated text in every language with a table, from one real process translated by hand
/// (<c>Fixtures/blood-test.json</c>): the alt and the plain description are snapshots a speaker
/// of the language can review. Built as a spec in memory, so scripts the bundled font cannot draw
/// yet are covered too. Also: a language with no table (English words, marked as such), and digits.
/// </summary>
public sealed class LanguageTextTests
{
    private static readonly JsonElement Translations = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "Doctoury.Graphics.Tests", "Fixtures", "blood-test.json"))).RootElement.GetProperty("translations");

    public static IEnumerable<object[]> Languages() => Translations.EnumerateArray().Select(t => new object[] { t.GetProperty("lang").GetString()! });

    private static InfographicSpec Spec(string lang, string? asTag = null)
    {
        var t = Translations.EnumerateArray().Single(e => e.GetProperty("lang").GetString() == lang);
        string S(JsonElement e, string key) => e.GetProperty(key).GetString()!;
        string? Maybe(JsonElement e, string key) => e.TryGetProperty(key, out var v) ? v.GetString() : null;
        var steps = t.GetProperty("steps").EnumerateArray().Select((s, i) => new StepSpec($"step-{i + 1}", S(s, "title"), null, S(s, "summary"),
            s.TryGetProperty("details", out var d) ? [.. d.EnumerateArray().Select(x => x.GetString()!)] : [], Maybe(s, "duration"))).ToImmutableArray();
        var panel = t.GetProperty("panel");
        var items = panel.GetProperty("items").EnumerateArray().Select(i => i.ValueKind == JsonValueKind.Array
            ? new PanelItemSpec(i[0].GetString(), i[1].GetString()!) : new PanelItemSpec(null, i.GetString()!)).ToImmutableArray();
        return new InfographicSpec(1, "blood-test", asTag ?? lang, S(t, "title"), S(t, "subtitle"), new ThemeSpec("doctoury", ImmutableSortedDictionary<string, string>.Empty), 1600,
            new ProcessSpec(null, steps), [new PanelSpec("tips", S(panel, "title"), null, items)], new FooterSpec(null, S(t, "note")), null);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Alt_and_description(string lang)
    {
        var spec = Spec(lang);
        var alt = AltTextWriter.Short(spec);
        Assert.InRange(alt.Length, 1, AltTextWriter.Maximum);
        Snapshot.Text($"{alt}\n\n{DescriptionWriter.PlainText(DescriptionModel.From(spec))}", "txt", lang);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Authors_text_stays_as_typed_in_logical_order(string lang)
    {
        var spec = Spec(lang);
        var model = DescriptionModel.From(spec);
        var text = DescriptionWriter.PlainText(model);
        var html = DescriptionWriter.Html(model);
        var authored = spec.Process.Steps.SelectMany(s => new[] { s.Title, s.Summary }.Concat(s.Details).Append(s.Duration!).OfType<string>())
            .Concat(spec.Panels[0].Items.Select(i => i.Text)).Append(spec.Footer!.Note!).ToList();
        var at = 0;
        foreach (var piece in authored)
        {
            var found = text.IndexOf(piece, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{piece}' is missing or out of order");
            at = found;
            Assert.Contains(System.Net.WebUtility.HtmlEncode(piece), html);
        }
        // A language with words of its own needs no marking, but right-to-left text says its direction once.
        var rtl = LanguageTable.For(lang).Direction == TextDirection.Rtl;
        if (rtl) Assert.StartsWith($"<div lang=\"{lang}\" dir=\"rtl\">", html);
        Assert.Equal(rtl ? 1 : 0, html.Split(" lang=").Length - 1);
    }

    [Fact]
    public void Step_labels_and_badge_numbers_use_the_languages_digits_in_both_cuts()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml"));
        foreach (var (tag, one, four) in new[] { ("ar-SA", "١", "٤"), ("ar", "1", "4"), ("ar-SA-u-nu-latn", "1", "4"), ("en-u-nu-arab", "١", "٤") })
        {
            var infographic = Infographic.FromYaml(yaml.Replace("lang: en", $"lang: {tag}"));
            foreach (var cut in new[] { Orientation.Horizontal, Orientation.Vertical })
            {
                var scene = infographic.WithOrientation(cut).Scene;
                var numbers = scene.Descendants().OfType<TextNode>().Where(t => t.Role == NodeRole.StepNumber).Select(t => t.PlainText).ToList();
                Assert.Equal([one, .. numbers.Skip(1).SkipLast(1), four], numbers);
                var label = scene.Descendants().OfType<GroupNode>().First(g => g.Role == NodeRole.Step).Label;
                Assert.Equal(tag.StartsWith("ar", StringComparison.Ordinal) ? $"الخطوة {one} من {four}: Extraction" : $"Step {one} of {four}: Extraction", label);
            }
        }
        // Latin-digit languages draw exactly what they drew before.
        Assert.Equal("1", Repo.Load("car-t-cell-therapy.yaml").Scene.Descendants().OfType<TextNode>().First(t => t.Role == NodeRole.StepNumber).PlainText);
    }

    [Theory]
    [InlineData("en", "When should you call?")]
    [InlineData("ar", "متى تتصل بالطبيب؟")]
    public void A_title_that_asks_a_question_takes_no_full_stop_after_it(string lang, string title)
    {
        var spec = Spec(lang);
        spec = spec with { Panels = [.. spec.Panels, new PanelSpec("more", title, null, [new PanelItemSpec(null, "…")])] };
        var text = DescriptionWriter.PlainText(DescriptionModel.From(spec));
        Assert.Contains(title, text);
        Assert.DoesNotContain(title + ".", text);
        var steps = spec with { Process = spec.Process with { Steps = [.. spec.Process.Steps.SkipLast(1), spec.Process.Steps[^1] with { Title = title }] } };
        Assert.DoesNotContain(title + ".", AltTextWriter.Short(steps));
    }

    [Theory]
    [InlineData("he", "אחרי הבדיקה", " ואחרי הבדיקה.")]
    [InlineData("he", "CAR-T", " ו-CAR-T.")]
    [InlineData("es", "Indicaciones", " e Indicaciones.")]
    [InlineData("es", "Riesgos", " y Riesgos.")]
    public void The_joining_word_of_the_panel_list_sees_the_title_after_it(string lang, string title, string ending)
    {
        var spec = Spec(lang);
        spec = spec with { Panels = [.. spec.Panels, new PanelSpec("more", title, null, [new PanelItemSpec(null, "…")])] };
        var panels = DescriptionModel.From(spec).Overview.Single(s => s.Text.Contains(title, StringComparison.Ordinal));
        Assert.EndsWith(ending, panels.Text);
    }

    [Fact]
    public void Arabic_digits_reach_the_description_and_the_alt_when_the_region_asks_for_them()
    {
        var spec = Spec("ar", "ar-EG");
        Assert.Contains("الخطوة ١ من ٣: الوصول.", DescriptionWriter.PlainText(DescriptionModel.From(spec)));
        Assert.Contains("، ٣ خطوات", AltTextWriter.Short(spec));
    }

    private static string Unlisted(string extra = "") =>
        File.ReadAllText(Path.Combine(Repo.Specs, "two-steps.yaml")).Replace("lang: en", "lang: sw") + extra;

    [Fact]
    public void A_language_with_no_table_warns_once_at_the_lang_value_naming_the_languages_that_have_one()
    {
        var result = Infographic.Parse(Unlisted(), "unlisted.yaml");
        Assert.True(result.Success);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DG0026");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal((4, 7, "lang"), (warning.Line, warning.Column, warning.Path));
        Assert.Contains("'sw'", warning.Message);
        Assert.Contains("ar, de, en, es, fr, he, it, pl, pt, ru, tr", warning.Message);
        Assert.Equal("en", result.Infographic!.GeneratedTextLanguage);
        foreach (var known in new[] { "en", "es-MX", "ar-SA-u-nu-latn", "iw", "pt-PT" })
        {
            var parsed = Infographic.Parse(Unlisted().Replace("lang: sw", $"lang: {known}"));
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Code == "DG0026");
            Assert.Equal(known, parsed.Infographic!.GeneratedTextLanguage);
        }
    }

    [Fact]
    public void Without_a_table_the_generated_English_is_marked_en_and_the_authors_words_keep_their_language()
    {
        var infographic = Infographic.FromYaml(Unlisted());
        Assert.StartsWith("Process diagram: Having a blood test, 2 steps", infographic.AltText);

        var svg = XDocument.Parse(infographic.RenderSvg());
        XNamespace svgNs = "http://www.w3.org/2000/svg";
        Assert.Equal("sw", svg.Root!.Attribute("lang")!.Value);
        foreach (var name in new[] { "title", "desc" })
        {
            var element = svg.Root.Element(svgNs + name)!;
            Assert.Equal("en", element.Attribute("lang")!.Value);
            Assert.Equal("en", element.Attribute(XNamespace.Xml + "lang")!.Value);
        }
        // Drawn text is the author's: it keeps the root's language.
        Assert.All(svg.Descendants(svgNs + "text"), t => Assert.Null(t.Attribute("lang")));

        var structured = XDocument.Parse(infographic.RenderSvg(SvgMode.Structured));
        var item = structured.Descendants().First(e => (string?)e.Attribute("role") == "listitem");
        Assert.Equal(("en", "Step 1 of 2: Drawing blood"), (item.Attribute("lang")!.Value, item.Attribute("aria-label")!.Value));
        Assert.All(item.Elements(svgNs + "text").Where(t => t.Attribute("aria-hidden") is null), t => Assert.Equal("sw", t.Attribute("lang")!.Value));

        var html = infographic.Describe().Html;
        Assert.StartsWith("<div lang=\"en\">\n<p>This process diagram shows <span lang=\"sw\">Having a blood test</span> in 2 numbered steps", html);
        Assert.EndsWith("</div>\n", html);
        Assert.Contains("<li lang=\"sw\"><strong>Drawing blood.</strong>", html);
        Assert.Contains("<li><span lang=\"en\">Duration</span>: About five minutes</li>", html);
        Assert.Equal("div", XElement.Parse(html).Name.LocalName); // still well formed

        var figure = infographic.FigureHtml("blood-test.png");
        Assert.Contains(" lang=\"en\" alt=\"Process diagram: Having a blood test", figure);
        Assert.Contains("<summary lang=\"en\">Full description</summary>", figure);
    }

    [Fact]
    public void Without_a_table_the_authors_own_alt_and_description_are_not_marked_English()
    {
        var infographic = Infographic.FromYaml(Unlisted("alt:\n  short: Kipimo cha damu kwa hatua mbili.\n  long: Muuguzi anachukua damu.\n"));
        var svg = XDocument.Parse(infographic.RenderSvg());
        XNamespace svgNs = "http://www.w3.org/2000/svg";
        Assert.Null(svg.Root!.Element(svgNs + "title")!.Attribute("lang"));
        Assert.Equal("en", svg.Root.Element(svgNs + "desc")!.Attribute("lang")!.Value); // the <desc> is always ours
        Assert.Equal("<p>Muuguzi anachukua damu.</p>\n", infographic.Describe().Html);
        var figure = infographic.FigureHtml("blood-test.png");
        Assert.Contains(" alt=\"Kipimo cha damu kwa hatua mbili.\">", figure); // no English sentence appended to the author's
        Assert.DoesNotContain("<img lang", figure);
    }
}
