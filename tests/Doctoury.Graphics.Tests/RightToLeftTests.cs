using Doctoury.Graphics.Layout;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Tests.Support;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Tests;

/// <summary>Right-to-left text and pictures: lines in visual order, one mirrored layout, icons kept as drawn.</summary>
public sealed class RightToLeftTests
{
    private static readonly ITextMeasurer Rtl = SkiaTextMeasurer.RightToLeft;

    private static string Visual(BrokenLine line) => string.Join(" | ", line.Runs.Select(r => r.Text));

    [Fact]
    public void A_line_of_arabic_with_a_number_and_a_latin_word_is_laid_out_from_the_right()
    {
        // "a dose of 10 mg before the session": the Arabic reads from the right, and "10 mg" shows as
        // "mg 10", as browsers show it (the space between a number and a Latin word takes the paragraph's direction).
        var line = Assert.Single(LineBreaker.Break([new StyledSpan("جرعة 10 mg قبل الجلسة", false)], 1000, 16, Rtl, false).Lines);
        Assert.Equal("جرعة 10 mg قبل الجلسة", line.Logical);
        Assert.True(line.Rtl);
        Assert.Equal(" قبل الجلسة | mg |   | 10 | جرعة ", Visual(line));
        Assert.Equal([true, false, true, false, true], line.Runs.Select(r => r.Rtl));
        // Runs are placed left to right without gaps, and the line is as wide as they are.
        for (var i = 1; i < line.Runs.Length; i++) Assert.Equal(line.Runs[i - 1].X + line.Runs[i - 1].Width, line.Runs[i].X, 6);
        Assert.Equal(line.Runs[^1].X + line.Runs[^1].Width, line.Width, 6);
    }

    [Fact]
    public void Each_line_is_resolved_on_its_own_as_a_browser_resolves_each_svg_line()
    {
        // "medicines such as Aspirin, Clopidogrel, Warfarin, and others": a comma after a Latin name ends
        // the first line. On its own line it sits between a Latin word and the line's end, so it
        // takes the paragraph's direction and is drawn leftmost, as Chromium draws the SVG's line.
        var text = LineBreaker.Break([new StyledSpan("أدوية مثل Aspirin, Clopidogrel, Warfarin, وغيرها من أدوية السيولة", false)], 260, 16, Rtl, false);
        var first = text.Lines[0];
        Assert.Matches("[a-z],$", first.Logical);
        var comma = first.Runs.Single(r => r.Start == first.Logical!.Length - 1);
        Assert.Equal(",", comma.Text);
        Assert.Equal(first.Runs.Min(r => r.X), comma.X);
    }

    [Fact]
    public void Each_line_is_reordered_and_its_text_kept_in_reading_order()
    {
        var text = LineBreaker.Break([new StyledSpan("تُجمع خلايا T من دمك عبر جهاز الفصل (apheresis) خلال 3 ساعات.", false)], 230, 16, Rtl, false);
        Assert.True(text.Lines.Length >= 2);
        // Reading order is kept: the lines spell the text, and every character is drawn once.
        Assert.Equal("تُجمع خلايا T من دمك عبر جهاز الفصل (apheresis) خلال 3 ساعات.", string.Join(" ", text.Lines.Select(l => l.Logical)));
        foreach (var line in text.Lines)
        {
            Assert.Equal(line.Logical!.Length, line.Runs.Sum(r => r.Text.Length));
            Assert.All(line.Runs, r => Assert.Equal(line.Logical.Substring(r.Start, r.Text.Length), r.Text));
        }
    }

    [Fact]
    public void Bold_words_in_right_to_left_text_keep_their_face_and_their_place()
    {
        var line = Assert.Single(LineBreaker.Break([new StyledSpan("الدقة:", true), new StyledSpan("تستهدف الخلايا", false)], 1000, 16, Rtl, false).Lines);
        Assert.Equal("الدقة: تستهدف الخلايا", line.Logical);
        var bold = Assert.Single(line.Runs, r => r.Bold);
        Assert.Equal("الدقة:", bold.Text);
        Assert.Equal(line.Runs.Max(r => r.X), bold.X); // the first words read are the rightmost
    }

    [Fact]
    public void Plain_left_to_right_text_is_laid_out_as_before()
    {
        var line = Assert.Single(LineBreaker.Break([new StyledSpan("Blood is drawn.", false)], 1000, 16, SkiaTextMeasurer.Instance, false).Lines);
        Assert.Null(line.Logical);
        Assert.Equal("Blood is drawn.", Assert.Single(line.Runs).Text);
    }

    [Fact]
    public void A_hebrew_word_in_english_text_is_reordered_inside_its_left_to_right_line()
    {
        var line = Assert.Single(LineBreaker.Break([new StyledSpan("Say שלום עולם to the nurse", false)], 1000, 16, SkiaTextMeasurer.Instance, false).Lines);
        Assert.False(line.Rtl);
        Assert.Equal("Say  | שלום עולם |  to the nurse", Visual(line));
        Assert.True(line.Runs[1].Rtl);
    }

