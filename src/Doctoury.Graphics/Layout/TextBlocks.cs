using System.Collections.Immutable;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Layout;

/// <summary>A text style: size in CSS px, line height as a multiple of size, face, colour.</summary>
internal readonly record struct TextStyle(double Size, double LineHeight, bool Bold, string Color);

/// <summary>Breaks text into a box and positions its lines: the one place layout turns words into a <see cref="TextNode"/>.</summary>
internal sealed class TextBlocks(ITextMeasurer measurer, bool splitLongWords)
{
    public ITextMeasurer Measurer => measurer;

    /// <summary>True when some word did not fit its line at the sizes tried so far.</summary>
    public bool AnyWordTooWide => TooWideWord is not null;

    /// <summary>The first word that did not fit its line, so a warning can name it.</summary>
    public string? TooWideWord { get; private set; }

    public TextNode Block(string id, NodeRole role, IReadOnlyList<StyledSpan> spans, double x, double top, double width, TextStyle style, TextAnchor anchor = TextAnchor.Start)
    {
        var broken = LineBreaker.Break(spans, width, style.Size, measurer, splitLongWords);
        TooWideWord ??= broken.TooWideWord;
        // Lines as tall as the faces used need: a text whose glyphs reach past the Latin face's
        // ascent and descent (Arabic) gets the difference added, so the gap between lines stays.
        var (ascent, descent) = measurer.Extent(spans, style.Size);
        var lineHeight = style.Size * style.LineHeight + Math.Max(0, ascent + descent - (measurer.Ascent(style.Size) + measurer.Descent(style.Size)));
        // Centre the glyphs' ascent+descent in each line box, so stacked blocks space evenly.
        var firstBaseline = top + (lineHeight - (ascent + descent)) / 2 + ascent;
        var lines = ImmutableArray.CreateBuilder<TextLine>();
        for (var i = 0; i < broken.Lines.Length; i++)
        {
            var line = broken.Lines[i];
            var left = anchor switch
            {
                TextAnchor.Middle => x + (width - line.Width) / 2,
                TextAnchor.End => x + width - line.Width,
                _ => x,
            };
            var runs = line.Runs.Select(r => new TextRun(r.Text, Round(left + r.X), Round(r.Width), r.Bold) { Rtl = r.Rtl, Start = r.Start }).ToImmutableArray();
            lines.Add(new TextLine(Round(firstBaseline + i * lineHeight), runs) { Logical = line.Logical, Rtl = line.Rtl });
        }
        var bounds = new Rect(Round(x), Round(top), Round(width), Round(broken.Lines.Length * lineHeight));
        return new TextNode(id, role, bounds, style.Size, Round(lineHeight), style.Color, lines.ToImmutable()) { Source = string.Join(" ", spans.Select(s => s.Text)) };
    }

    public TextNode Block(string id, NodeRole role, string text, double x, double top, double width, TextStyle style, TextAnchor anchor = TextAnchor.Start) =>
        Block(id, role, [new StyledSpan(text, style.Bold)], x, top, width, style, anchor);

    /// <summary>
    /// A block whose lines are as even as the words allow, so a heading never leaves one word alone
    /// on its last line when it can be avoided; its bounds keep the full width.
    /// </summary>
    public TextNode Balanced(string id, NodeRole role, string text, double x, double top, double width, TextStyle style)
    {
        var node = Block(id, role, text, x, top, BalancedWidth(text, width, style), style);
        return node with { Bounds = node.Bounds with { Width = Round(width) } };
    }

    /// <summary>The narrowest width that keeps the line count <paramref name="text"/> has at <paramref name="width"/>.</summary>
    public double BalancedWidth(string text, double width, TextStyle style)
    {
        var spans = new[] { new StyledSpan(text, style.Bold) };
        // Never narrower than a word: balancing must not split one.
        bool Keeps(double w, int lines) => LineBreaker.Break(spans, w, style.Size, measurer, splitLongWords: false) is var b && b.Lines.Length == lines && !b.WordTooWide;
        var count = LineBreaker.Break(spans, width, style.Size, measurer, splitLongWords: false).Lines.Length;
        if (count < 2 || !Keeps(width, count)) return width;
        var (low, high) = (width / count, width);
        for (var i = 0; i < 12; i++)
        {
            var middle = (low + high) / 2;
            if (Keeps(middle, count)) high = middle; else low = middle;
        }
        return high;
    }

    /// <summary>
    /// The style at the largest size, stepping down by a tenth to <paramref name="floor"/>, at which
    /// every word of <paramref name="text"/> fits <paramref name="width"/>: a heading shrinks before
    /// a word of it is split.
    /// </summary>
    public TextStyle Fitting(string text, double width, TextStyle style, double floor)
    {
        var spans = new[] { new StyledSpan(text, style.Bold) };
        floor = Math.Min(floor, style.Size);
        for (var size = style.Size; size > floor; size = Math.Max(floor, Math.Round(size * 0.9 * 2) / 2))
        {
            if (!LineBreaker.Break(spans, width, size, measurer, splitLongWords: false).WordTooWide) return style with { Size = size };
        }
        return style with { Size = floor };
    }

    /// <summary>Natural width of a single-line text, for pills and side-by-side footers.</summary>
    public double Width(string text, TextStyle style) => measurer.Width(text, style.Size, style.Bold);

    /// <summary>Rounds to 1/100 px so the scene, SVG and JSON are stable and compact.</summary>
    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
