using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>
/// Russian (CLDR "ru"). Step titles stand in «ёлочки» after a noun ("с этапа «…»"), so they keep
/// their own form and never need declining.
/// </summary>
internal static class Russian
{
    // Forms for 1, 21, 31… (one); 2–4, 22–24… (few); 0, 5–20, 25–30… (many). Fractions ("other") read as few.
    private static Plural Counted(string one, string few, string many) => new(few) { One = one, Few = few, Many = many };

    public static readonly LanguageProfile Profile = new(
        Tag: "ru",
        Name: "Russian",
        Direction: TextDirection.Ltr,
        Digits: Digits.Latn,
        FontChain: FontChain.Default,
        // one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14;
        // many: v = 0 and i % 10 = 0, or i % 10 = 5..9, or i % 100 = 11..14; other: fractions
        Plural: n => n % 10 == 1 && n % 100 != 11 ? PluralCategory.One
            : n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14) ? PluralCategory.Few
            : PluralCategory.Many,
        List: new ListPattern("{0}, {1}", "{0} и {1}"),
        Words: new Words(
            AltList: Counted("Схема процесса: {title}, {n} этап: {steps}.", "Схема процесса: {title}, {n} этапа: {steps}.", "Схема процесса: {title}, {n} этапов: {steps}."),
            AltFromTo: Counted("Схема процесса: {title}, {n} этап, от «{first}» до «{last}».", "Схема процесса: {title}, {n} этапа, от «{first}» до «{last}».", "Схема процесса: {title}, {n} этапов, от «{first}» до «{last}»."),
            AltCount: Counted("Схема процесса: {title}, {n} этап.", "Схема процесса: {title}, {n} этапа.", "Схема процесса: {title}, {n} этапов."),
            // After "в виде" the count is in the genitive: "2 пронумерованных этапов", "21 пронумерованного этапа".
            Overview: Counted(
                "На этой схеме процесс «{title}» показан в виде {n} пронумерованного этапа, по порядку.",
                "На этой схеме процесс «{title}» показан в виде {n} пронумерованных этапов, по порядку.",
                "На этой схеме процесс «{title}» показан в виде {n} пронумерованных этапов, по порядку."),
            StartsEnds: "Процесс начинается с этапа «{first}» и заканчивается этапом «{last}».",
            PanelsList: Counted("Под этапами — {n} блок: {panels}.", "Под этапами — {n} блока: {panels}.", "Под этапами — {n} блоков: {panels}."),
            StepOf: "Этап {n} из {total}",
            Colon: ": ",
            Duration: "Длительность",
            FullDescription: "Полное описание",
            DescribedBelow: "Полное описание ниже."));
}
