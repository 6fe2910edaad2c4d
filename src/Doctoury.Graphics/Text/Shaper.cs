using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Doctoury.Graphics.Assets;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Doctoury.Graphics.Text;

/// <summary>
/// One run of text as HarfBuzz sets it: glyph ids with their positions, in ems (multiply by the font
/// size for pixels). Positions are from the run's start, y down as Skia draws.
/// </summary>
internal sealed record ShapedRun(ushort[] Glyphs, float[] X, float[] Y, float Advance);

/// <summary>
/// Shapes text with the bundled faces through HarfBuzz, so kerning and ligatures are applied as a
/// browser applies them; the PNG then sets each line to the width the SVG's reader sees. Used
/// directly rather than through SKShaper, which rounds advances to 1/512 em and shapes one
/// direction per string. Shaped runs are cached by text and face: the layout measures the same
/// words many times.
/// </summary>
internal static class Shaper
{
    private static readonly Lazy<ShapingFace> Regular = new(() => new ShapingFace(BundledFonts.Bytes(FontFace.Regular)));
    private static readonly Lazy<ShapingFace> Bold = new(() => new ShapingFace(BundledFonts.Bytes(FontFace.Bold)));
    private static readonly ConcurrentDictionary<(string Text, bool Bold), ShapedRun> Cache = new();

    public static ShapedRun Shape(string text, bool bold) =>
        Cache.GetOrAdd((text, bold), static key => Fresh(key.Text, key.Bold));

    /// <summary>Shaped now, bypassing the cache (for tests).</summary>
    internal static ShapedRun Fresh(string text, bool bold) => (bold ? Bold : Regular).Value.Shape(text);

    /// <summary>A face opened once, shaped with by one thread at a time: results are cached, so waits are rare.</summary>
    private sealed class ShapingFace
    {
        private readonly Lock _gate = new();
        private readonly Font _font;
        private readonly float _unitsPerEm;

        // HarfBuzz reads the font data for as long as the font lives, so the data sits in memory the
        // garbage collector never moves, kept with the blob and face for the life of the process.
        private readonly Blob _blob;
        private readonly Face _face;

        public ShapingFace(byte[] bytes)
        {
            var data = Marshal.AllocHGlobal(bytes.Length);
            Marshal.Copy(bytes, 0, data, bytes.Length);
            var blob = _blob = new Blob(data, bytes.Length, MemoryMode.ReadOnly);
            var face = _face = new Face(blob, 0);
            _unitsPerEm = face.UnitsPerEm;
            // Scaled to its own units, so advances are exact font units, not rounded to pixels.
            _font = new Font(face);
            _font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        }

        public ShapedRun Shape(string text)
        {
            lock (_gate) return ShapeAlone(text);
        }

        private ShapedRun ShapeAlone(string text)
        {
            using var buffer = new Buffer();
            buffer.AddUtf16(text);
            buffer.Direction = Direction.LeftToRight;
            buffer.GuessSegmentProperties();
            _font.Shape(buffer);
            var infos = buffer.GetGlyphInfoSpan();
            var positions = buffer.GetGlyphPositionSpan();
            var glyphs = new ushort[infos.Length];
            var x = new float[infos.Length];
            var y = new float[infos.Length];
            var pen = 0;
            for (var i = 0; i < infos.Length; i++)
            {
                glyphs[i] = (ushort)infos[i].Codepoint;
                x[i] = (pen + positions[i].XOffset) / _unitsPerEm;
                y[i] = -positions[i].YOffset / _unitsPerEm;
                pen += positions[i].XAdvance;
            }
            return new ShapedRun(glyphs, x, y, pen / _unitsPerEm);
        }
    }
}
