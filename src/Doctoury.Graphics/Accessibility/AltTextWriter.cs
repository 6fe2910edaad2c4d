using Doctoury.Graphics.Text;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Spec;

namespace Doctoury.Graphics.Accessibility;

/// <summary>
/// The short alt: one sentence that says what the picture is, names the process, the number of
/// steps and, when it fits, the steps in order, in the spec's language. At most 150 characters,
/// aiming for 125 (shared/ACCESSIBILITY.md, checklist 17). An author's <c>alt.short</c> wins.
/// </summary>
internal static class AltTextWriter
{
    public const int Target = 125;
    public const int Maximum = 150;

    public static string Short(InfographicSpec spec) => spec.Alt?.Short ?? Candidates(spec, 0).First();

    /// <summary>
    /// The alt for an image whose long description follows it (the figure snippet): the short alt
    /// plus "Full description below.", still within 150 characters (WAI complex images, approach 2).
    /// An author's alt in a language with no words of ours gets no English sentence appended: an
    /// attribute has one language, and the figure's caption, which follows, says it instead.
    /// </summary>
    public static string ForFigure(InfographicSpec spec)
    {
        var language = LanguageTable.Resolve(spec.Lang);
        var pointer = " " + language.Profile.Words.DescribedBelow;
        if (spec.Alt?.Short is { } authored)
        {
            return language.HasTable && Graphemes.Count(authored) + Graphemes.Count(pointer) <= Maximum ? authored + pointer : authored;
        }
        return Candidates(spec, Graphemes.Count(pointer)).First() + pointer;
    }

    /// <summary>
    /// The first generated sentence that fits, best first. A long title is tried whole, then up to
    /// its first clause, then cut at a word with an ellipsis: the long description has it whole.
    /// </summary>
    private static IEnumerable<string> Candidates(InfographicSpec spec, int reserve)
    {
        var language = LanguageTable.For(spec.Lang);
        var words = language.Words;
        var steps = spec.Process.Steps.Select(s => s.Title).ToList();
        string[] Sentences(string title) =>
        [
            language.Say(words.AltList, steps.Count, ("title", title), ("steps", language.ListOf(steps))),
            language.Say(words.AltFromTo, steps.Count, ("title", title), ("first", steps[0]), ("last", steps[^1])),
            language.Say(words.AltCount, steps.Count, ("title", title)),
        ];
        var titles = new[] { spec.Title, FirstClause(spec.Title) }.Distinct().ToList();
        foreach (var limit in new[] { Target, Maximum })
        {
            foreach (var sentence in titles.SelectMany(Sentences))
            {
                if (Graphemes.Count(sentence) + reserve <= limit) return [sentence];
            }
        }
        var room = Maximum - reserve - Graphemes.Count(Sentences("").Last());
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
