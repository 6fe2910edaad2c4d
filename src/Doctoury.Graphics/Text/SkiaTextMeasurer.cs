using SkiaSharp;

namespace Doctoury.Graphics.Text;

/// <summary>
/// Widths from the shaped text (<see cref="Shaper"/>, kerning included, as browsers set it); vertical
/// metrics from the bundled typeface through SkiaSharp, unhinted so they scale linearly.
/// </summary>
internal sealed class SkiaTextMeasurer : ITextMeasurer
{
    public static readonly SkiaTextMeasurer Instance = new(BidiDirection.Ltr);

    /// <summary>The same faces, for a picture whose paragraphs run right to left.</summary>
    public static readonly SkiaTextMeasurer RightToLeft = new(BidiDirection.Rtl);

    private readonly float _ascentPerPx;
    private readonly float _descentPerPx;

    private SkiaTextMeasurer(BidiDirection direction)
    {
        Direction = direction;
        using var font = SkiaFonts.CreateFont(bold: false, size: 100);
        var metrics = font.Metrics;
        _ascentPerPx = -metrics.Ascent / 100f;
        _descentPerPx = metrics.Descent / 100f;
    }

    public BidiDirection Direction { get; }

    /// <summary>The measurer for paragraphs in <paramref name="direction"/>.</summary>
    public static SkiaTextMeasurer For(BidiDirection direction) => direction == BidiDirection.Rtl ? RightToLeft : Instance;

    // Shaped advances are in ems and scale linearly with size; the shaper caches each (text, face).
    public double Width(string text, double size, bool bold) => Shaper.Advance(text, bold) * size;

    public (double Ascent, double Descent) Extent(IReadOnlyList<StyledSpan> spans, double size)
    {
        var (ascent, descent) = ((double)_ascentPerPx, (double)_descentPerPx);
        foreach (var span in spans)
        {
            var ink = Ink.Of(span.Text, span.Bold);
            ascent = Math.Max(ascent, ink.Ascent);
            descent = Math.Max(descent, ink.Descent);
        }
        return (ascent * size, descent * size);
    }

    public double Ascent(double size) => _ascentPerPx * size;

    public double Descent(double size) => _descentPerPx * size;
}
