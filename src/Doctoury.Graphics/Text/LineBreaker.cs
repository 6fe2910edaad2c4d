using System.Collections.Immutable;

namespace Doctoury.Graphics.Text;

/// <summary>A stretch of source text in one face.</summary>
internal readonly record struct StyledSpan(string Text, bool Bold);

/// <summary>A stretch of a broken line in one face (and, in a bidi line, one direction), at <see cref="X"/> from the line's left edge.</summary>
internal readonly record struct PlacedRun(string Text, double X, double Width, bool Bold, bool Rtl = false, int Start = 0);

/// <summary>
/// A broken line: runs with x offsets from the line's left edge. A bidi line (see
/// <see cref="Scene.TextLine"/>) also has its reading-order text, and its runs in visual order.
/// </summary>
internal sealed record BrokenLine(ImmutableArray<PlacedRun> Runs, double Width)
{
    public string? Logical { get; init; }

    public bool Rtl { get; init; }
}

/// <summary>The result of breaking: the lines, and the first word (or piece between soft hyphens) wider than the line, if any.</summary>
internal sealed record BrokenText(ImmutableArray<BrokenLine> Lines, string? TooWideWord)
{
    public bool WordTooWide => TooWideWord is not null;

    public double MaxWidth => Lines.Length == 0 ? 0 : Lines.Max(l => l.Width);
}

/// <summary>
/// Greedy line breaking at break opportunities only: spaces, and soft hyphens (U+00AD) the author
/// put in a word, drawn as a hyphen when used (only for a word too wide for a line of its own:
/// a word that fits the next line moves there whole). Never at a hard hyphen, because "T-cells" split as
/// "T-" / "cells" reads badly. A piece of a word wider than the line is only split, at characters,
/// when <c>splitLongWords</c> is set (the last resort once fonts are at their floor and the layout
/// has no wider box to offer); the audit then names the word.
/// </summary>
internal static class LineBreaker
{
    public const char SoftHyphen = '\u00AD';

    public static BrokenText Break(IReadOnlyList<StyledSpan> spans, double maxWidth, double size, ITextMeasurer measurer, bool splitLongWords)
    {
        var words = new List<IReadOnlyList<(string Text, bool Bold)>>();
        var current = new List<(string Text, bool Bold)>();
        var currentWidth = 0.0;
        string? tooWide = null;

        void Flush()
        {
            if (current.Count > 0) words.Add([.. current]);
            current.Clear();
            currentWidth = 0;
        }

        // The width the current line would have with `text` appended after a space.
        double With(string text, bool bold) => current.Count == 0
            ? measurer.Width(text, size, bold)
            : currentWidth + Space(current[^1].Bold, bold, size, measurer) + measurer.Width(text, size, bold);

        void Add(string text, bool bold, double width)
        {
            current.Add((text, bold));
            currentWidth = width;
        }

        foreach (var span in spans)
        {
            foreach (var word in span.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var pieces = word.Split(SoftHyphen, StringSplitOptions.RemoveEmptyEntries);
                var bold = span.Bold;
                var start = 0;
                while (start < pieces.Length)
                {
                    var rest = string.Concat(pieces[start..]);
                    var whole = With(rest, bold);
                    if (whole <= maxWidth)
                    {
                        Add(rest, bold, whole);
                        break;
                    }
                    if (current.Count > 0)
                    {
                        Flush(); // a word moves to the next line whole when it fits there
                        continue;
                    }
                    // Alone on its line and still too wide: break at the last soft hyphen that fits.
                    var taken = 0;
                    var takenWidth = 0.0;
                    for (var k = start + 1; k < pieces.Length; k++)
                    {
                        var width = With(string.Concat(pieces[start..k]) + "-", bold);
                        if (width > maxWidth) break;
                        taken = k - start;
                        takenWidth = width;
                    }
                    if (taken > 0)
                    {
                        Add(string.Concat(pieces[start..(start + taken)]) + "-", bold, takenWidth);
                        Flush();
                        start += taken;
                        continue;
                    }
                    // Alone on its line and its first piece is still too wide.
                    tooWide ??= LineBreaker.Visible(word);
                    var piece = pieces[start] + (start + 1 < pieces.Length ? "-" : "");
                    if (!splitLongWords)
                    {
                        Add(piece, bold, measurer.Width(piece, size, bold));
                        if (start + 1 < pieces.Length) Flush();
                        start++;
                        continue;
                    }
                    var parts = SplitWord(pieces[start], maxWidth, size, bold, measurer).ToList();
                    for (var p = 0; p < parts.Count - 1; p++)
                    {
                        Add(parts[p], bold, measurer.Width(parts[p], size, bold));
                        Flush();
                    }
                    // The last part stays open, so what follows may join it on its line.
                    var tail = parts[^1] + (start + 1 < pieces.Length ? "-" : "");
                    Add(tail, bold, measurer.Width(tail, size, bold));
                    if (start + 1 < pieces.Length) Flush();
                    start++;
                }
            }
        }
        Flush();
        var rtl = measurer.Direction == BidiDirection.Rtl;
        var lines = rtl || words.Any(line => line.Any(w => Shaper.HasRtl(w.Text)))
            ? BidiLines.Build(words, size, measurer, rtl)
            : [.. words.Select(line => Build(line, size, measurer))];
        return new BrokenText(lines, tooWide);
    }

    /// <summary>The text as drawn when no soft hyphen is used: soft hyphens removed.</summary>
    public static string Visible(string text) => text.Contains(SoftHyphen, StringComparison.Ordinal) ? text.Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal) : text;

    /// <summary>Merges neighbouring words of one face into runs and places them.</summary>
    private static BrokenLine Build(IReadOnlyList<(string Text, bool Bold)> words, double size, ITextMeasurer measurer)
    {
        var runs = ImmutableArray.CreateBuilder<PlacedRun>();
        var space = measurer.Width(" ", size, false);
        var x = 0.0;
        var width = 0.0;
        var i = 0;
        while (i < words.Count)
        {
            var bold = words[i].Bold;
            var j = i;
            while (j < words.Count && words[j].Bold == bold) j++;
            var text = string.Join(" ", words.Skip(i).Take(j - i).Select(w => w.Text));
            var runWidth = measurer.Width(text, size, bold);
            runs.Add(new PlacedRun(text, x, runWidth, bold));
            width = x + runWidth;
            x = width + space;
            i = j;
        }
        return new BrokenLine(runs.ToImmutable(), width);
    }

    /// <summary>A space inside a run takes that run's face; between two faces, the regular one.</summary>
    private static double Space(bool before, bool after, double size, ITextMeasurer measurer) =>
        measurer.Width(" ", size, before && after);

    /// <summary>Pieces that fit the line, each but the last ending in a hyphen, so a reader sees the word goes on.</summary>
    private static IEnumerable<string> SplitWord(string word, double maxWidth, double size, bool bold, ITextMeasurer measurer)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = 1;
            while (start + length < word.Length && measurer.Width(Piece(word, start, length + 1), size, bold) <= maxWidth) length++;
            yield return Piece(word, start, length);
            start += length;
        }
    }

    private static string Piece(string word, int start, int length) =>
        start + length >= word.Length || word[start + length - 1] == '-' ? word.Substring(start, length) : word.Substring(start, length) + "-";
}