    [Fact]
    public void Lines_are_as_tall_as_the_faces_used_need()
    {
        var blocks = new TextBlocks(Rtl, splitLongWords: false);
        var style = new TextStyle(16, 1.4, false, "#000000");
        var latin = blocks.Block("latin", NodeRole.StepSummary, "Blood is taken from a vein in your arm.", 0, 0, 100, style);
        var arabic = blocks.Block("arabic", NodeRole.StepSummary, "تسحب الممرضة عينة دم صغيرة من وريد في الذراع.", 0, 0, 100, style);
        var hebrew = blocks.Block("hebrew", NodeRole.StepSummary, "האחות לוקחת דם מווריד בזרוע.", 0, 0, 100, style);
        Assert.Equal(16 * 1.4, latin.LineHeight, 2); // Latin keeps its line height
        Assert.Equal(16 * 1.4, hebrew.LineHeight, 2); // Hebrew letters fit the Latin face's height
        // Arabic letters reach about 0.98 em up and 0.46 em down, past Atkinson's 0.95 and 0.29.
        Assert.InRange(arabic.LineHeight, 16 * 1.5, 16 * 1.75);
        var (ascent, descent) = Rtl.Extent([new StyledSpan("يقيس الجلوكوز", false)], 100);
        Assert.True(ascent >= Rtl.Ascent(100) && descent > Rtl.Descent(100), $"{ascent} {descent}");
    }

    [Fact]
    public void Arabic_letters_join_when_shaped_right_to_left()
    {
        // Joined letters take their initial, medial and final forms: other glyphs than the letters alone.
        var word = Shaper.Shape("سكر", bold: false, rtl: true);
        var alone = "سكر".Select(c => Shaper.Shape(c.ToString(), false, true).Glyphs[0]).ToArray();
        Assert.NotEqual(alone, word.Glyphs.Reverse().ToArray());
        // Right to left, HarfBuzz mirrors a bracket: "(" is drawn with the glyph of ")".
        Assert.Equal(Shaper.Shape(")", false).Glyphs, Shaper.Shape("(", false, rtl: true).Glyphs);
    }

    [Fact]
    public void Mirroring_reflects_the_layouts_path_commands_and_refuses_others()
    {
        Assert.Equal("M1590 50 H1570 M1578 42 L1570 50 L1578 58", Mirror.PathData("M10 50 H30 M22 42 L30 50 L22 58", 1600));
        Assert.Equal("M1590 10 V60", Mirror.PathData("M10 10 V60", 1600));
        Assert.Throws<NotSupportedException>(() => Mirror.PathData("M10 10 C20 20 30 30 40 40", 1600));
    }

