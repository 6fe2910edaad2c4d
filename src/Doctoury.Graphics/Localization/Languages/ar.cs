using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>
/// Arabic (CLDR "ar"), right to left. The counted noun follows Arabic number agreement: the dual
/// alone for two ("خطوتان"), the plural for 3–10 ("٣ خطوات"), the accusative singular for 11–99
/// ("١١ خطوةً"), the singular for 100 and up. Step titles stand after a noun ("بخطوة «…»"), so no
/// prefix is joined to an author's word.
/// Digits: CLDR 48 gives plain "ar" Western digits (latn) and the regions below Arabic-Indic
/// digits (arab); older CLDR (ICU 72 and before) gave plain "ar" arab. "-u-nu-" overrides both.
/// </summary>
internal static class Arabic
{
    // CLDR 48 regions of Arabic whose default numbering system is arab (checked with ICU 78.2's Intl.NumberFormat).
    private static readonly HashSet<string> ArabDigits =
        [.. "BH DJ EG ER IL IQ JO KM KW LB MR OM PS QA SA SD SO SS SY TD YE".Split(' ')];

    // Zero and 100 and up take the singular, as "other" does; the rule still names zero.
    private static Plural Counted(string other, string one, string two, string few, string many) =>
        new(other) { Zero = other, One = one, Two = two, Few = few, Many = many };

    public static readonly LanguageProfile Profile = new(
        Tag: "ar",
        Name: "Arabic",
        Direction: TextDirection.Rtl,
        Digits: Digits.Latn,
        FontChain: FontChain.Prefer(FontFamily.Latin, FontFamily.Arabic),
        // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99
        Plural: n => n switch
        {
            0 => PluralCategory.Zero,
            1 => PluralCategory.One,
            2 => PluralCategory.Two,
            _ when n % 100 is >= 3 and <= 10 => PluralCategory.Few,
            _ when n % 100 is >= 11 and <= 99 => PluralCategory.Many,
            _ => PluralCategory.Other,
        },
        // The conjunction is joined to the word after it, and repeated: "أ وب وج".
        List: new ListPattern("{0} و{1}", "{0} و{1}"),
        Words: new Words(
            AltList: Counted(
                other: "مخطط عملية: {title}، {n} خطوة: {steps}.",
                one: "مخطط عملية: {title}، خطوة واحدة: {steps}.",
                two: "مخطط عملية: {title}، خطوتان: {steps}.",
                few: "مخطط عملية: {title}، {n} خطوات: {steps}.",
                many: "مخطط عملية: {title}، {n} خطوةً: {steps}."),
            AltFromTo: Counted(
                other: "مخطط عملية: {title}، {n} خطوة، من «{first}» إلى «{last}».",
                one: "مخطط عملية: {title}، خطوة واحدة: «{first}».",
                two: "مخطط عملية: {title}، خطوتان، من «{first}» إلى «{last}».",
                few: "مخطط عملية: {title}، {n} خطوات، من «{first}» إلى «{last}».",
                many: "مخطط عملية: {title}، {n} خطوةً، من «{first}» إلى «{last}»."),
            AltCount: Counted(
                other: "مخطط عملية: {title}، {n} خطوة.",
                one: "مخطط عملية: {title}، خطوة واحدة.",
                two: "مخطط عملية: {title}، خطوتان.",
                few: "مخطط عملية: {title}، {n} خطوات.",
                many: "مخطط عملية: {title}، {n} خطوةً."),
            Overview: Counted(
                other: "يعرض هذا المخطط «{title}» في {n} خطوة مرقّمة، بالترتيب.",
                one: "يعرض هذا المخطط «{title}» في خطوة واحدة.",
                two: "يعرض هذا المخطط «{title}» في خطوتين مرقّمتين، بالترتيب.",
                few: "يعرض هذا المخطط «{title}» في {n} خطوات مرقّمة، بالترتيب.",
                many: "يعرض هذا المخطط «{title}» في {n} خطوة مرقّمة، بالترتيب."),
            StartsEnds: "تبدأ العملية بخطوة «{first}» وتنتهي بخطوة «{last}».",
            PanelsList: Counted(
                other: "أسفل الخطوات {n} إطار: {panels}.",
                one: "أسفل الخطوات إطار واحد: {panels}.",
                two: "أسفل الخطوات إطاران: {panels}.",
                few: "أسفل الخطوات {n} إطارات: {panels}.",
                many: "أسفل الخطوات {n} إطارًا: {panels}."),
            StepOf: "الخطوة {n} من {total}",
            Colon: ": ",
            Duration: "المدة",
            FullDescription: "الوصف الكامل",
            DescribedBelow: "الوصف الكامل أدناه."))
    {
        Region = (profile, region) => ArabDigits.Contains(region) ? profile with { Digits = Digits.Arab } : profile,
    };
}
