namespace Doctoury.Graphics.Spec;

/// <summary>Suggests the known names closest to a misspelt one (edit distance, then containment).</summary>
internal static class NearestNames
{
    public static IReadOnlyList<string> Find(string wanted, IEnumerable<string> known, int max = 3)
    {
        var lowered = wanted.ToLowerInvariant();
        var limit = Math.Max(1, lowered.Length / 3);
        return known
            .Select(name => (name, distance: Distance(lowered, name.ToLowerInvariant())))
            .Where(c => c.distance <= limit || (lowered.Length >= 3 && c.name.Contains(lowered, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.name, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.name)
            .ToList();
    }

    /// <summary>"did you mean 'a', 'b' or 'c'?", or null when nothing is close.</summary>
    public static string? DidYouMean(string wanted, IEnumerable<string> known)
    {
        var names = Find(wanted, known);
        if (names.Count == 0) return null;
        var quoted = names.Select(n => $"'{n}'").ToList();
        var list = quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
        return $"Did you mean {list}?";
    }

    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
