using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>German (CLDR "de"; de-AT and de-CH use the same words). Titles stand in „…“ after a noun, so they are never declined.</summary>
internal static class German
{
    public static readonly LanguageProfile Profile = new(
        Tag: "de",
        Name: "German",
        Direction: TextDirection.Ltr,
        Digits: Digits.Latn,
        FontChain: FontChain.Default,
        // one: i = 1 and v = 0
        Plural: n => n == 1 ? PluralCategory.One : PluralCategory.Other,
        List: new ListPattern("{0}, {1}", "{0} und {1}"),
        Words: new Words(
            AltList: new("Ablaufdiagramm: {title}, {n} Schritte: {steps}.") { One = "Ablaufdiagramm: {title}, {n} Schritt: {steps}." },
            AltFromTo: new("Ablaufdiagramm: {title}, {n} Schritte von {first} bis {last}.") { One = "Ablaufdiagramm: {title}, {n} Schritt: {first}." },
            AltCount: new("Ablaufdiagramm: {title}, {n} Schritte.") { One = "Ablaufdiagramm: {title}, {n} Schritt." },
            Overview: new("Dieses Ablaufdiagramm zeigt „{title}“ in {n} nummerierten Schritten, der Reihe nach.") { One = "Dieses Ablaufdiagramm zeigt „{title}“ in {n} Schritt." },
            StartsEnds: "Der Ablauf beginnt mit dem Schritt „{first}“ und endet mit dem Schritt „{last}“.",
            PanelsList: new("Unter den Schritten folgen {n} Infokästen: {panels}.") { One = "Unter den Schritten folgt {n} Infokasten: {panels}." },
            StepOf: "Schritt {n} von {total}",
            Colon: ": ",
            Duration: "Dauer",
            FullDescription: "Vollständige Beschreibung",
            DescribedBelow: "Vollständige Beschreibung unten."));
}
