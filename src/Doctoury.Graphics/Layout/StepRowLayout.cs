using System.Collections.Immutable;
using System.Globalization;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Scene;
using Doctoury.Graphics.Spec;
using Doctoury.Graphics.Text;
using Doctoury.Graphics.Themes;
using static Doctoury.Graphics.Layout.LayoutMetrics;

namespace Doctoury.Graphics.Layout;

/// <summary>
/// The step cards with their connectors, in one row or, when one row would make the cards too
/// narrow to read or a word wider than its card, in balanced rows read left to right, each row's
/// end joined to the next row's start. All cards share one width, one font scale and one height:
/// the largest scale at which every word fits and the tallest card stays under the preferred
/// height; at the floor the cards grow taller, and only then may a too-long word be split.
/// </summary>
internal static class StepRowLayout
{
    /// <summary>Where the cards go: columns per row, card width, the gap between cards, and the row's indent.</summary>
    internal sealed record Grid(int Columns, double CardWidth, double Gap, double Indent)
    {
        /// <summary>
        /// Row and column of step <paramref name="index"/> of <paramref name="count"/>: rows as even as
        /// they can be (7 in three columns make 3 + 2 + 2, not 3 + 3 + 1), the longer ones first, and a
        /// shorter row centred under the others.
        /// </summary>
        public (int Row, double Column) Place(int index, int count)
        {
            var rows = Rows(count);
            var (small, extra) = (count / rows, count % rows);
            var row = 0;
            var start = 0;
            while (true)
            {
                var size = small + (row < extra ? 1 : 0);
                if (index < start + size) return (row, index - start + (Columns - size) / 2.0);
                start += size;
                row++;
            }
        }

        public int Rows(int count) => (count + Columns - 1) / Columns;

        /// <summary>The width the cards of a full row and the connectors between them take.</summary>
        public double UsedWidth => Columns * CardWidth + (Columns - 1) * Gap;
    }

    /// <summary>The laid-out steps; panel titles must not exceed <paramref name="TitleSize"/>, nor panel items <paramref name="SummarySize"/>.</summary>
    internal sealed record Result(ImmutableArray<SceneNode> Nodes, double Bottom, ImmutableArray<LayoutNote> Notes, double TitleSize, double SummarySize);

    // grid: the arrangement from Arrange when the caller already has it (then centred in width), so it is not searched twice.
    // language: the badges' digits and the steps' labels; English when null.
    public static Result Build(string prefix, ProcessSpec process, double left, double top, double width, Theme theme, ITextMeasurer measurer, Grid? grid = null, LanguageProfile? language = null)
    {
        var steps = process.Steps;
        var anyIcon = steps.Any(s => s.Icon is not null);
        StepCardLayout.Card Card(int i, Rect box, double scale, double? height, TextBlocks text) =>
            StepCardLayout.Build(prefix, steps[i], i, steps.Length, box, scale, height, anyIcon, theme, text, language);

        string? TooWide(int i, double cardWidth) => TooWideWord(prefix, steps, i, cardWidth, theme, measurer);
        grid = grid is null ? Arrange(prefix, steps, width, theme, measurer) : grid with { Indent = Math.Max(0, (width - grid.UsedWidth) / 2) };
        Rect Box(int i, double rowHeight)
        {
            var (row, column) = grid.Place(i, steps.Length);
            return new(left + grid.Indent + column * (grid.CardWidth + grid.Gap), top + row * (rowHeight + StepRowGap), grid.CardWidth, 0);
        }

        double Measure(double scale, TextBlocks text) => steps.Select((_, i) => Card(i, Box(i, 0), scale, null, text).NeededHeight).Max();

        var (chosen, split) = FontScale.Choose(Measure, measurer, PreferredCardHeight);
        var blocks = new TextBlocks(measurer, split);
        var rowHeight = Math.Ceiling(Measure(chosen, blocks));
        var nodes = ImmutableArray.CreateBuilder<SceneNode>();
        for (var i = 0; i < steps.Length; i++)
        {
            nodes.Add(Card(i, Box(i, rowHeight), chosen, rowHeight, blocks).Group);
            if (i == steps.Length - 1) continue;
            var (from, to) = (Box(i, rowHeight) with { Height = rowHeight }, Box(i + 1, rowHeight) with { Height = rowHeight });
            nodes.Add(grid.Place(i + 1, steps.Length).Row != grid.Place(i, steps.Length).Row
                ? ReturnConnector(prefix, i, from, to, theme)
                : Connector(prefix, i, from.Right, to.X, from.Y + rowHeight / 2, theme));
        }
        var rows = grid.Rows(steps.Length);
        var notes = chosen <= NoticeableShrink
            ? ShrinkNote(steps, chosen, i => Card(i, Box(i, 0), 1, null, new TextBlocks(measurer, splitLongWords: false)).NeededHeight,
                culprit => FontScale.Choose((scale, text) => steps.Select((_, i) => i == culprit ? 0 : Card(i, Box(i, 0), scale, null, text).NeededHeight).Max(), measurer, PreferredCardHeight).Scale)
            : [];
        if (ColumnsNote(steps, grid, Arrange(steps.Length, width, _ => true), TooWide) is { } columnsNote) notes = notes.Add(columnsNote);
        return new Result(nodes.ToImmutable(), top + rows * rowHeight + (rows - 1) * StepRowGap, notes, Scaled(StepTitleSize, StepTitleFloor, chosen), Scaled(SummarySize, SummaryFloor, chosen));
    }

