using System.Text.RegularExpressions;

namespace Doctoury.Graphics.Accessibility;

/// <summary>
/// Flesch-Kincaid grade level of English text (shared/ACCESSIBILITY.md §6):
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59. Syllables are counted by the
/// usual vowel-group rule, which is within one syllable for nearly all common words.
/// </summary>
internal static partial class Readability
{
    public static double Grade(string text)
    {
        var sentences = Math.Max(1, SentenceEnd().Matches(text.TrimEnd() + (text.TrimEnd().EndsWith('.') ? "" : ".")).Count);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0) return 0;
        var syllables = words.Sum(Syllables);
        return 0.39 * words.Count / sentences + 11.8 * syllables / words.Count - 15.59;
    }

    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3) return 1;
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal)) w = w[..^1];
        if (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) w = w[..^2];
        return Math.Max(1, VowelGroup().Matches(w).Count);
    }

    [GeneratedRegex(@"[.!?]+(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z]+(?:'[a-z]+)?")]
    private static partial Regex Word();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
