using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>
/// Polish (CLDR "pl"). Step titles stand in quotation marks („…”) after a noun ("od kroku „…”"),
/// so they keep their own form and never need declining.
/// </summary>
internal static class Polish
{
    public static readonly LanguageProfile Profile = new(
        Tag: "pl",
        Name: "Polish",
        Direction: TextDirection.Ltr,
        Digits: Digits.Latn,
        FontChain: FontChain.Default,
        // one: i = 1 and v = 0; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14;
        // many: v = 0 and i != 1 and i % 10 = 0..1, or v = 0 and i % 10 = 5..9, or v = 0 and i % 100 = 12..14; other: fractions
        Plural: n => n == 1 ? PluralCategory.One
            : n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14) ? PluralCategory.Few
            : PluralCategory.Many,
        List: new ListPattern("{0}, {1}", "{0} i {1}"),
        Words: new Words(
            AltList: new("Schemat procesu: {title}, {n} kroku: {steps}.") { One = "Schemat procesu: {title}, {n} krok: {steps}.", Few = "Schemat procesu: {title}, {n} kroki: {steps}.", Many = "Schemat procesu: {title}, {n} kroków: {steps}." },
            AltFromTo: new("Schemat procesu: {title}, {n} kroku, od kroku „{first}” do kroku „{last}”.") { One = "Schemat procesu: {title}, {n} krok: „{first}”.", Few = "Schemat procesu: {title}, {n} kroki, od kroku „{first}” do kroku „{last}”.", Many = "Schemat procesu: {title}, {n} kroków, od kroku „{first}” do kroku „{last}”." },
            AltCount: new("Schemat procesu: {title}, {n} kroku.") { One = "Schemat procesu: {title}, {n} krok.", Few = "Schemat procesu: {title}, {n} kroki.", Many = "Schemat procesu: {title}, {n} kroków." },
            // "w 2 krokach", "w 5 krokach": the locative plural is one form for few and many.
            Overview: new("Ten schemat przedstawia proces „{title}” w {n} ponumerowanych krokach, po kolei.")
            {
                One = "Ten schemat przedstawia proces „{title}” w {n} kroku.",
                Few = "Ten schemat przedstawia proces „{title}” w {n} ponumerowanych krokach, po kolei.",
                Many = "Ten schemat przedstawia proces „{title}” w {n} ponumerowanych krokach, po kolei.",
            },
            StartsEnds: "Proces zaczyna się od kroku „{first}”, a kończy na kroku „{last}”.",
            PanelsList: new("Pod krokami znajduje się {n} ramki: {panels}.") { One = "Pod krokami znajduje się {n} ramka: {panels}.", Few = "Pod krokami znajdują się {n} ramki: {panels}.", Many = "Pod krokami znajduje się {n} ramek: {panels}." },
            StepOf: "Krok {n} z {total}",
            Colon: ": ",
            Duration: "Czas trwania",
            FullDescription: "Pełny opis",
            DescribedBelow: "Pełny opis poniżej."));
}
