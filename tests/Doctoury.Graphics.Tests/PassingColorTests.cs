using Doctoury.Graphics.Audit;

namespace Doctoury.Graphics.Tests;

/// <summary>
/// The nearest shade that passes: the same OKLCH hue, only lightness moved, meeting every threshold
/// with the margin, and no nearer shade meeting them; or an honest "none" when no lightness can.
/// </summary>
public sealed class PassingColorTests
{
    private static double Hue(string hex) => PassingColor.ToOklch(hex).H;

    private static double HueDifference(double a, double b) => Math.Abs((a - b + 540) % 360 - 180);

    /// <summary>
    /// Within 2 degrees for a colour with some chroma. A near-grey's hue angle moves more under 8-bit
    /// rounding alone (#B8BEC4 has chroma 0.012: one step in one channel turns it by degrees), so there
    /// the measure is the perceptual hue difference ΔH = 2·√(C₁C₂)·sin(Δh/2), held far below what an eye sees.
    /// </summary>
    private static bool HueKept(string from, string to)
    {
        var (a, b) = (PassingColor.ToOklch(from), PassingColor.ToOklch(to));
        var dh = HueDifference(a.H, b.H);
        return a.C >= 0.03 ? dh <= 2 : 2 * Math.Sqrt(a.C * b.C) * Math.Sin(dh * Math.PI / 360) <= 0.002;
    }

    [Theory]
    [InlineData("#0B6B74")]
    [InlineData("#B8BEC4")]
    [InlineData("#F2D35C")]
    [InlineData("#000000")]
    [InlineData("#FFFFFF")]
    [InlineData("#A23C72")]
    public void OKLCH_round_trips_every_8_bit_colour_it_is_given(string hex)
    {
        var (l, c, h) = PassingColor.ToOklch(hex);
        Assert.Equal(hex, PassingColor.FromOklch(l, c, h));
    }

    [Theory]
    // colour, drawn on, threshold
    [InlineData("#B8BEC4", "#E6F4F5,#E8F0FA,#FFFFFF", 4.5)] // pale grey text on the step tints and white
    [InlineData("#F2D35C", "#FBF6E2,#FFFFFF", 3.0)]         // pale yellow band and badge
    [InlineData("#1D5FA8", "#0E1620", 4.5)]                 // a light theme's blue on the dark page: lighter
    [InlineData("#A23C72", "#F8EAF1,#FFFFFF", 7.0)]         // AAA
    [InlineData("#6FD0D6", "#FFFFFF", 4.5)]                 // a dark theme's teal on white
    public void The_suggestion_passes_everywhere_keeps_its_hue_and_is_the_nearest_that_does(string color, string behind, double needed)
    {
        var needs = behind.Split(',').Select(b => new ContrastNeed(b, needed)).ToList();
        var shade = PassingColor.Nearest(color, needs);

        var suggestion = Assert.IsType<string>(shade.Color);
        Assert.All(needs, n => Assert.True(Contrast.Ratio(suggestion, n.Other) >= needed + PassingColor.Margin, $"{suggestion} on {n.Other}: {Contrast.Ratio(suggestion, n.Other)}"));
        Assert.True(HueKept(color, suggestion), $"hue {Hue(color):0.0} became {Hue(suggestion):0.0}");
        Assert.Equal(shade.Ratio, needs.Min(n => Contrast.Ratio(suggestion, n.Other)), 6);

        // A shade a little nearer in lightness, the same way, does not pass.
        var (l0, c0, h0) = PassingColor.ToOklch(color);
        var l = PassingColor.ToOklch(suggestion).L;
        var nearer = PassingColor.FromOklch(l + Math.Sign(l0 - l) * 0.006, c0, h0);
        Assert.NotEqual(suggestion, nearer);
        Assert.True(needs.Any(n => Contrast.Ratio(nearer, n.Other) < needed + PassingColor.Margin), $"{nearer} is nearer and passes too");
    }

    [Fact]
    public void Dark_colours_on_dark_get_lighter_and_light_on_light_get_darker()
    {
        Assert.False(PassingColor.Nearest("#1D5FA8", [new("#0E1620", 4.5)]).Darker);
        Assert.True(PassingColor.Nearest("#B8BEC4", [new("#FFFFFF", 4.5)]).Darker);
    }

    [Theory]
    [InlineData("#000000", "#000000", false)] // pure black on black: only lighter helps
    [InlineData("#FFFFFF", "#FFFFFF", true)]  // pure white on white: only darker
    [InlineData("#777777", "#FFFFFF", true)]  // a grey a hair too light: barely darker
    public void Black_white_and_grey_have_no_hue_to_keep_and_still_move_the_right_way(string color, string behind, bool darker)
    {
        var shade = PassingColor.Nearest(color, [new(behind, 4.5)]);
        var suggestion = Assert.IsType<string>(shade.Color);
        Assert.Equal(darker, shade.Darker);
        Assert.True(Contrast.Ratio(suggestion, behind) >= 4.55);
        Assert.True(PassingColor.ToOklch(suggestion).C < 0.001, $"{suggestion} is a grey"); // no colour appears from nowhere
    }

    [Fact]
    public void The_grey_nearest_white_at_AA_is_one_step_darker_than_the_one_that_fails()
    {
        // #767676 is the lightest grey that passes 4.5:1 on white; with the 0.05 margin it is #757575.
        Assert.Equal("#757575", PassingColor.Nearest("#777777", [new("#FFFFFF", 4.5)]).Color);
    }

    [Fact]
    public void When_no_lightness_of_the_hue_reaches_the_threshold_it_says_so_and_names_the_closest()
    {
        // A mid-grey fill: black reaches only 4.68:1 on it, white 4.48:1, so nothing reaches 7:1.
        var shade = PassingColor.Nearest("#888888", [new("#777777", 7.0)]);
        Assert.Null(shade.Color);
        Assert.Equal("#000000", shade.Best);
        Assert.InRange(shade.Ratio, 4.6, 4.7);
        Assert.Equal("#777777", shade.Against);
    }

    [Fact]
    public void Needs_that_pull_both_ways_can_be_impossible_together()
    {
        // On white it must go dark; on near-black it must go light: 7:1 on both is out of reach.
        var shade = PassingColor.Nearest("#0B6B74", [new("#FFFFFF", 7.0), new("#111111", 7.0)]);
        Assert.Null(shade.Color);
    }
}