    /// <summary>How the steps would be arranged in a row of at most <paramref name="width"/>.</summary>
    public static Grid Arrange(string prefix, ProcessSpec process, double width, Theme theme, ITextMeasurer measurer) =>
        Arrange(prefix, process.Steps, width, theme, measurer);

    private static Grid Arrange(string prefix, ImmutableArray<StepSpec> steps, double width, Theme theme, ITextMeasurer measurer)
    {
        return Arrange(steps.Length, width, cardWidth => Enumerable.Range(0, steps.Length).All(i => TooWideWord(prefix, steps, i, cardWidth, theme, measurer) is null));
    }

    /// <summary>Building a card with a probe at the floor records the first word that overflows its line.</summary>
    private static string? TooWideWord(string prefix, ImmutableArray<StepSpec> steps, int i, double cardWidth, Theme theme, ITextMeasurer measurer)
    {
        var probe = new TextBlocks(measurer, splitLongWords: false);
        StepCardLayout.Build(prefix, steps[i], i, steps.Length, new Rect(0, 0, cardWidth, 0), Scales[^1], null, steps.Any(s => s.Icon is not null), theme, probe);
        return probe.TooWideWord;
    }

    /// <summary>
    /// The most columns (fewest rows, balanced: 7 steps make 4 + 3, not 6 + 1) whose cards are at
    /// least <see cref="MinCardWidth"/> wide and hold every word at the floor size. A single column
    /// is the widest arrangement there is: its card may take the whole width when a word needs it.
    /// </summary>
    internal static Grid Arrange(int count, double width, Func<double, bool> wordsFit)
    {
        var gap = StepGap(count);
        var candidates = Enumerable.Range(1, count).Select(rows => (count + rows - 1) / rows).Distinct();
        foreach (var columns in candidates.Where(c => c > 1))
        {
            var natural = (width - gap * (columns - 1)) / columns;
            if (natural < MinCardWidth) continue;
            var cardWidth = Math.Min(natural, MaxCardWidth);
            if (!wordsFit(cardWidth)) continue;
            // A short row: spread the connectors a little, then centre what is left.
            var spreadGap = Math.Min(MaxStepGap, Math.Max(gap, (width - columns * cardWidth) / (columns - 1)));
            var used = columns * cardWidth + (columns - 1) * spreadGap;
            return new Grid(columns, cardWidth, spreadGap, Math.Max(0, (width - used) / 2));
        }
        var single = wordsFit(Math.Min(width, MaxCardWidth)) ? Math.Min(width, MaxCardWidth) : width;
        return new Grid(1, single, gap, (width - single) / 2);
    }

    /// <summary>Text shrunk by 5 % goes unnoticed; from 10 % on, the author hears which step caused it.</summary>
    private const double NoticeableShrink = 0.9;

