namespace Doctoury.Graphics.Localization;

/// <summary>
/// A CLDR "standard" list pattern (UTS #35 part 2, List Patterns): <see cref="Two"/> joins two
/// items; longer lists take <see cref="Start"/> for the first pair, <see cref="Middle"/> between
/// and <see cref="End"/> for the last pair. Each pattern holds <c>{0}</c> and <c>{1}</c>.
/// </summary>
internal sealed record ListPattern(string Two, string Start, string Middle, string End)
{
    /// <summary>
    /// Where the joining word depends on the item after it, as ICU does for Spanish ("y" becomes
    /// "e" before an /i/ sound) and Hebrew ("ו" takes a hyphen before a non-Hebrew letter):
    /// (pattern, following item) → pattern.
    /// </summary>
    public Func<string, string, string>? Before { get; init; }

    /// <summary>One pattern for every position: "A, B, C" style lists with one joining word.</summary>
    public ListPattern(string middle, string end) : this(end, middle, middle, end)
    {
    }

    public string Format(IReadOnlyList<string> items)
    {
        if (items.Count == 0) return "";
        if (items.Count == 1) return items[0];
        if (items.Count == 2) return Join(Two, items[0], items[1]);
        // CLDR composes from the end: end(n-2, n-1), then middle(i, rest), then start(0, rest).
        var rest = Join(End, items[^2], items[^1]);
        for (var i = items.Count - 3; i >= 1; i--) rest = Join(Middle, items[i], rest);
        return Join(Start, items[0], rest);
    }

    private string Join(string pattern, string first, string second)
    {
        var chosen = Before?.Invoke(pattern, second) ?? pattern;
        return Message.Fill(chosen, ("0", first), ("1", second));
    }
}
