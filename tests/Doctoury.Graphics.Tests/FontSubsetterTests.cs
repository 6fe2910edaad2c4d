using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Tests.Support;
using Doctoury.Graphics.Text;
using SkiaSharp;

namespace Doctoury.Graphics.Tests;

/// <summary>The SVG's fonts are cut to the characters it draws: small, complete, deterministic, and whole when cutting fails.</summary>
public sealed class FontSubsetterTests
{
    [Fact]
    public void A_subset_has_exactly_the_characters_asked_for_and_is_a_fraction_of_the_font()
    {
        var full = BundledFonts.Bytes(FontFace.Regular);
        var subset = FontSubsetter.Subset(full, "Blood test 10 mg".Select(c => (int)c));
        Assert.True(subset.Length < full.Length / 5, $"{subset.Length} of {full.Length} bytes");
        using var data = SKData.CreateCopy(subset);
        using var typeface = SKTypeface.FromData(data);
        using var font = new SKFont(typeface);
        Assert.All("Blood test 10 mg", c => Assert.True(font.ContainsGlyph(c), $"'{c}' kept"));
        Assert.False(font.ContainsGlyph('Z'));
        Assert.Equal(subset, FontSubsetter.Subset(full, "gm 01 tset doolB".Select(c => (int)c))); // same set, same bytes
    }

    [Fact]
    public void A_font_that_cannot_be_cut_is_embedded_whole()
    {
        byte[] notAFont = [1, 2, 3, 4, 5, 6, 7, 8];
        Assert.Same(notAFont, FontSubsetter.Subset(notAFont, [65]));
    }

    [Fact]
    public void The_seed_svg_is_at_most_a_third_of_its_size_with_whole_fonts()
    {
        var seed = Infographic.Load(Path.Combine(Repo.Specs, "car-t-cell-therapy.yaml"));
        var svg = System.Text.Encoding.UTF8.GetByteCount(seed.RenderSvg());
        // With the two whole Atkinson faces embedded, as before subsetting: their base64 replaces the subsets'.
        var whole = svg + 4 * (BundledFonts.Bytes(FontFace.Regular).Length + BundledFonts.Bytes(FontFace.Bold).Length) / 3;
        Assert.True(svg * 3 <= whole, $"{svg} bytes against {whole}");
    }
}
