using System.Collections.Immutable;

namespace Doctoury.Graphics.Text;

/// <summary>A stretch of source text in one face.</summary>
internal readonly record struct StyledSpan(string Text, bool Bold);

/// <summary>A broken line: runs with x offsets from the line's left edge.</summary>
internal sealed record BrokenLine(ImmutableArray<(string Text, double X, double Width, bool Bold)> Runs, double Width);

/// <summary>The result of breaking: the lines, and whether a single word was wider than the line.</summary>
internal sealed record BrokenText(ImmutableArray<BrokenLine> Lines, bool WordTooWide)
{
    public double MaxWidth => Lines.Length == 0 ? 0 : Lines.Max(l => l.Width);
}

/// <summary>
/// Greedy line breaking at spaces only: never inside a word and never at a hyphen, because
/// "T-cells" split as "T-" / "cells" reads badly. A word wider than the line is only split,
/// at characters, when <c>splitLongWords</c> is set (the last resort once fonts are at their floor).
/// </summary>
internal static class LineBreaker
{
    public static BrokenText Break(IReadOnlyList<StyledSpan> spans, double maxWidth, double size, ITextMeasurer measurer, bool splitLongWords)
    {
        var words = new List<(string Text, bool Bold)>();
        foreach (var span in spans)
        {
            foreach (var word in span.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add((word, span.Bold));
        }

        var lines = ImmutableArray.CreateBuilder<BrokenLine>();
        var current = new List<(string Text, bool Bold)>();
        var currentWidth = 0.0;
        var tooWide = false;

        void Flush()
        {
            if (current.Count > 0) lines.Add(Build(current, size, measurer));
            current.Clear();
            currentWidth = 0;
        }

        foreach (var word in words)
        {
            var width = measurer.Width(word.Text, size, word.Bold);
            if (width > maxWidth)
            {
                tooWide = true;
                if (splitLongWords)
                {
                    Flush();
                    foreach (var piece in SplitWord(word.Text, maxWidth, size, word.Bold, measurer))
                    {
                        current.Add((piece, word.Bold));
                        Flush();
                    }
                    continue;
                }
            }
            var needed = current.Count == 0 ? width : currentWidth + Space(current[^1].Bold, word.Bold, size, measurer) + width;
            if (current.Count > 0 && needed > maxWidth)
            {
                Flush();
                needed = width;
            }
            current.Add(word);
            currentWidth = needed;
        }
        Flush();
        return new BrokenText(lines.ToImmutable(), tooWide);
    }

    /// <summary>Merges neighbouring words of one face into runs and places them.</summary>
    private static BrokenLine Build(List<(string Text, bool Bold)> words, double size, ITextMeasurer measurer)
    {
        var runs = ImmutableArray.CreateBuilder<(string, double, double, bool)>();
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
            runs.Add((text, x, runWidth, bold));
            width = x + runWidth;
            x = width + space;
            i = j;
        }
        return new BrokenLine(runs.ToImmutable(), width);
    }

    /// <summary>A space inside a run takes that run's face; between two faces, the regular one.</summary>
    private static double Space(bool before, bool after, double size, ITextMeasurer measurer) =>
        measurer.Width(" ", size, before && after);

    private static IEnumerable<string> SplitWord(string word, double maxWidth, double size, bool bold, ITextMeasurer measurer)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = 1;
            while (start + length < word.Length && measurer.Width(word.Substring(start, length + 1), size, bold) <= maxWidth) length++;
            yield return word.Substring(start, length);
            start += length;
        }
    }
}
