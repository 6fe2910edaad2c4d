using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Layout;

/// <summary>
/// Picks one font scale for a row of cards: the largest at which every word fits its line and
/// the tallest card stays under the preferred height. Failing that, the floor: the row grows
/// taller, and a word is split only when it is wider than its line even at the floor.
/// </summary>
internal static class FontScale
{
    public static (double Scale, bool SplitLongWords) Choose(Func<double, TextBlocks, double> measureRow, ITextMeasurer measurer, double preferredHeight)
    {
        foreach (var scale in LayoutMetrics.Scales)
        {
            var probe = new TextBlocks(measurer, splitLongWords: false);
            if (measureRow(scale, probe) <= preferredHeight && !probe.AnyWordTooWide) return (scale, false);
        }
        // Still too tall: stay at the floor and let the row grow; split words only if one is wider than its line even there.
        var floor = new TextBlocks(measurer, splitLongWords: false);
        measureRow(LayoutMetrics.Scales[^1], floor);
        return (LayoutMetrics.Scales[^1], floor.AnyWordTooWide);
    }
}
