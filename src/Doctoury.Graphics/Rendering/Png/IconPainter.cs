using System.Collections.Concurrent;
using System.Text;
using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Scene;
using SkiaSharp;
using Svg.Skia;

namespace Doctoury.Graphics.Rendering.Png;

/// <summary>Draws an icon into a Skia canvas. One small interface, so bundled icons can later come from pre-parsed paths.</summary>
internal interface IIconPainter
{
    void Draw(SKCanvas canvas, IconNode node);
}

/// <summary>
/// Draws icons with Svg.Skia from an SVG document that we rebuild from the icon's paths only
/// (never the raw icon text), loaded through <see cref="SafeSvg"/>. Bundled icons are cached per
/// name and colour: the first Svg.Skia load in a process is slow, later ones are cheap. Custom
/// icons belong to one spec and are not cached, so a long-running process does not grow.
/// </summary>
internal sealed class SvgSkiaIconPainter : IIconPainter
{
    public static readonly SvgSkiaIconPainter Instance = new();

    private readonly ConcurrentDictionary<(string Icon, string Color), SKSvg> _cache = new();

    public void Draw(SKCanvas canvas, IconNode node)
    {
        var glyph = node.Glyph;
        if (!glyph.IsBundled)
        {
            using var custom = SafeSvg.Load(Document(glyph, node.Color));
            DrawPicture(canvas, node, custom);
            return;
        }
        DrawPicture(canvas, node, _cache.GetOrAdd((glyph.Name, node.Color), key => SafeSvg.Load(Document(glyph, key.Color))));
    }

    private static void DrawPicture(SKCanvas canvas, IconNode node, SKSvg svg)
    {
        if (svg.Picture is not { } picture) return;
        canvas.Save();
        canvas.Translate((float)node.Bounds.X, (float)node.Bounds.Y);
        if (node.Mirrored)
        {
            canvas.Translate((float)node.Bounds.Width, 0);
            canvas.Scale(-1, 1);
        }
        canvas.Scale((float)(node.Bounds.Width / node.Glyph.ViewWidth), (float)(node.Bounds.Height / node.Glyph.ViewHeight));
        canvas.DrawPicture(picture);
        canvas.Restore();
    }

    internal static string Document(IconGlyph glyph, string color)
    {
        var text = new StringBuilder();
        text.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Shapes.F(glyph.ViewWidth)}\" height=\"{Shapes.F(glyph.ViewHeight)}\" viewBox=\"0 0 {Shapes.F(glyph.ViewWidth)} {Shapes.F(glyph.ViewHeight)}\">");
        foreach (var path in glyph.Paths)
        {
            var data = System.Security.SecurityElement.Escape(path.Data);
            if (path.Transform is { } transform) text.Append($"<g transform=\"{transform.ToSvg()}\">");
            text.Append(path.Filled
                ? $"<path d=\"{data}\" fill=\"{color}\" fill-rule=\"{(path.EvenOdd ? "evenodd" : "nonzero")}\"/>"
                : $"<path d=\"{data}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{Shapes.F(path.StrokeWidth)}\" stroke-linecap=\"{path.LineCap ?? "butt"}\" stroke-linejoin=\"{path.LineJoin ?? "miter"}\"/>");
            if (path.Transform is not null) text.Append("</g>");
        }
        text.Append("</svg>");
        return text.ToString();
    }
}
