using Doctoury.Graphics.Tests.Support;
using SkiaSharp;
using Xunit.Abstractions;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// SVGs whose text is glyph outlines, for renderers that ignore embedded fonts: librsvg, an
/// independent renderer, draws them as our PNG looks; the accessible name and description stay.
/// </summary>
public sealed class OutlinedSvgTests(ITestOutputHelper output)
{
    [Fact]
    public void Outlined_text_has_no_text_element_and_no_font_but_keeps_its_name_and_description()
    {
        var infographic = Infographic.Load(Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml"));
        var svg = infographic.RenderSvg(outlineText: true);
        Assert.DoesNotContain("<text", svg);
        Assert.DoesNotContain("@font-face", svg);
        Assert.Contains($"<title id=\"car-t-cell-therapy-alt\">{infographic.AltText}</title>", svg);
        Assert.Contains("<desc id=\"car-t-cell-therapy-desc\">", svg);
        Assert.Contains("<g id=\"car-t-cell-therapy-title\" aria-hidden=\"true\" fill=\"#", svg);
        // Each glyph is outlined once and placed where it is drawn: a third of the size of outlining every letter.
        Assert.Contains("<use xlink:href=\"#car-t-cell-therapy-glyph-latin-bold-", svg);
        Assert.InRange(svg.Length, 1, 300_000);
    }

    [Fact]
    public void Structured_outlines_keep_their_list_items_named_by_their_words()
    {
        var svg = Infographic.Load(Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml")).RenderSvg(SvgMode.Structured, outlineText: true);
        Assert.Contains("role=\"listitem\" aria-label=\"Precision: Targets cancer cells and spares healthy cells.\"", svg);
    }

    [ToolFact("rsvg-convert", "librsvg2-bin")]
    public void Librsvg_draws_the_outlined_svg_as_our_png_looks()
    {
        using var folder = new TempFolder();
        foreach (var spec in new[] { "car-t-cell-therapy.yaml", "analiz-krovi.yaml", "tahlil-alsukkar.yaml", "bdikat-dam.yaml" })
        {
            var infographic = Infographic.Load(Path.Combine(Repo.Specs, spec));
            var svgFile = Path.Combine(folder.Path, "outlined.svg");
            var pngFile = Path.Combine(folder.Path, "librsvg.png");
            File.WriteAllText(svgFile, infographic.RenderSvg(outlineText: true));
            Tools.Run("rsvg-convert", "-w", infographic.Width.ToString(), "-o", pngFile, svgFile);
            using var ours = SKBitmap.Decode(infographic.RenderPng());
            using var theirs = SKBitmap.Decode(pngFile);
            Assert.Equal((ours.Width, ours.Height), (theirs.Width, theirs.Height));
            // Anti-aliasing differs between the two rasterizers: a pixel counts as different past a
            // quarter of the range in any channel (ImageMagick's -fuzz 25%), and at most 1 % may be.
            var different = 0;
            for (var y = 0; y < ours.Height; y++)
            {
                for (var x = 0; x < ours.Width; x++)
                {
                    var (a, b) = (ours.GetPixel(x, y), theirs.GetPixel(x, y));
                    if (Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue))) > 64) different++;
                }
            }
            var share = (double)different / (ours.Width * ours.Height);
            output.WriteLine($"{spec}: {different} of {ours.Width * ours.Height} pixels differ ({share:P2})");
            Assert.True(share <= 0.01, $"{spec}: {share:P2} of the pixels differ");
        }
    }
}
