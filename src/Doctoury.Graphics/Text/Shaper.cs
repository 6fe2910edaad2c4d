using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Doctoury.Graphics.Assets;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Doctoury.Graphics.Text;

/// <summary>
/// One run of text as HarfBuzz sets it: glyph ids with their positions, in ems (multiply by the font
/// size for pixels), and the family each glyph comes from. Positions are from the run's start, y down
/// as Skia draws.
/// </summary>
internal sealed record ShapedRun(ushort[] Glyphs, float[] X, float[] Y, FontFamily[] Families, float Advance)
{
    /// <summary>Consecutive glyphs of one family, as (start, count, family): what one positioned run of a text blob holds.</summary>
    public IEnumerable<(int Start, int Count, FontFamily Family)> Segments()
    {
        var start = 0;
        for (var i = 1; i <= Glyphs.Length; i++)
        {
            if (i < Glyphs.Length && Families[i] == Families[start]) continue;
            yield return (start, i - start, Families[start]);
            start = i;
        }
    }
}

/// <summary>
/// Shapes text with the bundled faces through HarfBuzz, so kerning and ligatures are applied as a
/// browser applies them; the PNG then sets each line to the width the SVG's reader sees. Each
/// grapheme cluster takes the first family of <see cref="BundledFonts.Chain"/> that has all its
/// characters (a browser's font fallback), and each stretch of one family is shaped with the whole
/// text as context. Used directly rather than through SKShaper, which rounds advances to 1/512 em
/// and shapes one direction per string. Shaped runs are cached by text and weight: the layout
/// measures the same words many times.
/// </summary>
internal static class Shaper
{
    private static readonly ConcurrentDictionary<(FontFamily, bool), Lazy<ShapingFace>> Faces = new();
    private static readonly ConcurrentDictionary<(string Text, bool Bold), ShapedRun> Cache = new();

    public static ShapedRun Shape(string text, bool bold) =>
        Cache.GetOrAdd((text, bold), static key => Fresh(key.Text, key.Bold));

    /// <summary>Shaped now, bypassing the cache (for tests).</summary>
    internal static ShapedRun Fresh(string text, bool bold)
    {
        var glyphs = new List<ushort>();
        var x = new List<float>();
        var y = new List<float>();
        var families = new List<FontFamily>();
        var pen = 0f;
        foreach (var (start, length, family) in Itemize(text))
        {
            var face = Faces.GetOrAdd((family, bold), static key => new Lazy<ShapingFace>(() => new ShapingFace(BundledFonts.Bytes(key.Item1, key.Item2)))).Value;
            var run = face.Shape(text, start, length);
            glyphs.AddRange(run.Glyphs);
            x.AddRange(run.X.Select(v => v + pen));
            y.AddRange(run.Y);
            families.AddRange(Enumerable.Repeat(family, run.Glyphs.Length));
            pen += run.Advance;
        }
        return new ShapedRun([.. glyphs], [.. x], [.. y], [.. families], pen);
    }

    /// <summary>Stretches of the text set in one family, by grapheme cluster; marks that draw nothing stay with the cluster before them.</summary>
    internal static IEnumerable<(int Start, int Length, FontFamily Family)> Itemize(string text)
    {
        var start = 0;
        var current = FontFamily.Latin;
        var clusters = StringInfo.ParseCombiningCharacters(text);
        for (var c = 0; c < clusters.Length; c++)
        {
            var from = clusters[c];
            var to = c + 1 < clusters.Length ? clusters[c + 1] : text.Length;
            var family = Family(text.AsSpan(from, to - from), c == 0 ? FontFamily.Latin : current);
            if (c > 0 && family != current)
            {
                yield return (start, from - start, current);
                start = from;
            }
            current = family;
        }
        if (text.Length > 0) yield return (start, text.Length - start, current);
    }

    /// <summary>The first family of the chain with every character of the cluster; the one before for a cluster that draws nothing.</summary>
    private static FontFamily Family(ReadOnlySpan<char> cluster, FontFamily previous)
    {
        FontFamily? chosen = null;
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (Scripts.DrawsNothing(rune)) continue;
            var family = Rune.IsWhiteSpace(rune) ? FontFamily.Latin : GlyphCoverage.FamilyOf(rune) ?? FontFamily.Latin;
            // A base letter decides; a combining mark the base's family lacks still stays with its base.
            chosen ??= family;
        }
        return chosen ?? previous;
    }

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

        public (ushort[] Glyphs, float[] X, float[] Y, float Advance) Shape(string text, int start, int length)
        {
            lock (_gate) return ShapeAlone(text, start, length);
        }

        private (ushort[] Glyphs, float[] X, float[] Y, float Advance) ShapeAlone(string text, int start, int length)
        {
            using var buffer = new Buffer();
            // The whole text goes in as context, so shaping across a change of family stays right.
            buffer.AddUtf16(text, start, length);
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
            return (glyphs, x, y, pen / _unitsPerEm);
        }
    }
}
