using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Tests.Support;
using SkiaSharp;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// Custom icons as Figma and Illustrator export them by default (the files in <c>Fixtures/icons</c>):
/// Figma's frame clip path is dropped, Illustrator's class rules become paint, and anything else
/// that a clip or a stylesheet could do is refused with the reason and the fix.
/// </summary>
public sealed class DesignToolIconTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "Doctoury.Graphics.Tests", "Fixtures", "icons", name));

    private InfographicParseResult Parse(string iconText)
    {
        _folder.File("icon.svg", iconText);
        return Infographic.ParseFile(_folder.File("spec.yaml", Specs.WithIcon("./icon.svg")));
    }

    private static IconGlyph Glyph(string iconText)
    {
        var (glyph, problems) = CustomIconReader.Read("icon.svg", System.Text.Encoding.UTF8.GetBytes(iconText));
        Assert.True(glyph is not null, string.Join("\n", problems));
        Assert.DoesNotContain(problems, p => p.IsError);
        return glyph!;
    }

    /// <summary>Share of the icon's area drawn darker than the card behind it, and whether the given point (in view-box units) is drawn.</summary>
    private static (double Share, bool PointDrawn) Ink(Infographic infographic, double pointX, double pointY)
    {
        using var bitmap = SKBitmap.Decode(infographic.RenderPng(2));
        var icon = infographic.Scene.Descendants().OfType<Scene.IconNode>().First(n => n.Id == "demo-step-1-icon");
        var box = SKRectI.Round(new SKRect((float)icon.Bounds.X * 2, (float)icon.Bounds.Y * 2, (float)icon.Bounds.Right * 2, (float)icon.Bounds.Bottom * 2));
        var background = bitmap.GetPixel(box.Left + 1, box.Top + 1);
        static int Luma(SKColor c) => (c.Red * 299 + c.Green * 587 + c.Blue * 114) / 1000;
        bool Drawn(int x, int y) => Luma(bitmap.GetPixel(x, y)) < Luma(background) - 60;
        var inked = 0;
        for (var y = box.Top; y < box.Bottom; y++)
        {
            for (var x = box.Left; x < box.Right; x++) if (Drawn(x, y)) inked++;
        }
        var point = Drawn(box.Left + (int)(pointX / icon.Glyph.ViewWidth * box.Width), box.Top + (int)(pointY / icon.Glyph.ViewHeight * box.Height));
        return ((double)inked / (box.Width * box.Height), point);
    }

    [Fact]
    public void Figmas_default_export_is_drawn_without_its_frame_clip_and_with_its_strokes_unfilled()
    {
        var result = Parse(Fixture("figma-heart-pulse.svg"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        var glyph = result.Infographic!.Spec.Process.Steps[0].Icon!;
        Assert.Equal([false, false, true], glyph.Paths.Select(p => p.Filled));
        Assert.All(glyph.Paths.Take(2), p => Assert.Equal((2.0, "round", "round"), (p.StrokeWidth, p.LineCap, p.LineJoin)));
        Assert.True(glyph.Paths[2].EvenOdd);

        // The heart is an outline: <svg fill="none"> holds for its paths, so its inside stays empty.
        var (share, heartInsideDrawn) = Ink(result.Infographic, 12, 17);
        Assert.False(heartInsideDrawn, "the inside of the stroked heart should not be filled");
        Assert.InRange(share, 0.08, 0.4);
        Assert.True(Ink(result.Infographic, 12, 20.5).PointDrawn, "the heart's outline should be drawn");
    }

    [Theory]
    [InlineData("illustrator-export-as.svg")]
    [InlineData("illustrator-save-as.svg")]
    public void Illustrators_default_exports_are_painted_from_their_class_rules(string file)
    {
        var text = Fixture(file);
        var result = Parse(text);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        var glyph = result.Infographic!.Spec.Process.Steps[0].Icon!;
        var stroked = glyph.Paths.Where(p => !p.Filled).ToList();
        var filled = glyph.Paths.Where(p => p.Filled).ToList();
        Assert.NotEmpty(stroked);
        Assert.Single(filled);
        Assert.All(stroked, p => Assert.Equal(("round", "round"), (p.LineCap, p.LineJoin)));
        Assert.All(stroked, p => Assert.Equal(file.Contains("export-as") ? 3 : 2, p.StrokeWidth));
        Assert.Equal(glyph.Paths.Length, stroked.Count + filled.Count); // no shape is both filled and stroked

        var svg = result.Infographic.RenderSvg();
        foreach (var word in new[] { "cls-", "st0", "#231f20", "#231F20", "Layer_1", "Illustrator", "miterlimit" }) Assert.DoesNotContain(word, svg);
        Assert.InRange(Ink(result.Infographic, 0, 0).Share, 0.04, 0.4);
    }

    [Fact]
    public void A_class_rule_outranks_an_attribute_and_an_inline_style_outranks_the_rule()
    {
        var glyph = Glyph("""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
              <style>.a, .b { fill: none; stroke: #000; stroke-width: 4 } .b { stroke-width: 1px !important }</style>
              <path class="a" fill="#000" d="M0 0H9V9Z"/>
              <path class="b" d="M0 0H9V9Z"/>
              <path class="a" style="fill: red" d="M0 0H9V9Z"/>
              <path class="unknown" d="M0 0H9V9Z"/>
            </svg>
            """);
        Assert.Equal(
            [(false, 4.0), (false, 1.0), (true, 0.0), (false, 4.0), (true, 0.0)],
            glyph.Paths.Select(p => (p.Filled, p.StrokeWidth)));
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        // A Figma frame clip that does not cover the whole view box would cut the drawing.
        {
            Fixture("figma-heart-pulse.svg").Replace("<rect width=\"24\" height=\"24\"", "<rect x=\"2\" y=\"2\" width=\"20\" height=\"20\""),
            "clip path '#clip0_1_2' is a rectangle from (2, 2) to (22, 22), smaller than the view box (0 0 24 24)", "without clipping"
        },
        {
            Fixture("figma-heart-pulse.svg").Replace("<rect width=\"24\" height=\"24\" fill=\"white\"/>", "<circle cx=\"12\" cy=\"12\" r=\"10\"/>"),
            "clip path '#clip0_1_2' is made of <circle>, which would cut the drawing", "Clipping Mask › Release"
        },
        {
            Fixture("figma-heart-pulse.svg").Replace("<g clip-path=\"url(#clip0_1_2)\">", "<g clip-path=\"url(#clip9)\">"),
            "refers to '#clip9', which is not a <clipPath>", "without clipping"
        },
        {
            Fixture("figma-heart-pulse.svg").Replace("<g clip-path=\"url(#clip0_1_2)\">", "<g clip-path=\"url(http://127.0.0.1:9/c.svg#clip0_1_2)\">"),
            "refers to another resource ('url(…)')", "plain colours"
        },
        {
            Fixture("illustrator-export-as.svg").Replace("fill: #231f20;", "fill: url(#gradient);"),
            "<style> rule '.cls-1 { fill: url(#gradient); }' refers to another resource ('url(…)')", "plain colours"
        },
        {
            Fixture("illustrator-save-as.svg").Replace("<style type=\"text/css\">", "<style type=\"text/css\">@import url(\"http://127.0.0.1:9/a.css\");"),
            "<style> has the rule '@import url(\"http://127.0.0.1:9/a.css\")', which is not allowed", "Presentation Attributes"
        },
        {
            Fixture("illustrator-save-as.svg").Replace(".st1{fill:#231F20;}", "path{fill:#231F20;}"),
            "<style> has the rule 'path{fill:#231F20;}', whose selector is not a plain class", "Presentation Attributes"
        },
        {
            Fixture("illustrator-save-as.svg").Replace(".st1{fill:#231F20;}", ".st1{fill:#231F20;} @font-face { font-family: x; src: local(x) }"),
            "<style> has the rule '@font-face', which is not allowed", "Presentation Attributes"
        },
        {
            Fixture("illustrator-save-as.svg").Replace(".st1{fill:#231F20;}", ".st1{fill:#231F20;} .st2{background:u\\72l(x)}"),
            "CSS escape", "Presentation Attributes"
        },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Clips_and_stylesheets_that_could_change_the_drawing_or_reach_out_are_refused_with_the_fix(string icon, string message, string fix)
    {
        var result = Parse(icon);
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("DG0022", error.Code);
        Assert.Contains(message, error.Message);
        Assert.Contains(fix, error.Fix);
    }

    [Fact]
    public void Style_properties_that_would_hide_a_shape_are_named_in_a_warning()
    {
        var result = Parse(Fixture("illustrator-save-as.svg").Replace(".st1{fill:#231F20;}", ".st1{fill:#231F20;opacity:0.5;}"));
        Assert.True(result.Success);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("sets opacity", warning.Message);
    }
}
