using System.Collections.Concurrent;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Scene;
using SkiaSharp;

namespace Doctoury.Graphics.Rendering.Png;

/// <summary>
/// Draws icons from their own paths with Skia: each path's data parsed once into an
/// <see cref="SKPath"/> and kept (bundled icons, by name), its transform applied to the canvas so
/// strokes scale as in SVG. Svg.Skia's first load costs about 200 ms per process; this costs a few
/// (shared/perf-spike-2.md §5), and draws the same pixels. Bundled icons only; a custom icon file
/// still goes through Svg.Skia.
/// </summary>
internal sealed class PathIconPainter : IIconPainter
{
    public static readonly PathIconPainter Instance = new();

    private readonly ConcurrentDictionary<string, SKPath[]> _bundled = new();

    public void Draw(SKCanvas canvas, IconNode node)
    {
        var glyph = node.Glyph;
        if (glyph.IsBundled)
        {
            Draw(canvas, node, _bundled.GetOrAdd(glyph.Name, _ => Parse(glyph)));
            return;
        }
        // Custom icon files keep going through Svg.Skia, locked down in SafeSvg, as before.
        // PathIconPainterTests shows these paths draw them identically too, should Svg.Skia go.
        SvgSkiaIconPainter.Instance.Draw(canvas, node);
    }

    /// <summary>Any glyph drawn from its paths, custom ones included (for tests that hold it to Svg.Skia).</summary>
    internal static void DrawFromPaths(SKCanvas canvas, IconNode node)
    {
        var paths = Parse(node.Glyph);
        try
        {
            Draw(canvas, node, paths);
        }
        finally
        {
            foreach (var path in paths) path.Dispose();
        }
    }

    private static SKPath[] Parse(IconGlyph glyph) => [.. glyph.Paths.Select(p =>
    {
        var path = SKPath.ParseSvgPathData(p.Data) ?? new SKPath();
        path.FillType = p.Filled && p.EvenOdd ? SKPathFillType.EvenOdd : SKPathFillType.Winding;
        return path;
    })];

    private static void Draw(SKCanvas canvas, IconNode node, SKPath[] paths)
    {
        var glyph = node.Glyph;
        var color = SKColor.Parse(node.Color);
        canvas.Save();
        canvas.Translate((float)node.Bounds.X, (float)node.Bounds.Y);
        if (node.Mirrored)
        {
            canvas.Translate((float)node.Bounds.Width, 0);
            canvas.Scale(-1, 1);
        }
        canvas.Scale((float)(node.Bounds.Width / glyph.ViewWidth), (float)(node.Bounds.Height / glyph.ViewHeight));
        for (var i = 0; i < paths.Length; i++)
        {
            var shape = glyph.Paths[i];
            canvas.Save();
            if (shape.Transform is { } t) canvas.Concat(new SKMatrix((float)t.A, (float)t.C, (float)t.E, (float)t.B, (float)t.D, (float)t.F, 0, 0, 1));
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            if (shape.Filled)
            {
                paint.Style = SKPaintStyle.Fill;
            }
            else
            {
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = (float)shape.StrokeWidth;
                paint.StrokeCap = shape.LineCap switch { "round" => SKStrokeCap.Round, "square" => SKStrokeCap.Square, _ => SKStrokeCap.Butt };
                paint.StrokeJoin = shape.LineJoin switch { "round" => SKStrokeJoin.Round, "bevel" => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter };
            }
            canvas.DrawPath(paths[i], paint);
            canvas.Restore();
        }
        canvas.Restore();
    }
}
