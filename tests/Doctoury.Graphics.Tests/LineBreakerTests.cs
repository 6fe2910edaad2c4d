using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Tests;

public sealed class LineBreakerTests
{
    private static readonly ITextMeasurer Measurer = SkiaTextMeasurer.Instance;

    [Fact]
    public void Breaks_at_spaces_and_never_inside_hyphenated_words()
    {
        var text = LineBreaker.Break([new StyledSpan("The T-cells are collected by leukapheresis.", false)], 120, 19, Measurer, splitLongWords: false);
        Assert.True(text.Lines.Length > 1);
        Assert.Contains(text.Lines, l => l.Runs.Any(r => r.Text.Contains("T-cells", StringComparison.Ordinal)));
        Assert.All(text.Lines, l => Assert.True(l.Width <= 120 || l.Runs.Length == 1));
    }

    [Fact]
    public void Keeps_bold_and_regular_runs_on_one_line()
    {
        var text = LineBreaker.Break([new StyledSpan("Precision:", true), new StyledSpan("Targets cancer cells.", false)], 1000, 18, Measurer, false);
        var line = Assert.Single(text.Lines);
        Assert.Equal(2, line.Runs.Length);
        Assert.True(line.Runs[0].Bold);
        Assert.False(line.Runs[1].Bold);
        Assert.True(line.Runs[1].X > line.Runs[0].Width, "the regular run starts after the bold one and a space");
    }

    [Fact]
    public void Reports_a_word_too_wide_and_splits_it_only_when_asked()
    {
        var keep = LineBreaker.Break([new StyledSpan("Supercalifragilistic", false)], 50, 19, Measurer, false);
        Assert.True(keep.WordTooWide);
        Assert.Single(keep.Lines);
        var split = LineBreaker.Break([new StyledSpan("Supercalifragilistic", false)], 50, 19, Measurer, true);
        Assert.True(split.Lines.Length > 1);
        Assert.All(split.Lines, l => Assert.True(l.Width <= 50));
        Assert.Equal("Supercalifragilistic", string.Concat(split.Lines.SelectMany(l => l.Runs).Select(r => r.Text.TrimEnd('-'))));
    }

    [Fact]
    public void Bold_text_is_wider_than_regular()
    {
        Assert.True(Measurer.Width("Extraction", 20, true) > Measurer.Width("Extraction", 20, false));
    }
}
