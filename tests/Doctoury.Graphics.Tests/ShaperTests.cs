using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Tests;

/// <summary>The HarfBuzz shaper: kerning as browsers apply it, and the same result on every thread.</summary>
public sealed class ShaperTests
{
    [Fact]
    public void Kerning_pairs_are_applied_so_lines_are_as_wide_as_a_browser_sets_them()
    {
        // "AV" and "To" kern in Atkinson Hyperlegible; Skia's MeasureText adds plain advances.
        using var font = SkiaFonts.CreateFont(false, 1);
        foreach (var pair in new[] { "AV", "To" })
        {
            var shaped = Shaper.Shape(pair, bold: false).Advance;
            Assert.True(shaped < font.MeasureText(pair) - 0.01, $"{pair}: {shaped} em shaped, {font.MeasureText(pair)} em unkerned");
        }
        // Without kerning pairs the two agree.
        Assert.Equal(font.MeasureText("mm"), Shaper.Shape("mm", bold: false).Advance, 3);
    }

    [Fact]
    public void Shaping_on_many_threads_gives_what_one_thread_gives()
    {
        // The font data once moved under HarfBuzz's feet during a parallel render: widths changed from run to run.
        var texts = Enumerable.Range(0, 3000).Select(i => $"Step {i} of the treatment, {i * 7} mg ({i % 13} days)").ToArray();
        var parallel = new float[texts.Length];
        Parallel.For(0, texts.Length, i => { GC.Collect(0); parallel[i] = Shaper.Shape(texts[i], i % 2 == 0).Advance; });
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(Shaper.Fresh(texts[i], i % 2 == 0).Advance, parallel[i]);
        }
    }

    [Fact]
    public void Glyphs_and_positions_cover_the_text_and_grow_left_to_right()
    {
        var run = Shaper.Shape("Blood is drawn", bold: true);
        Assert.Equal(14, run.Glyphs.Length);
        Assert.All(run.Glyphs, g => Assert.NotEqual(0, g)); // no missing-glyph boxes
        Assert.True(run.X.Zip(run.X.Skip(1)).All(p => p.Second > p.First));
        Assert.True(run.Advance > run.X[^1]);
    }
}
