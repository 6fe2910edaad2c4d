using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>
/// French (CLDR "fr"). A no-break space goes before the colon, as French typography asks. Step
/// titles stand in guillemets, so no article is elided or contracted before an author's word ("d'", "au").
/// </summary>
internal static class French
{
    public static readonly LanguageProfile Profile = new(
        Tag: "fr",
        Name: "French",
        Direction: TextDirection.Ltr,
        Digits: Digits.Latn,
        FontChain: FontChain.Default,
        // one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
        Plural: n => n is 0 or 1 ? PluralCategory.One : n % 1_000_000 == 0 ? PluralCategory.Many : PluralCategory.Other,
        List: new ListPattern("{0}, {1}", "{0} et {1}"),
        Words: new Words(
            AltList: new("Schéma du processus\u00A0: {title}, {n} étapes\u00A0: {steps}.") { One = "Schéma du processus\u00A0: {title}, {n} étape\u00A0: {steps}.", Many = "Schéma du processus\u00A0: {title}, {n} d'étapes\u00A0: {steps}." },
            AltFromTo: new("Schéma du processus\u00A0: {title}, {n} étapes, de «\u00A0{first}\u00A0» à «\u00A0{last}\u00A0».") { One = "Schéma du processus\u00A0: {title}, {n} étape, «\u00A0{first}\u00A0».", Many = "Schéma du processus\u00A0: {title}, {n} d'étapes, de «\u00A0{first}\u00A0» à «\u00A0{last}\u00A0»." },
            AltCount: new("Schéma du processus\u00A0: {title}, {n} étapes.") { One = "Schéma du processus\u00A0: {title}, {n} étape.", Many = "Schéma du processus\u00A0: {title}, {n} d'étapes." },
            Overview: new("Ce schéma présente «\u00A0{title}\u00A0» en {n} étapes numérotées, à lire dans l'ordre.") { One = "Ce schéma présente «\u00A0{title}\u00A0» en {n} étape.", Many = "Ce schéma présente «\u00A0{title}\u00A0» en {n} d'étapes numérotées, à lire dans l'ordre." },
            StartsEnds: "Le processus commence par l'étape «\u00A0{first}\u00A0» et se termine par l'étape «\u00A0{last}\u00A0».",
            PanelsList: new("Sous les étapes, {n} encadrés\u00A0: {panels}.") { One = "Sous les étapes, {n} encadré\u00A0: {panels}.", Many = "Sous les étapes, {n} d'encadrés\u00A0: {panels}." },
            StepOf: "Étape {n} sur {total}",
            Colon: "\u00A0: ",
            Duration: "Durée",
            FullDescription: "Description complète",
            DescribedBelow: "Description complète ci-dessous."));
}
