using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Rendering.Svg;
using Doctoury.Graphics.Themes;

namespace Doctoury.Graphics;

/// <summary>What ships inside the library: icon names a spec may use, and the built-in themes.</summary>
public static class Bundled
{
    /// <summary>Every bundled Health Icons name and alias, sorted.</summary>
    public static IReadOnlyList<string> IconNames => IconLibrary.Default.Names;

    /// <summary>
    /// Bundled icons whose name, or whose Health Icons title, tags or category, hold every word of
    /// <paramref name="query"/>, best first: <c>house</c> finds <c>home</c>, <c>iv</c> finds
    /// <c>intravenous-bag</c>. Only base icons; their <c>-outline</c> and <c>-negative</c> variants
    /// are in <see cref="IconNames"/>.
    /// </summary>
    /// <param name="query">One or more words, for example <c>blood test</c>.</param>
    /// <returns>Each match's name and its published title (empty when it has none).</returns>
    public static IReadOnlyList<(string Name, string Title)> FindIcons(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. IconSearch.Default.Find(query).Select(n => (n, IconSearch.Default.Describe(n)?.Title ?? ""))];
    }

    /// <summary>
    /// Every bundled icon, aliases aside (see <see cref="BundledIcon.Aliases"/>), sorted by name, with its
    /// published title, category and the words <see cref="FindIcons"/> matches: enough to build a
    /// catalogue or a picker that searches the same way.
    /// </summary>
    public static IReadOnlyList<BundledIcon> Icons => IconCatalogue.Value;

    /// <summary>
    /// A bundled icon (a name or an alias) as a standalone SVG document drawn in <c>currentColor</c>,
    /// written from the icon's parsed shapes like every SVG this library writes.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a bundled icon.</exception>
    public static string IconSvg(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IconLibrary.Default.Contains(name)) throw new ArgumentException($"'{name}' is not a bundled icon; Bundled.IconNames lists them.", nameof(name));
        return IconMarkup.Write(IconLibrary.Default.Get(name));
    }

    private static readonly Lazy<IReadOnlyList<BundledIcon>> IconCatalogue = new(() =>
    [
        .. IconLibrary.Default.IconNames.Select(name =>
        {
            var (baseName, words, wholeWords) = IconSearch.Default.WordsOf(name);
            var entry = IconSearch.Default.Describe(name) ?? IconSearch.Default.Describe(baseName);
            return new BundledIcon(name, entry?.Title ?? "", entry?.Category ?? "", IconLibrary.Default.AliasesOf(name), words, wholeWords);
        }),
    ]);

    /// <summary>The built-in theme names; the first is the default.</summary>
    public static IReadOnlyList<string> ThemeNames => BuiltInThemes.Names;

    /// <summary>The JSON Schema (draft 2020-12) of spec format version 1.</summary>
    public static string Schema => SchemaText.Value;

    private static readonly Lazy<string> SchemaText = new(() =>
    {
        using var stream = typeof(Bundled).Assembly.GetManifestResourceStream("Doctoury.Graphics.infographic.schema.json")
            ?? throw new InvalidOperationException("The schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
