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

    public static string Short(InfographicSpec spec)
    {
        if (spec.Alt?.Short is { } authored) return authored;
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
        return candidates.FirstOrDefault(c => c.Length <= Target)
            ?? candidates.FirstOrDefault(c => c.Length <= Maximum)
            ?? candidates[^1];
    }
}
