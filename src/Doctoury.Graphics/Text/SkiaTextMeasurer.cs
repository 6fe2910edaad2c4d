using System.Collections.Concurrent;
using SkiaSharp;

namespace Doctoury.Graphics.Text;

/// <summary>Measures with the bundled typefaces through SkiaSharp, unhinted so widths scale linearly.</summary>
internal sealed class SkiaTextMeasurer : ITextMeasurer
{
    public static readonly SkiaTextMeasurer Instance = new();

    // Widths are pure functions of (text, size, face); caching makes a re-layout cheap.
    private readonly ConcurrentDictionary<(string, double, bool), double> _widths = new();
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
        _widths.GetOrAdd((text, size, bold), static key =>
        {
            using var font = SkiaFonts.CreateFont(key.Item3, (float)key.Item2);
            return font.MeasureText(key.Item1);
        });

    public double Ascent(double size) => _ascentPerPx * size;

    public double Descent(double size) => _descentPerPx * size;
}
