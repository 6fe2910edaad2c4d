using System.Collections.Immutable;
using System.Text.Json;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// Finds bundled icons by meaning, not by substring: a word matches the words of an icon's name
/// and the title, category and tags Health Icons publishes for it, so "house" finds "home" and
/// "iv" finds "intravenous-bag", while "iv" no longer matches every "-negative" variant.
/// </summary>
internal sealed class IconSearch
{
    private static readonly Lazy<IconSearch> Lazy = new(Load);

    /// <summary>An icon's published description; <see cref="Name"/> is its bundled name.</summary>
    internal sealed record Entry(string Name, string Title, string Category, ImmutableArray<string> Tags);

    private readonly Dictionary<string, Entry> _entries;

    // Each base name with the words of its name, title, tags and category, split once; a name Health
    // Icons does not describe borrows the words of the described icons whose name starts like its own
    // ("intravenous-drip" those of "intravenous-bag"), at a lower score.
    private readonly (string Name, List<string> Name_, List<string> Title, List<string> Tags, List<string> Category, List<string> Borrowed)[] _index;

    private readonly Dictionary<string, int> _byName;

    private IconSearch(IEnumerable<Entry> entries)
    {
        // A few icons are listed twice, under two categories: keep one entry with every tag.
        _entries = entries.GroupBy(e => e.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First() with { Tags = [.. g.SelectMany(e => e.Tags).Distinct()] }, StringComparer.Ordinal);
        var families = _entries.Values.Where(e => Words(e.Name) is [{ Length: >= 4 }, ..]).ToLookup(e => Words(e.Name)[0], StringComparer.Ordinal);
        _index = [.. IconLibrary.Default.Names.Where(n => !IsVariant(n)).Select(n => _entries.GetValueOrDefault(n) is { } e
            ? (n, Words(n), Words(e.Title), e.Tags.SelectMany(Words).ToList(), Words(e.Category), new List<string>())
            : (n, Words(n), new List<string>(), new List<string>(), new List<string>(),
                Words(n) is [var first, ..] ? families[first].SelectMany(f => f.Tags.Append(f.Title)).SelectMany(Words).Distinct().ToList() : new List<string>()))];
        _byName = _index.Select((icon, i) => (icon.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    public static IconSearch Default => Lazy.Value;

    /// <summary>
    /// The words <see cref="Find"/> matches for <paramref name="name"/>: a query word matches one of
    /// <c>Words</c> (name, title, tags) whole or, from three letters, as its start, and one of
    /// <c>WholeWords</c> (category, words borrowed from the family) only whole. A variant
    /// ("home-outline") has its own name's words and those of the icon it varies (its <c>Base</c>).
    /// </summary>
    public (string Base, IReadOnlyList<string> Words, IReadOnlyList<string> WholeWords) WordsOf(string name)
    {
        var base_ = name;
        while (!_byName.ContainsKey(base_) && base_.LastIndexOf('-') is > 0 and var dash) base_ = base_[..dash];
        if (!_byName.TryGetValue(base_, out var i)) return (name, Words(name), []);
        var icon = _index[i];
        var words = Words(name).Concat(icon.Name_).Concat(icon.Title).Concat(icon.Tags).Distinct().ToList();
        // The authors' words that mean one of these ("clock" for "timer"), so a page's search finds what Find finds.
        var synonyms = IconSynonyms.Answering(words, icon.Category.Concat(icon.Borrowed).ToList());
        return (base_, words, icon.Category.Concat(icon.Borrowed).Concat(synonyms).Except(words).Distinct().ToList());
    }

    /// <summary>The description of a bundled name, or null for names Health Icons does not describe (variants such as "-outline").</summary>
    public Entry? Describe(string name) => _entries.GetValueOrDefault(name);

    /// <summary>
    /// Base icons (no "-outline", "-negative" or size variants) that match <paramref name="query"/>, best
    /// first: a whole word of the name, then of the title, a tag, the category, and last the start of a
    /// word (three letters or more).
    /// </summary>
    public IReadOnlyList<string> Find(string query, int max = int.MaxValue)
    {
        var words = Words(query);
        if (words.Count == 0) return [];
        var scored = new List<(string Name, int Score)>();
        foreach (var icon in _index)
        {
            var scores = words.Select(word => WordScore(word, icon) is var score && score > 0 ? score
                // A word the metadata never uses is tried in the metadata's own words, a little lower.
                : IconSynonyms.For(word).Select(other => WordScore(other, icon)).DefaultIfEmpty(0).Max() * 9 / 10).ToList();
            if (scores.All(score => score > 0)) scored.Add((icon.Name, scores.Sum()));
        }
        return [.. scored.OrderByDescending(p => p.Score).ThenBy(p => p.Name.Length).ThenBy(p => p.Name, StringComparer.Ordinal).Take(max).Select(p => p.Name)];
    }

    private static int WordScore(string word, (string Name, List<string> Name_, List<string> Title, List<string> Tags, List<string> Category, List<string> Borrowed) icon) =>
        Score(word, icon.Name_, icon.Title, icon.Tags, icon.Category) is var score && score > 0 ? score : icon.Borrowed.Contains(word) ? 40 : 0;

    private static int Score(string word, List<string> name, List<string> title, List<string> tags, List<string> category)
    {
        if (name.Contains(word)) return 100;
        if (title.Contains(word)) return 70;
        if (tags.Contains(word)) return 60;
        if (category.Contains(word)) return 30;
        if (word.Length < 3) return 0;
        if (name.Any(w => w.StartsWith(word, StringComparison.Ordinal))) return 20;
        if (title.Concat(tags).Any(w => w.StartsWith(word, StringComparison.Ordinal))) return 10;
        return 0;
    }

    /// <summary>"-outline", "-negative", "-24px", "2x" and the like: the same picture drawn another way.</summary>
    private static bool IsVariant(string name) =>
        name.EndsWith("-outline", StringComparison.Ordinal) || name.EndsWith("-negative", StringComparison.Ordinal) ||
        name.EndsWith("px", StringComparison.Ordinal) || name.Contains("2x", StringComparison.Ordinal);

    private static List<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', '-', '_', '/', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries)];

    private static IconSearch Load()
    {
        using var stream = typeof(IconSearch).Assembly.GetManifestResourceStream("Doctoury.Graphics.Icons.healthicons-meta.json")
            ?? throw new InvalidOperationException("The bundled icon descriptions are missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        var entries = document.RootElement.EnumerateArray().Select(e => new Entry(
            e.GetProperty("name").GetString()!,
            e.GetProperty("title").GetString() ?? "",
            e.GetProperty("category").GetString() ?? "",
            [.. e.GetProperty("tags").EnumerateArray().Select(t => t.GetString() ?? "")]));
        return new IconSearch(entries.ToList());
    }
}
