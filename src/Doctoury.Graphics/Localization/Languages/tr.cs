using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>
/// Turkish (CLDR "tr"). A noun after a number stays singular ("4 adım"), and no suffix is ever
/// joined to an author's title (its vowel harmony is unknown): titles stand before a postposition
/// ("… ile başlar") or a noun that takes the suffix ("… sürecini").
/// </summary>
internal static class Turkish
{
    public static readonly LanguageProfile Profile = new(
        Tag: "tr",
        Name: "Turkish",
        Direction: TextDirection.Ltr,
        Digits: Digits.Latn,
        FontChain: FontChain.Default,
        // one: n = 1
        Plural: n => n == 1 ? PluralCategory.One : PluralCategory.Other,
        List: new ListPattern("{0}, {1}", "{0} ve {1}"),
        Words: new Words(
            AltList: "Süreç şeması: {title}, {n} adım: {steps}.",
            AltFromTo: "Süreç şeması: {title}, {n} adım; ilk adım {first}, son adım {last}.",
            AltCount: "Süreç şeması: {title}, {n} adım.",
            Overview: "Bu şema, {title} sürecini sırayla okunan {n} numaralı adımda gösterir.",
            StartsEnds: "Süreç {first} ile başlar ve {last} ile biter.",
            PanelsList: "Adımların altında {n} kutu var: {panels}.",
            StepOf: "Adım {n} (toplam {total})",
            Colon: ": ",
            Duration: "Süre",
            FullDescription: "Ayrıntılı açıklama",
            DescribedBelow: "Ayrıntılı açıklama aşağıda."));
}
