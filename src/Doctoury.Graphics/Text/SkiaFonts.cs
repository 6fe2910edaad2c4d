using Doctoury.Graphics.Assets;
using SkiaSharp;

namespace Doctoury.Graphics.Text;

/// <summary>The bundled typefaces as Skia objects, created once per process.</summary>
internal static class SkiaFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load(FontFace.Regular));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load(FontFace.Bold));

    public static SKTypeface Typeface(bool bold) => bold ? BoldFace.Value : RegularFace.Value;

    /// <summary>A font set up the same way for measuring and drawing, so both agree.</summary>
    public static SKFont CreateFont(bool bold, float size) => new(Typeface(bold), size)
    {
        Subpixel = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.SubpixelAntialias,
        LinearMetrics = true,
    };

    private static SKTypeface Load(FontFace face)
    {
        using var data = SKData.CreateCopy(BundledFonts.Bytes(face));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The bundled font {face} could not be read.");
    }
}