    [Theory]
    [InlineData(Orientation.Horizontal)]
    [InlineData(Orientation.Vertical)]
    public void A_right_to_left_picture_is_the_left_to_right_one_mirrored(Orientation cut)
    {
        // The same Arabic spec laid out as if it were left to right, then mirrored, puts every shape
        // where the right-to-left layout does.
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "tahlil-alsukkar.yaml"));
        var rtl = Infographic.FromYaml(yaml).WithOrientation(cut).Scene;
        var ltr = Infographic.FromYaml(yaml.Replace("lang: ar", "lang: en")).WithOrientation(cut).Scene;
        var shapes = (InfographicScene s) => s.Descendants().Where(n => n is BoxNode or CircleNode or IconNode).Select(n => (n.Id, n.Bounds)).ToList();
        Assert.Equal(shapes(rtl), shapes(ltr).Select(s => (s.Id, s.Bounds with { X = Math.Round(rtl.Width - s.Bounds.Right, 2) })).ToList());
    }

    [Fact]
    public void Icons_are_drawn_as_they_are_unless_the_step_asks_for_a_mirrored_one()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "tahlil-alsukkar.yaml"));
        Assert.All(Infographic.FromYaml(yaml).Scene.Descendants().OfType<IconNode>(), i => Assert.False(i.Mirrored));
        var asked = Infographic.FromYaml(yaml.Replace("      icon: blood-drop\n", "      icon: blood-drop\n      mirror-icon: true\n"));
        var icon = Assert.Single(asked.Scene.Descendants().OfType<IconNode>(), i => i.Mirrored);
        Assert.EndsWith("-icon", icon.Id);
        Assert.Contains("scale(-", asked.RenderSvg());
        // In a left-to-right picture the same flag changes nothing.
        var english = Infographic.FromYaml(yaml.Replace("lang: ar", "lang: en").Replace("      icon: blood-drop\n", "      icon: blood-drop\n      mirror-icon: true\n"));
        Assert.DoesNotContain(english.Scene.Descendants().OfType<IconNode>(), i => i.Mirrored);
    }

    [Fact]
    public void Mirror_icon_must_be_true_or_false()
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "tahlil-alsukkar.yaml")).Replace("      icon: blood-drop\n", "      icon: blood-drop\n      mirror-icon: \"yes\"\n");
        var error = Assert.Single(Infographic.Parse(yaml, "spec.yaml").Diagnostics, d => d.Code == "DG0004");
        Assert.Contains("'mirror-icon' must be true or false", error.Message);
    }

    [Theory]
    [InlineData("lang: ar\n", "lang: en\n", 4, 7)]   // init's default kept under an Arabic title: at the lang value
    [InlineData("lang: ar\n", "", 4, 8)]              // no lang at all: at the title
    public void An_arabic_title_under_a_left_to_right_lang_is_a_warning_that_names_the_fix(string from, string to, int line, int column)
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "tahlil-alsukkar.yaml")).Replace(from, to);
        var warning = Assert.Single(Infographic.Parse(yaml, "spec.yaml").Diagnostics, d => d.Code == "DG0027");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("written in Arabic", warning.Message);
        Assert.Contains("lang: ar", warning.Fix);
        Assert.Equal((line, column), (warning.Line, warning.Column));
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("ur")]
    public void A_right_to_left_language_with_no_table_is_drawn_right_to_left_even_when_its_title_starts_in_latin(string lang)
    {
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "tahlil-alsukkar.yaml")).Replace("lang: ar", $"lang: {lang}").Replace("title: تحليل", "title: FBS تحليل");
        var infographic = Infographic.FromYaml(yaml);
        Assert.DoesNotContain(Infographic.Parse(yaml, "spec.yaml").Diagnostics, d => d.Code == "DG0027");
        var steps = infographic.Scene.Nodes.OfType<GroupNode>().Where(g => g.Role == NodeRole.Step).ToList();
        Assert.True(steps[0].Bounds.X > steps[1].Bounds.X, "step 1 stands at the right");
    }

    [Fact]
    public void Html_outputs_say_the_direction_of_right_to_left_text_so_it_reads_right_on_any_page()
    {
        var arabic = Repo.Load("tahlil-alsukkar.yaml");
        Assert.StartsWith("<div lang=\"ar\" dir=\"rtl\">", arabic.Describe().Html);
        Assert.Contains("id=\"tahlil-alsukkar-figure\" lang=\"ar\" dir=\"rtl\"", arabic.FigureHtml("a.png"));
        // Persian has no words of ours: the generated English runs left to right, the author's Persian right to left.
        var persian = Infographic.FromYaml(File.ReadAllText(Path.Combine(Repo.Specs, "tahlil-alsukkar.yaml")).Replace("lang: ar", "lang: fa"));
        var html = persian.Describe().Html;
        Assert.StartsWith("<div lang=\"en\" dir=\"ltr\">", html);
        Assert.Contains("<li lang=\"fa\" dir=\"rtl\">", html);
        Assert.Contains("<summary lang=\"en\" dir=\"ltr\">", persian.FigureHtml("a.png"));
        // Left-to-right specs are written as before.
        Assert.DoesNotContain("dir=", Repo.Load("car-t-cell-therapy.yaml").FigureHtml("a.png"));
    }

    [Fact]
    public void Length_limits_count_letters_as_readers_do_with_their_vowel_marks()
    {
        // 80 characters, each letter with a vowel mark (155 code units): at the title limit of 80.
        var vowelled = string.Join(" ", Enumerable.Repeat(string.Concat(Enumerable.Repeat("سَ", 12)), 6)) + " مَرَ";
        Assert.Equal(80, Graphemes.Count(vowelled));
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "tahlil-alsukkar.yaml")).Replace("title: تحليل سكر الدم الصائم (FBS)", $"title: {vowelled}");
        Assert.DoesNotContain(Infographic.Parse(yaml, "spec.yaml").Diagnostics, d => d.Code is "DG0010" or "DG0024");
        var longer = yaml.Replace(vowelled, vowelled + " سَ");
        Assert.Contains(Infographic.Parse(longer, "spec.yaml").Diagnostics, d => d.Code == "DG0024" && d.Message.Contains("82 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void The_svg_writes_a_right_to_left_line_as_one_chunk_in_reading_order()
    {
        var svg = System.Xml.Linq.XDocument.Parse(Repo.Load("bdikat-dam.yaml").RenderSvg());
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        var title = svg.Descendants(ns + "text").First(t => t.Attribute("id")!.Value.EndsWith("-title", StringComparison.Ordinal));
        Assert.Equal("rtl", title.Attribute("direction")?.Value);
        var line = Assert.Single(title.Elements(ns + "tspan"));
        Assert.Equal("בדיקת דם שגרתית", line.Value);
    }
}
