using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>Portuguese (CLDR "pt", Brazilian usage; the words also read well in Portugal). CLDR gives pt-PT its own plural rule: 0 is "other" there.</summary>
internal static class Portuguese
{
    // one: i = 0..1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
    private static PluralCategory Brazil(long n) => n is 0 or 1 ? PluralCategory.One : n % 1_000_000 == 0 ? PluralCategory.Many : PluralCategory.Other;

    // pt_PT — one: i = 1 and v = 0; many as pt
    private static PluralCategory Portugal(long n) => n == 1 ? PluralCategory.One : n != 0 && n % 1_000_000 == 0 ? PluralCategory.Many : PluralCategory.Other;

    public static readonly LanguageProfile Profile = new(
        Tag: "pt",
        Name: "Portuguese",
        Direction: TextDirection.Ltr,
        Digits: Digits.Latn,
        FontChain: FontChain.Default,
        Plural: Brazil,
        List: new ListPattern("{0}, {1}", "{0} e {1}"),
        Words: new Words(
            AltList: new("Diagrama do processo: {title}, {n} etapas: {steps}.") { One = "Diagrama do processo: {title}, {n} etapa: {steps}.", Many = "Diagrama do processo: {title}, {n} de etapas: {steps}." },
            AltFromTo: new("Diagrama do processo: {title}, {n} etapas, da primeira, {first}, à última, {last}.") { One = "Diagrama do processo: {title}, {n} etapa: {first}.", Many = "Diagrama do processo: {title}, {n} de etapas, da primeira, {first}, à última, {last}." },
            AltCount: new("Diagrama do processo: {title}, {n} etapas.") { One = "Diagrama do processo: {title}, {n} etapa.", Many = "Diagrama do processo: {title}, {n} de etapas." },
            Overview: new("Este diagrama mostra “{title}” em {n} etapas numeradas, na ordem em que acontecem.") { One = "Este diagrama mostra “{title}” em {n} etapa.", Many = "Este diagrama mostra “{title}” em {n} de etapas numeradas, na ordem em que acontecem." },
            StartsEnds: "O processo começa pela etapa “{first}” e termina pela etapa “{last}”.",
            PanelsList: new("Abaixo das etapas, {n} quadros apresentam {panels}.") { One = "Abaixo das etapas, {n} quadro apresenta {panels}.", Many = "Abaixo das etapas, {n} de quadros apresentam {panels}." },
            StepOf: "Etapa {n} de {total}",
            Colon: ": ",
            Duration: "Duração",
            FullDescription: "Descrição completa",
            DescribedBelow: "Descrição completa abaixo."))
    {
        Region = (profile, region) => region == "PT" ? profile with { Plural = Portugal } : profile,
    };
}
