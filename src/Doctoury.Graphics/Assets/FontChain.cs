using System.Collections.Immutable;
using Doctoury.Graphics.Localization;

namespace Doctoury.Graphics.Assets;

/// <summary>
/// The bundled families in the order a picture's text tries them: each grapheme cluster takes the
/// first family that has all its characters, as a browser does with a CSS font-family list, and
/// the SVG lists them in this order. Every chain holds every family, so what can be drawn never
/// depends on the language; only which face draws a character shared by several does. A language
/// names the families it prefers (<see cref="LanguageProfile.FontChain"/>): Atkinson Hyperlegible
/// first for most, Noto Sans first for Vietnamese and Greek, whose words would otherwise mix faces.
/// </summary>
internal sealed record FontChain
{
    private static readonly ImmutableArray<FontFamily> All = [FontFamily.Latin, FontFamily.NotoSans, FontFamily.Arabic, FontFamily.Hebrew];

    private FontChain(ImmutableArray<FontFamily> families)
    {
        Families = families;
        Key = string.Join(",", families);
        _hash = Key.GetHashCode(StringComparison.Ordinal);
    }

    // Chains key the shaping caches, looked up for every word the layout measures: hash once.
    private readonly int _hash;

    /// <summary>Atkinson Hyperlegible for Latin, digits and punctuation; Noto for the rest.</summary>
    public static readonly FontChain Default = Prefer(FontFamily.Latin);

    /// <summary>Noto Sans first, then the others: one face for every letter of Vietnamese and Greek text.</summary>
    public static readonly FontChain NotoFirst = Prefer(FontFamily.NotoSans);

    public ImmutableArray<FontFamily> Families { get; }

    /// <summary>The order as text ("Latin,NotoSans,Arabic,Hebrew"): what caches key on.</summary>
    public string Key { get; }

    /// <summary><paramref name="first"/> in that order, then every other family.</summary>
    public static FontChain Prefer(params FontFamily[] first) => new([.. first, .. All.Except(first)]);

    /// <summary>
    /// The chain for a spec's <c>lang</c>: its language table's, or for a language with none, Noto
    /// Sans first where Atkinson lacks letters the language needs (Vietnamese, Greek).
    /// </summary>
    public static FontChain For(string lang)
    {
        var resolved = LanguageTable.Resolve(lang);
        if (resolved.HasTable) return resolved.Profile.FontChain;
        return LanguageTag.Parse(lang).Language is "vi" or "el" ? NotoFirst : Default;
    }

    public bool Equals(FontChain? other) => ReferenceEquals(this, other) || (other is not null && _hash == other._hash && Key == other.Key);

    public override int GetHashCode() => _hash;
}
