using System.Diagnostics;
using Doctoury.Graphics.Rendering.Png;
using Doctoury.Graphics.Tests.Support;
using SkiaSharp;

namespace Doctoury.Graphics.Tests;

/// <summary>Icons drawn from cached paths look as Svg.Skia drew them, without its start-up cost.</summary>
public sealed class PathIconPainterTests
{
    [Theory]
    [MemberData(nameof(Repo.SpecFiles), MemberType = typeof(Repo))]
    public void Every_spec_draws_the_same_pixels_as_with_svg_skia_in_both_cuts(string spec)
    {
        foreach (var cut in new[] { Orientation.Horizontal, Orientation.Vertical })
        {
            var scene = Repo.Load(spec).WithOrientation(cut).Scene;
            using var ours = PngRenderer.Draw(scene, 2, PathIconPainter.Instance);
            using var theirs = PngRenderer.Draw(scene, 2, SvgSkiaIconPainter.Instance);
            Assert.True(Differing(ours, theirs) == 0, $"{spec} {cut}: {Differing(ours, theirs)} pixels differ");
        }
    }

    [Fact]
    public void Custom_icons_with_transforms_strokes_and_shapes_draw_as_with_svg_skia()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "shapes.svg"),
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 48'><g transform='translate(4 2) rotate(10)'>"
            + "<circle cx='20' cy='20' r='12' fill='none' stroke='#000' stroke-width='3' stroke-linecap='round'/>"
            + "<rect x='6' y='30' width='30' height='8' rx='3'/><path d='M4 4 L40 4 L22 28 Z M14 8 L30 8 L22 20 Z' fill-rule='evenodd'/></g></svg>");
        var yaml = File.ReadAllText(Path.Combine(Repo.Specs, "two-steps.yaml"));
        var spec = Path.Combine(folder.Path, "spec.yaml");
        File.WriteAllText(spec, System.Text.RegularExpressions.Regex.Replace(yaml, @"icon: [a-z-]+", "icon: ./shapes.svg", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));
        var scene = Infographic.Load(spec).Scene;
        using var ours = PngRenderer.Draw(scene, 2, new FromPaths());
        using var theirs = PngRenderer.Draw(scene, 2, SvgSkiaIconPainter.Instance);
        Assert.Equal(0, Differing(ours, theirs));
    }

    /// <summary>Pixels whose channels differ by more than 8 of 255: anti-aliasing rounding is not a difference.</summary>
    private static int Differing(SKImage a, SKImage b)
    {
        using var pa = a.PeekPixels();
        using var pb = b.PeekPixels();
        var x = pa.GetPixelSpan();
        var y = pb.GetPixelSpan();
        Assert.Equal(x.Length, y.Length);
        var count = 0;
        for (var i = 0; i < x.Length; i += 4)
        {
            if (Math.Abs(x[i] - y[i]) > 8 || Math.Abs(x[i + 1] - y[i + 1]) > 8 || Math.Abs(x[i + 2] - y[i + 2]) > 8 || Math.Abs(x[i + 3] - y[i + 3]) > 8) count++;
        }
        return count;
    }

    private sealed class FromPaths : IIconPainter
    {
        public void Draw(SKCanvas canvas, Scene.IconNode node) => PathIconPainter.DrawFromPaths(canvas, node);
    }
}
