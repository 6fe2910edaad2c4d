using System.Globalization;
using Doctoury.Graphics.Spec;

namespace Doctoury.Graphics.Accessibility;

/// <summary>
/// The short alt: one sentence that says what the picture is, names the process, the number of
/// steps and, when it fits, the steps in order. At most 150 characters, aiming for 125
/// (shared/ACCESSIBILITY.md, checklist 17). An author's <c>alt.short</c> wins.
/// </summary>
internal static class AltTextWriter
{
    public const int Target = 125;
    public const int Maximum = 150;

    public static string Short(InfographicSpec spec) => spec.Alt?.Short ?? Candidates(spec, 0).First();

    /// <summary>
    /// The alt for an image whose long description follows it (the figure snippet): the short alt
    /// plus "Full description below.", still within 150 characters (WAI complex images, approach 2).
    /// </summary>
    public static string ForFigure(InfographicSpec spec)
    {
        var pointer = " " + Words.For(spec.Lang).DescribedBelow;
        if (spec.Alt?.Short is { } authored) return authored.Length + pointer.Length <= Maximum ? authored + pointer : authored;
        return Candidates(spec, pointer.Length).First() + pointer;
    }

    /// <summary>
    /// The first generated sentence that fits, best first. A long title is tried whole, then up to
    /// its first clause, then cut at a word with an ellipsis: the long description has it whole.
    /// </summary>
    private static IEnumerable<string> Candidates(InfographicSpec spec, int reserve)
    {
        var words = Words.For(spec.Lang);
        var steps = spec.Process.Steps.Select(s => s.Title).ToList();
        var count = string.Format(CultureInfo.InvariantCulture, words.InSteps, steps.Count);
        string[] Sentences(string title)
        {
            var head = $"{words.ProcessDiagram}: {title}, {count}";
            return
            [
                $"{head}: {words.List(steps)}.",
                $"{head} {string.Format(CultureInfo.InvariantCulture, words.FromTo, steps[0], steps[^1])}.",
                $"{head}.",
            ];
        }
        var titles = new[] { spec.Title, FirstClause(spec.Title) }.Distinct().ToList();
        foreach (var limit in new[] { Target, Maximum })
        {
            foreach (var sentence in titles.SelectMany(Sentences))
            {
                if (sentence.Length + reserve <= limit) return [sentence];
            }
        }
        var room = Maximum - reserve - Sentences("").Last().Length;
        return [Sentences(Cut(titles[^1], room)).Last()];
    }

    /// <summary>The title up to its first ':', ';' or ' – ', or the whole title.</summary>
    private static string FirstClause(string title)
    {
        var end = title.IndexOfAny([':', ';', '\u2013', '\u2014']);
        return end > 0 ? title[..end].TrimEnd() : title.TrimEnd('.');
    }

    /// <summary>Cut at the last space that leaves room for an ellipsis.</summary>
    private static string Cut(string text, int room)
    {
        if (text.Length <= room) return text;
        var space = text.LastIndexOf(' ', Math.Max(0, room - 1));
        return (space > 0 ? text[..space] : text[..Math.Max(1, room - 1)]).TrimEnd(',', ';', ':') + "\u2026";
    }
}
