using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Text;
using SkiaSharp;

namespace Doctoury.Graphics.Rendering.Png;

/// <summary>Draws a Scene with SkiaSharp at any scale. It only translates nodes; every position comes from the layout.</summary>
internal static class PngRenderer
{
    public static void Render(InfographicScene scene, double scale, Stream output, IIconPainter icons, PngText? text = null, bool onAllCores = true)
    {
        using var image = Draw(scene, scale, icons);
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException("The drawing surface has no pixels to encode.");
        PngWriter.Write(pixels, Opaque(scene), output, text, onAllCores);
    }

    /// <summary>The picture drawn at <paramref name="scale"/>, as premultiplied Rgba8888 pixels.</summary>
    internal static SKImage Draw(InfographicScene scene, double scale, IIconPainter icons)
    {
        var width = (int)Math.Round(scene.Width * scale);
        var height = (int)Math.Round(scene.Height * scale);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Could not create a {width}x{height} drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse(scene.Background));
        canvas.Scale((float)scale);
        foreach (var node in scene.Nodes) Draw(canvas, node, icons, scene.Fonts);
        canvas.Flush();
        return surface.Snapshot();
    }

    /// <summary>Drawn over an opaque background, every pixel is opaque: the PNG needs no alpha channel.</summary>
    internal static bool Opaque(InfographicScene scene) => SKColor.Parse(scene.Background).Alpha == 255;

    private static void Draw(SKCanvas canvas, SceneNode node, IIconPainter icons, FontChain chain)
    {
        switch (node)
        {
            case GroupNode group:
                foreach (var child in group.Children) Draw(canvas, child, icons, chain);
                break;
            case BoxNode box:
                DrawBox(canvas, box);
                break;
            case CircleNode circle:
                using (var paint = Fill(circle.Fill))
                {
                    canvas.DrawCircle((float)(circle.Bounds.X + circle.Bounds.Width / 2), (float)(circle.Bounds.Y + circle.Bounds.Height / 2), (float)(circle.Bounds.Width / 2), paint);
                }
                break;
            case PathNode path:
                DrawPath(canvas, path);
                break;
            case IconNode icon:
                icons.Draw(canvas, icon);
                break;
            case TextNode text:
                DrawText(canvas, text, chain);
                break;
            default:
                throw new NotSupportedException($"The PNG renderer has no case for {node.GetType().Name}.");
        }
    }

    private static void DrawBox(SKCanvas canvas, BoxNode box)
    {
        var rect = SKRect.Create((float)box.Bounds.X, (float)box.Bounds.Y, (float)box.Bounds.Width, (float)box.Bounds.Height);
        using (var paint = Fill(box.Fill))
        {
            canvas.DrawRoundRect(rect, (float)box.CornerRadius, (float)box.CornerRadius, paint);
        }
        if (box.BandColor is { } band && box.BandHeight > 0)
        {
            using var path = SKPath.ParseSvgPathData(Shapes.TopBand(box.Bounds, box.CornerRadius, box.BandHeight));
            using var paint = Fill(band);
            canvas.DrawPath(path, paint);
        }
    }

    private static void DrawPath(SKCanvas canvas, PathNode node)
    {
        using var path = SKPath.ParseSvgPathData(node.Data);
        using var paint = new SKPaint
        {
            Color = SKColor.Parse(node.Stroke),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = (float)node.StrokeWidth,
            StrokeCap = SKStrokeCap.Round,
            StrokeJoin = SKStrokeJoin.Round,
        };
        canvas.DrawPath(path, paint);
    }

    private static void DrawText(SKCanvas canvas, TextNode text, FontChain chain)
    {
        using var paint = Fill(text.Color);
        var size = (float)text.FontSize;
        var fonts = new SKFont?[8]; // by FontFamily and weight; not a Dictionary keyed by a tuple, whose code is jitted for that struct (17 ms cold)
        try
        {
            foreach (var line in text.Lines)
            {
                foreach (var run in line.Runs)
                {
                    // The glyphs and positions the layout measured, one blob run per family, so the drawn
                    // line is exactly as wide as the box it was given.
                    var shaped = Shaper.Shape(run.Text, run.Bold, run.Rtl, chain);
                    if (shaped.Glyphs.Length == 0) continue;
                    using var builder = new SKTextBlobBuilder();
                    foreach (var (start, count, family) in shaped.Segments())
                    {
                        var slot = (int)family * 2 + (run.Bold ? 1 : 0);
                        var font = fonts[slot] ??= SkiaFonts.CreateFont(family, run.Bold, size);
                        var buffer = builder.AllocatePositionedRun(font, count);
                        var glyphs = buffer.Glyphs;
                        var positions = buffer.Positions;
                        for (var i = 0; i < count; i++)
                        {
                            glyphs[i] = shaped.Glyphs[start + i];
                            positions[i] = new SKPoint(shaped.X[start + i] * size, shaped.Y[start + i] * size);
                        }
                    }
                    using var blob = builder.Build();
                    if (blob is not null) canvas.DrawText(blob, (float)run.X, (float)line.Baseline, paint);
                }
            }
        }
        finally
        {
            DisposeAll(fonts);
        }
    }

    // Out of the finally: a loop inside a handler makes DrawText jitted with full optimisation.
    private static void DisposeAll(SKFont?[] fonts)
    {
        foreach (var font in fonts) font?.Dispose();
    }

    private static SKPaint Fill(string color) => new() { Color = SKColor.Parse(color), IsAntialias = true, Style = SKPaintStyle.Fill };
}
