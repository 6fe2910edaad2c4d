using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>Italian (CLDR "it").</summary>
internal static class Italian
{
    public static readonly LanguageProfile Profile = new(
        Tag: "it",
        Name: "Italian",
        Direction: TextDirection.Ltr,
        Digits: Digits.Latn,
        FontChain: FontChain.Default,
        // one: i = 1 and v = 0; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
        Plural: n => n == 1 ? PluralCategory.One : n != 0 && n % 1_000_000 == 0 ? PluralCategory.Many : PluralCategory.Other,
        List: new ListPattern("{0}, {1}", "{0} e {1}"),
        Words: new Words(
            AltList: new("Schema del percorso: {title}, {n} fasi: {steps}.") { One = "Schema del percorso: {title}, {n} fase: {steps}.", Many = "Schema del percorso: {title}, {n} di fasi: {steps}." },
            AltFromTo: new("Schema del percorso: {title}, {n} fasi, dalla prima, {first}, all'ultima, {last}.") { One = "Schema del percorso: {title}, {n} fase: {first}.", Many = "Schema del percorso: {title}, {n} di fasi, dalla prima, {first}, all'ultima, {last}." },
            AltCount: new("Schema del percorso: {title}, {n} fasi.") { One = "Schema del percorso: {title}, {n} fase.", Many = "Schema del percorso: {title}, {n} di fasi." },
            Overview: new("Questo schema mostra «{title}» in {n} fasi numerate, da leggere in ordine.") { One = "Questo schema mostra «{title}» in {n} fase.", Many = "Questo schema mostra «{title}» in {n} di fasi numerate, da leggere in ordine." },
            StartsEnds: "Il percorso inizia con la fase «{first}» e termina con la fase «{last}».",
            PanelsList: new("Sotto le fasi, {n} riquadri presentano {panels}.") { One = "Sotto le fasi, {n} riquadro presenta {panels}.", Many = "Sotto le fasi, {n} di riquadri presentano {panels}." },
            StepOf: "Fase {n} di {total}",
            Colon: ": ",
            Duration: "Durata",
            FullDescription: "Descrizione completa",
            DescribedBelow: "Descrizione completa qui sotto."));
}
