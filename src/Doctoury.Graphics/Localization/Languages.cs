using System.Collections.Frozen;
using Doctoury.Graphics.Localization.Languages;

namespace Doctoury.Graphics.Localization;

/// <summary>A spec's language resolved: the profile whose words the library writes, and whether the spec's language has its own.</summary>
/// <param name="Profile">The profile whose words are written.</param>
/// <param name="HasTable">False when the spec's language has no table and the generated words are English.</param>
internal sealed record ResolvedLanguage(LanguageProfile Profile, bool HasTable)
{
    /// <summary>The BCP 47 tag of the generated words: the spec's own tag, or "en" for the English fallback.</summary>
    public string GeneratedTag(string specTag) => HasTable ? specTag : English.Profile.Tag;
}

/// <summary>
/// The languages the generated text is written in, one file each under <c>Languages/</c>. A tag
/// is resolved by its primary subtag, then its region, then a <c>-u-nu-</c> numbering system.
/// A language with no table falls back to English, which the spec binder warns about (DG0026).
/// </summary>
internal static class LanguageTable
{
    /// <summary>Every language with a table. Adding a language: one file in <c>Languages/</c>, one line here, its tests.</summary>
    public static readonly IReadOnlyList<LanguageProfile> All =
    [
        Arabic.Profile,
        German.Profile,
        English.Profile,
        Spanish.Profile,
        French.Profile,
        Hebrew.Profile,
        Italian.Profile,
        Polish.Profile,
        Portuguese.Profile,
        Russian.Profile,
        Turkish.Profile,
    ];

    private static readonly FrozenDictionary<string, LanguageProfile> ByTag = All.ToFrozenDictionary(p => p.Tag, StringComparer.Ordinal);

    /// <summary>The tags with a table, sorted: "ar, de, en, …".</summary>
    public static string Tags => string.Join(", ", All.Select(p => p.Tag).Order(StringComparer.Ordinal));

    public static bool HasTable(string tag) => ByTag.ContainsKey(Primary(LanguageTag.Parse(tag)));

    public static ResolvedLanguage Resolve(string tag)
    {
        var parsed = LanguageTag.Parse(tag);
        var known = ByTag.TryGetValue(Primary(parsed), out var profile);
        profile ??= English.Profile;
        if (known && parsed.Region is { } region && profile.Region is { } regional) profile = regional(profile, region);
        if (parsed.Numbers is { } numbers && DigitShapes.FromName(numbers) is { } digits) profile = profile with { Digits = digits };
        return new ResolvedLanguage(profile, known);
    }

    // The IANA registry's deprecated codes that still appear in content: Hebrew's "iw".
    private static string Primary(LanguageTag tag) => tag.Language == "iw" ? "he" : tag.Language;

    /// <summary>
    /// Languages written right to left that have no table of ours (CLDR's character order
    /// right-to-left): Persian, Urdu, Pashto, Sorani Kurdish, Yiddish, Dhivehi, Sindhi, Uyghur,
    /// Syriac. Their pictures are still drawn right to left.
    /// </summary>
    private static readonly FrozenSet<string> RightToLeft = new[] { "fa", "ur", "ps", "ckb", "yi", "dv", "sd", "ug", "syr" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The direction of text in <paramref name="tag"/>'s language, or null when the tag does not
    /// say (a language we know nothing of): the caller then looks at the text itself.
    /// </summary>
    public static TextDirection? DirectionOf(string tag)
    {
        var resolved = Resolve(tag);
        if (resolved.HasTable) return resolved.Profile.Direction;
        return RightToLeft.Contains(LanguageTag.Parse(tag).Language) ? TextDirection.Rtl : null;
    }

    /// <summary>The profile whose words are written for <paramref name="tag"/>: its own, or English.</summary>
    public static LanguageProfile For(string tag) => Resolve(tag).Profile;
}
