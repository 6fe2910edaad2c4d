namespace Doctoury.Graphics.Localization;

/// <summary>
/// The CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules). A language's
/// rule maps a count to one of them; most languages use only <see cref="One"/> and <see cref="Other"/>.
/// </summary>
internal enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
