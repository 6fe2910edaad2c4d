using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>
/// Hebrew (CLDR "he"), right to left, Western digits. Step titles stand after a noun ("בשלב „…”"),
/// so no prefix letter is joined to an author's word. "iw", the withdrawn code, means the same.
/// </summary>
internal static class Hebrew
{
    public static readonly LanguageProfile Profile = new(
        Tag: "he",
        Name: "Hebrew",
        Direction: TextDirection.Rtl,
        Digits: Digits.Latn,
        FontChain: FontChain.Prefer(FontFamily.Latin, FontFamily.Hebrew),
        // one: i = 1 and v = 0, or i = 0 and v != 0; two: i = 2 and v = 0 (CLDR 42 and later: no "many")
        Plural: n => n switch { 1 => PluralCategory.One, 2 => PluralCategory.Two, _ => PluralCategory.Other },
        // "ו" is joined to a Hebrew word and takes a hyphen before anything else ("ו-CAR-T"), as ICU does.
        List: new ListPattern("{0}, {1}", "{0} ו{1}") { Before = (pattern, next) => StartsHebrew(next) ? pattern : pattern.Replace("ו{1}", "ו-{1}", StringComparison.Ordinal) },
        Words: new Words(
            AltList: new("תרשים תהליך: {title}, {n} שלבים: {steps}.") { One = "תרשים תהליך: {title}, שלב אחד: {steps}.", Two = "תרשים תהליך: {title}, שני שלבים: {steps}." },
            AltFromTo: new("תרשים תהליך: {title}, {n} שלבים, מהשלב „{first}” ועד השלב „{last}”.") { One = "תרשים תהליך: {title}, שלב אחד: „{first}”.", Two = "תרשים תהליך: {title}, שני שלבים, מהשלב „{first}” ועד השלב „{last}”." },
            AltCount: new("תרשים תהליך: {title}, {n} שלבים.") { One = "תרשים תהליך: {title}, שלב אחד.", Two = "תרשים תהליך: {title}, שני שלבים." },
            Overview: new("התרשים מציג את התהליך „{title}” ב־{n} שלבים ממוספרים, לפי הסדר.") { One = "התרשים מציג את התהליך „{title}” בשלב אחד.", Two = "התרשים מציג את התהליך „{title}” בשני שלבים ממוספרים, לפי הסדר." },
            StartsEnds: "התהליך מתחיל בשלב „{first}” ומסתיים בשלב „{last}”.",
            PanelsList: new("מתחת לשלבים יש {n} מסגרות מידע: {panels}.") { One = "מתחת לשלבים יש מסגרת מידע אחת: {panels}.", Two = "מתחת לשלבים יש שתי מסגרות מידע: {panels}." },
            StepOf: "שלב {n} מתוך {total}",
            Colon: ": ",
            Duration: "משך",
            FullDescription: "תיאור מלא",
            DescribedBelow: "תיאור מלא בהמשך."));

    // ICU's rule: any first character outside the Hebrew script takes the hyphen.
    private static bool StartsHebrew(string word) =>
        word.Length > 0 && word[0] is (>= '\u0590' and <= '\u05FF') or (>= '\uFB1D' and <= '\uFB4F');
}
