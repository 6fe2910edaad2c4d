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

    /// <summary>The generated sentences that fit, best first; the last one always stands.</summary>
    private static IEnumerable<string> Candidates(InfographicSpec spec, int reserve)
    {
        var words = Words.For(spec.Lang);
        var steps = spec.Process.Steps.Select(s => s.Title).ToList();
        var count = string.Format(CultureInfo.InvariantCulture, words.InSteps, steps.Count);
        var head = $"{words.ProcessDiagram}: {spec.Title}, {count}";
        string[] candidates =
        [
            $"{head}: {words.List(steps)}.",
            $"{head} {string.Format(CultureInfo.InvariantCulture, words.FromTo, steps[0], steps[^1])}.",
            $"{head}.",
        ];
        return [candidates.FirstOrDefault(c => c.Length + reserve <= Target)
            ?? candidates.FirstOrDefault(c => c.Length + reserve <= Maximum)
            ?? candidates[^1]];
    }
}