    /// <summary>Names the step whose text made the whole row shrink, when the row without it would have stayed larger.</summary>
    private static ImmutableArray<LayoutNote> ShrinkNote(ImmutableArray<StepSpec> steps, double scale, Func<int, double> neededAtFullSize, Func<int, double> scaleWithout)
    {
        var culprit = Enumerable.Range(0, steps.Length).MaxBy(neededAtFullSize);
        var without = scaleWithout(culprit);
        if (without <= scale) return [];
        static string Px(double v) => v.ToString("0.#", CultureInfo.InvariantCulture) + " px";
        return [new LayoutNote("DG0109", $"step-{culprit + 1}", $"Step {culprit + 1} of {steps.Length}: {steps[culprit].Title}",
            $"This step's text makes every step's text shrink, to keep the cards one height: titles to {Px(Scaled(StepTitleSize, StepTitleFloor, scale))} and summaries to {Px(Scaled(SummarySize, SummaryFloor, scale))}; without it they would stay at {Px(Scaled(StepTitleSize, StepTitleFloor, without))} and {Px(Scaled(SummarySize, SummaryFloor, without))}.")];
    }

    /// <summary>Names the word that made the steps take fewer columns than their count and the width allow.</summary>
    private static LayoutNote? ColumnsNote(ImmutableArray<StepSpec> steps, Grid grid, Grid readable, Func<int, double, string?> tooWide)
    {
        if (grid.Columns >= readable.Columns) return null;
        var culprit = Enumerable.Range(0, steps.Length).FirstOrDefault(i => tooWide(i, readable.CardWidth) is not null, -1);
        if (culprit < 0) return null;
        return new LayoutNote("DG0111", $"step-{culprit + 1}", $"Step {culprit + 1} of {steps.Length}: {steps[culprit].Title}",
            $"The word '{tooWide(culprit, readable.CardWidth)}' is wider than a card in a row of {readable.Columns} even at the smallest size, so the steps take {grid.Columns} {(grid.Columns == 1 ? "column" : "columns")}.");
    }

    /// <summary>A left-to-right arrow centred in the gap between two cards.</summary>
    private static PathNode Connector(string prefix, int index, double from, double to, double y, Theme theme)
    {
        var inset = Math.Min(10, (to - from) / 4);
        var x1 = from + inset;
        var x2 = to - inset;
        const double head = 9;
        var data = $"M{F(x1)} {F(y)} H{F(x2)} M{F(x2 - head)} {F(y - head)} L{F(x2)} {F(y)} L{F(x2 - head)} {F(y + head)}";
        var bounds = new Rect(TextBlocks.Round(x1), TextBlocks.Round(y - head), TextBlocks.Round(x2 - x1), 2 * head);
        return new PathNode($"{prefix}-connector-{index + 1}", NodeRole.Connector, bounds, data, theme.Connector, 4);
    }

    /// <summary>
    /// From the bottom of a row's last card, down into the gap between rows, back along it and
    /// down into the top of the next row's first card: the reading order made visible.
    /// </summary>
    private static PathNode ReturnConnector(string prefix, int index, Rect from, Rect to, Theme theme)
    {
        const double inset = 10, head = 9;
        var x1 = from.X + from.Width / 2;
        var x2 = to.X + to.Width / 2;
        var y1 = from.Bottom + inset;
        var y2 = to.Y - inset;
        var middle = (y1 + y2) / 2;
        var data = $"M{F(x1)} {F(y1)} V{F(middle)} H{F(x2)} V{F(y2)} M{F(x2 - head)} {F(y2 - head)} L{F(x2)} {F(y2)} L{F(x2 + head)} {F(y2 - head)}";
        var (minX, maxX) = (Math.Min(x1, x2 - head), Math.Max(x1, x2 + head));
        var bounds = new Rect(TextBlocks.Round(minX), TextBlocks.Round(y1), TextBlocks.Round(maxX - minX), TextBlocks.Round(y2 - y1));
        return new PathNode($"{prefix}-connector-{index + 1}", NodeRole.Connector, bounds, data, theme.Connector, 4);
    }

    private static string F(double v) => TextBlocks.Round(v).ToString(CultureInfo.InvariantCulture);
}
