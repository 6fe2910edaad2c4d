using Doctoury.Graphics.Text;

namespace Doctoury.Graphics.Layout;

/// <summary>
/// Picks one font scale for a row of cards: the largest at which every word fits its line and
/// the tallest card stays under the preferred height. Failing that, the largest at which words
/// fit (the row grows taller). Failing that too, the smallest, with long words split.
/// </summary>
internal static class FontScale
{
    public static (double Scale, bool SplitLongWords) Choose(Func<double, TextBlocks, double> measureRow, ITextMeasurer measurer, double preferredHeight)
    {
        double? wordsFit = null;
        foreach (var scale in LayoutMetrics.Scales)
        {
            var probe = new TextBlocks(measurer, splitLongWords: false);
            var height = measureRow(scale, probe);
            if (probe.AnyWordTooWide) continue;
            if (height <= preferredHeight) return (scale, false);
            wordsFit ??= scale;
        }
        return wordsFit is { } fit ? (fit, false) : (LayoutMetrics.Scales[^1], true);
    }
}
