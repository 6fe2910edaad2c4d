using Doctoury.Graphics.Assets;
namespace Doctoury.Graphics.Localization.Languages;

/// <summary>Spanish (CLDR "es"; the same words serve es-ES and the Americas).</summary>
internal static class Spanish
{
    public static readonly LanguageProfile Profile = new(
        Tag: "es",
        Name: "Spanish",
        Direction: TextDirection.Ltr,
        Digits: Digits.Latn,
        FontChain: FontChain.Default,
        // one: n = 1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
        Plural: n => n == 1 ? PluralCategory.One : n != 0 && n % 1_000_000 == 0 ? PluralCategory.Many : PluralCategory.Other,
        // "y" becomes "e" before a word that starts with an /i/ sound, as ICU does.
        List: new ListPattern("{0}, {1}", "{0} y {1}") { Before = (pattern, next) => StartsWithI(next) ? pattern.Replace(" y ", " e ", StringComparison.Ordinal) : pattern },
        Words: new Words(
            AltList: new("Diagrama de proceso: {title}, {n} pasos: {steps}.") { One = "Diagrama de proceso: {title}, {n} paso: {steps}.", Many = "Diagrama de proceso: {title}, {n} de pasos: {steps}." },
            AltFromTo: new("Diagrama de proceso: {title}, {n} pasos de {first} a {last}.") { One = "Diagrama de proceso: {title}, {n} paso de {first} a {last}.", Many = "Diagrama de proceso: {title}, {n} de pasos de {first} a {last}." },
            AltCount: new("Diagrama de proceso: {title}, {n} pasos.") { One = "Diagrama de proceso: {title}, {n} paso.", Many = "Diagrama de proceso: {title}, {n} de pasos." },
            Overview: new("Este diagrama de proceso muestra {title} en {n} pasos numerados, en orden.") { One = "Este diagrama de proceso muestra {title} en {n} paso numerado.", Many = "Este diagrama de proceso muestra {title} en {n} de pasos numerados, en orden." },
            StartsEnds: "Empieza con {first} y termina con {last}.",
            PanelsList: new("Debajo de los pasos, {n} paneles tratan {panels}.") { One = "Debajo de los pasos, {n} panel trata {panels}.", Many = "Debajo de los pasos, {n} de paneles tratan {panels}." },
            StepOf: "Paso {n} de {total}",
            Colon: ": ",
            Duration: "Duración",
            FullDescription: "Descripción completa",
            DescribedBelow: "Descripción completa abajo."));

    // ICU's rule, (?i)i.*|hi|hi[^ae].*, extended to the accented í that the RAE also counts ("e íleo", "e hígado").
    private static bool StartsWithI(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.StartsWith('i') || w.StartsWith('í')) return true;
        if (!w.StartsWith("hi", StringComparison.Ordinal) && !w.StartsWith("hí", StringComparison.Ordinal)) return false;
        return w.Length == 2 || w[2] is not ('a' or 'e' or 'á' or 'é');
    }
}
