using System.Collections.Concurrent;
using SkiaSharp;

namespace Doctoury.Graphics.Text;

/// <summary>Measures with the bundled typefaces through SkiaSharp, unhinted so widths scale linearly.</summary>
internal sealed class SkiaTextMeasurer : ITextMeasurer
{
    public static readonly SkiaTextMeasurer Instance = new();

    // Unhinted widths scale linearly with size, so one width per (text, face) at 100 px serves
    // every size the layout tries; caching makes a re-layout cheap.
    private readonly ConcurrentDictionary<(string, bool), double> _widthsAt100 = new();
    private readonly ThreadLocal<(SKFont Regular, SKFont Bold)> _fonts = new(() => (SkiaFonts.CreateFont(false, 100), SkiaFonts.CreateFont(true, 100)));
    private readonly float _ascentPerPx;
    private readonly float _descentPerPx;

    private SkiaTextMeasurer()
    {
        using var font = SkiaFonts.CreateFont(bold: false, size: 100);
        var metrics = font.Metrics;
        _ascentPerPx = -metrics.Ascent / 100f;
        _descentPerPx = metrics.Descent / 100f;
    }

    public double Width(string text, double size, bool bold) =>
        _widthsAt100.GetOrAdd((text, bold), static (key, fonts) => (key.Item2 ? fonts.Value.Bold : fonts.Value.Regular).MeasureText(key.Item1), _fonts) * size / 100;

    public double Ascent(double size) => _ascentPerPx * size;

    public double Descent(double size) => _descentPerPx * size;
}
