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

    public string Format(IReadOnlyList<string> items) => Format(items, items);

    /// <summary>
    /// The list of <paramref name="shown"/> (stand-ins, such as markers to split on later), with the
    /// joining words chosen for the real <paramref name="items"/>, so "ו" and "y" still see the word after them.
    /// </summary>
    public string Format(IReadOnlyList<string> items, IReadOnlyList<string> shown)
    {
        if (items.Count == 0) return "";
        if (items.Count == 1) return shown[0];
        if (items.Count == 2) return Join(Two, shown[0], shown[1], items[1]);
        // CLDR composes from the end: end(n-2, n-1), then middle(i, rest), then start(0, rest).
        var rest = Join(End, shown[^2], shown[^1], items[^1]);
        for (var i = items.Count - 3; i >= 1; i--) rest = Join(Middle, shown[i], rest, items[i + 1]);
        return Join(Start, shown[0], rest, items[1]);
    }

    private string Join(string pattern, string first, string second, string following)
    {
        var chosen = Before?.Invoke(pattern, following) ?? pattern;
        return Message.Fill(chosen, ("0", first), ("1", second));
    }
}
