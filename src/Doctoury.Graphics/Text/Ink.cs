using System.Collections.Concurrent;
using Doctoury.Graphics.Assets;
using SkiaSharp;

namespace Doctoury.Graphics.Text;

/// <summary>
/// How far the glyphs of a text reach above and below the baseline, in ems, marks placed where
/// shaping puts them: the line height of the faces actually used. Latin text stays inside the
/// Latin face's ascent and descent; Arabic reaches about 0.98 em up and 0.46 em down, more with
/// stacked marks, and gets the taller lines it needs.
/// </summary>
internal static class Ink
{
    private static readonly ConcurrentDictionary<(string Text, bool Bold, FontChain Chain), (double Ascent, double Descent)> Texts = new();
    private static readonly ConcurrentDictionary<(FontFamily Family, bool Bold, ushort Glyph), (float Top, float Bottom)> Glyphs = new();

    public static (double Ascent, double Descent) Of(string text, bool bold, FontChain chain) => Texts.GetOrAdd((text, bold, chain), static key =>
    {
        var shaped = Shaper.Shape(key.Text, key.Bold, false, key.Chain);
        var (ascent, descent) = (0.0, 0.0);
        for (var i = 0; i < shaped.Glyphs.Length; i++)
        {
            var (top, bottom) = Glyph(shaped.Families[i], key.Bold, shaped.Glyphs[i]);
            if (top == bottom) continue; // a space: no ink
            ascent = Math.Max(ascent, -(shaped.Y[i] + top));
            descent = Math.Max(descent, shaped.Y[i] + bottom);
        }
        return (ascent, descent);
    });

    /// <summary>A glyph's ink box, top and bottom in ems, y down.</summary>
    private static (float Top, float Bottom) Glyph(FontFamily family, bool bold, ushort glyph) => Glyphs.GetOrAdd((family, bold, glyph), static key =>
    {
        using var font = SkiaFonts.CreateFont(key.Family, key.Bold, 1000);
        Span<ushort> glyphs = [key.Glyph];
        Span<float> widths = stackalloc float[1];
        Span<SKRect> bounds = stackalloc SKRect[1];
        font.GetGlyphWidths(glyphs, widths, bounds);
        return (bounds[0].Top / 1000f, bounds[0].Bottom / 1000f);
    });
}
