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
/// grapheme cluster takes the first family of a <see cref="FontChain"/> that has all its
/// characters (a browser's font fallback), and each stretch of one family is shaped with the whole
/// text as context. Used directly rather than through SKShaper, which rounds advances to 1/512 em
/// and shapes one direction per string. Shaped runs are cached by text and weight: the layout
/// measures the same words many times.
/// </summary>
internal static class Shaper
{
    private static readonly ConcurrentDictionary<(FontFamily, bool), Lazy<ShapingFace>> Faces = new();
    private static readonly ConcurrentDictionary<(string Text, bool Bold, bool Rtl, FontChain Chain), ShapedRun> Cache = new();
    private static readonly ConcurrentDictionary<(string Text, bool Bold, FontChain Chain), float> Advances = new();

    /// <summary>
    /// <paramref name="text"/> shaped in one direction, glyphs left to right as drawn: the caller has
    /// split a line into runs of one bidi level (<see cref="Bidi"/>). Right to left, HarfBuzz joins
    /// and mirrors; the stretches of each family are then laid from the right, last first.
    /// </summary>
    public static ShapedRun Shape(string text, bool bold, bool rtl = false, FontChain? chain = null) =>
        Cache.GetOrAdd((text, bold, rtl, chain ?? FontChain.Default), static key => Fresh(key.Text, key.Bold, key.Rtl, key.Chain));

    /// <summary>
    /// The advance of <paramref name="text"/> in ems as a browser sets it: text with right-to-left
    /// letters is split into bidi runs (its own first strong letter gives the paragraph direction) and
    /// each run is shaped in its direction, so a word measures what it will draw.
    /// </summary>
    public static float Advance(string text, bool bold, FontChain? chain = null) => Advances.GetOrAdd((text, bold, chain ?? FontChain.Default), static key =>
    {
        if (!HasRtl(key.Text)) return Shape(key.Text, key.Bold, false, key.Chain).Advance;
        var levels = Bidi.Levels(key.Text, BidiDirection.Auto);
        var total = 0f;
        for (var i = 0; i < levels.Length;)
        {
            var end = i + 1;
            while (end < levels.Length && levels[end] == levels[i]) end++;
            total += Shape(key.Text[i..end], key.Bold, (levels[i] & 1) == 1, key.Chain).Advance;
            i = end;
        }
        return total;
    });

    /// <summary>True when the text holds a right-to-left letter or an Arabic digit: only then can bidi reorder it.</summary>
    public static bool HasRtl(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value >= 0x0590 && Bidi.ClassOf(rune.Value) is BidiClass.R or BidiClass.AL or BidiClass.AN) return true;
        }
        return false;
    }

    /// <summary>Shaped now, bypassing the cache (for tests).</summary>
    internal static ShapedRun Fresh(string text, bool bold, bool rtl = false, FontChain? chain = null)
    {
        var glyphs = new List<ushort>();
        var x = new List<float>();
        var y = new List<float>();
        var families = new List<FontFamily>();
        var pen = 0f;
        var items = Itemize(text, chain ?? FontChain.Default).ToList();
        if (rtl) items.Reverse(); // the last stretch is drawn leftmost
        foreach (var (start, length, family) in items)
        {
            var face = Faces.GetOrAdd((family, bold), static key => new Lazy<ShapingFace>(() => new ShapingFace(BundledFonts.Bytes(key.Item1, key.Item2)))).Value;
            var run = face.Shape(text, start, length, rtl);
            glyphs.AddRange(run.Glyphs);
            x.AddRange(run.X.Select(v => v + pen));
            y.AddRange(run.Y);
            families.AddRange(Enumerable.Repeat(family, run.Glyphs.Length));
            pen += run.Advance;
        }
        return new ShapedRun([.. glyphs], [.. x], [.. y], [.. families], pen);
    }

    /// <summary>Stretches of the text set in one family, by grapheme cluster; marks that draw nothing stay with the cluster before them.</summary>
    internal static IEnumerable<(int Start, int Length, FontFamily Family)> Itemize(string text, FontChain chain)
    {
        var start = 0;
        var current = chain.Families[0];
        var clusters = StringInfo.ParseCombiningCharacters(text);
        for (var c = 0; c < clusters.Length; c++)
        {
            var from = clusters[c];
            var to = c + 1 < clusters.Length ? clusters[c + 1] : text.Length;
            var family = Family(text.AsSpan(from, to - from), c == 0 ? chain.Families[0] : current, chain);
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
    private static FontFamily Family(ReadOnlySpan<char> cluster, FontFamily previous, FontChain chain)
    {
        FontFamily? chosen = null;
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (Scripts.DrawsNothing(rune)) continue;
            var family = Rune.IsWhiteSpace(rune) ? chain.Families[0] : GlyphCoverage.FamilyOf(rune, chain) ?? chain.Families[0];
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

        public (ushort[] Glyphs, float[] X, float[] Y, float Advance) Shape(string text, int start, int length, bool rtl)
        {
            lock (_gate) return ShapeAlone(text, start, length, rtl);
        }

        private (ushort[] Glyphs, float[] X, float[] Y, float Advance) ShapeAlone(string text, int start, int length, bool rtl)
        {
            using var buffer = new Buffer();
            // The whole text goes in as context, so shaping across a change of family stays right.
            buffer.AddUtf16(text, start, length);
            // Right to left, HarfBuzz returns the glyphs in visual order (left to right) and mirrors brackets.
            buffer.Direction = rtl ? Direction.RightToLeft : Direction.LeftToRight;
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
