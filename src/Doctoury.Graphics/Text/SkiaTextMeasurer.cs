using System.Collections.Concurrent;
using Doctoury.Graphics.Assets;
using SkiaSharp;

namespace Doctoury.Graphics.Text;

/// <summary>
/// Widths from the shaped text (<see cref="Shaper"/>, kerning included, as browsers set it); vertical
/// metrics from the bundled typeface through SkiaSharp, unhinted so they scale linearly.
/// </summary>
internal sealed class SkiaTextMeasurer : ITextMeasurer
{
    public static readonly SkiaTextMeasurer Instance = new(BidiDirection.Ltr, FontChain.Default);

    /// <summary>The same faces, for a picture whose paragraphs run right to left.</summary>
    public static readonly SkiaTextMeasurer RightToLeft = new(BidiDirection.Rtl, FontChain.Default);

    private static readonly ConcurrentDictionary<(BidiDirection, FontChain), SkiaTextMeasurer> Others = new();

    private readonly float _ascentPerPx;
    private readonly float _descentPerPx;

    private SkiaTextMeasurer(BidiDirection direction, FontChain chain)
    {
        Direction = direction;
        Chain = chain;
        using var font = SkiaFonts.CreateFont(bold: false, size: 100);
        var metrics = font.Metrics;
        _ascentPerPx = -metrics.Ascent / 100f;
        _descentPerPx = metrics.Descent / 100f;
    }

    public BidiDirection Direction { get; }

    /// <summary>The order the faces are tried in.</summary>
    public FontChain Chain { get; }

    /// <summary>The measurer for paragraphs in <paramref name="direction"/>, set in <paramref name="chain"/>.</summary>
    public static SkiaTextMeasurer For(BidiDirection direction, FontChain chain) =>
        chain == FontChain.Default ? (direction == BidiDirection.Rtl ? RightToLeft : Instance)
        : Others.GetOrAdd((direction, chain), static key => new SkiaTextMeasurer(key.Item1, key.Item2));

    // Shaped advances are in ems and scale linearly with size; the shaper caches each (text, face).
    public double Width(string text, double size, bool bold) => Shaper.Advance(text, bold, Chain) * size;

    public (double Ascent, double Descent) Extent(IReadOnlyList<StyledSpan> spans, double size)
    {
        var (ascent, descent) = ((double)_ascentPerPx, (double)_descentPerPx);
        foreach (var span in spans)
        {
            var ink = Ink.Of(span.Text, span.Bold, Chain);
            ascent = Math.Max(ascent, ink.Ascent);
            descent = Math.Max(descent, ink.Descent);
        }
        return (ascent * size, descent * size);
    }

    public double Ascent(double size) => _ascentPerPx * size;

    public double Descent(double size) => _descentPerPx * size;
}
