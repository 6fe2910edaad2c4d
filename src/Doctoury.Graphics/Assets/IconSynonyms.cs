namespace Doctoury.Graphics.Assets;

/// <summary>
/// Words authors type that Health Icons' titles and tags say differently: "clock" is "time" there,
/// "recovery" is "rehabilitation". A query word with no match of its own is tried as these, so the
/// search answers in the author's words. Every alternative is a word the published metadata uses.
/// </summary>
internal static class IconSynonyms
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        ["clock"] = ["time", "timer"],
        ["hour"] = ["time", "timer"],
        ["hours"] = ["time", "timer"],
        ["waiting"] = ["time", "timer"],
        ["recovery"] = ["rehabilitation", "rehab", "physiotherapy"],
        ["recover"] = ["rehabilitation", "rehab", "physiotherapy"],
        ["fasting"] = ["diet", "nutrition"],
        ["operation"] = ["surgery"],
        ["anaesthesia"] = ["surgery"],
        ["anesthesia"] = ["surgery"],
        ["results"] = ["result", "laboratory"],
    };

    /// <summary>The words to try for <paramref name="word"/> when it matches nothing itself.</summary>
    public static IReadOnlyList<string> For(string word) => Table.GetValueOrDefault(word) ?? [];

    /// <summary>
    /// The authors' words that stand for one of an icon's words, matched as <see cref="IconSearch.Find"/>
    /// matches: whole or as a start from three letters among <paramref name="words"/> (name, title, tags),
    /// whole among <paramref name="wholeWords"/> (category, borrowed). "clock" for an icon tagged "timer".
    /// </summary>
    public static IEnumerable<string> Answering(IReadOnlyCollection<string> words, IReadOnlyCollection<string> wholeWords) =>
        Table.Where(entry => entry.Value.Any(alternative => words.Contains(alternative) || wholeWords.Contains(alternative) ||
            alternative.Length >= 3 && words.Any(w => w.StartsWith(alternative, StringComparison.Ordinal)))).Select(entry => entry.Key);
}
