using System.Collections.Concurrent;
using Doctoury.Graphics.Assets;
using SkiaSharp;

namespace Doctoury.Graphics.Text;

/// <summary>The bundled typefaces as Skia objects, created once per process.</summary>
internal static class SkiaFonts
{
    private static readonly ConcurrentDictionary<(FontFamily, bool), Lazy<SKTypeface>> Faces = new();

    public static SKTypeface Typeface(bool bold) => Typeface(FontFamily.Latin, bold);

    public static SKTypeface Typeface(FontFamily family, bool bold) =>
        Faces.GetOrAdd((family, bold), static key => new Lazy<SKTypeface>(() => Load(key.Item1, key.Item2))).Value;

    /// <summary>A font set up the same way for measuring and drawing, so both agree.</summary>
    public static SKFont CreateFont(bool bold, float size) => CreateFont(FontFamily.Latin, bold, size);

    public static SKFont CreateFont(FontFamily family, bool bold, float size) => new(Typeface(family, bold), size)
    {
        Subpixel = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.SubpixelAntialias,
        LinearMetrics = true,
    };

    private static SKTypeface Load(FontFamily family, bool bold)
    {
        using var data = SKData.CreateCopy(BundledFonts.Bytes(family, bold));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The bundled font {family} {(bold ? "bold" : "regular")} could not be read.");
    }
}
