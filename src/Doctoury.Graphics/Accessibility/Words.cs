namespace Doctoury.Graphics.Accessibility;

/// <summary>
/// Every word of generated text for one language, in one place, so a new language is one entry.
/// Unknown languages fall back to English.
/// </summary>
internal sealed record Words(
    string ProcessDiagram,
    string InSteps,
    string StepOf,
    string FromTo,
    string And,
    string Duration,
    string Overview,
    string StartsEnds,
    string PanelsList,
    string FullDescription,
    string DescribedBelow)
{
    public static readonly Words English = new(
        ProcessDiagram: "Process diagram",
        InSteps: "{0} steps",
        StepOf: "Step {0} of {1}",
        FromTo: "from {0} to {1}",
        And: "and",
        Duration: "Duration",
        Overview: "This process diagram shows {0} in {1} numbered steps, read in order.",
        StartsEnds: "It starts with {0} and ends with {1}.",
        PanelsList: "Below the steps, {0} panels list {1}.",
        FullDescription: "Full description",
        DescribedBelow: "Full description below.");

    public static readonly Words Spanish = new(
        ProcessDiagram: "Diagrama de proceso",
        InSteps: "{0} pasos",
        StepOf: "Paso {0} de {1}",
        FromTo: "de {0} a {1}",
        And: "y",
        Duration: "Duración",
        Overview: "Este diagrama de proceso muestra {0} en {1} pasos numerados, en orden.",
        StartsEnds: "Empieza con {0} y termina con {1}.",
        PanelsList: "Debajo de los pasos, {0} paneles tratan {1}.",
        FullDescription: "Descripción completa",
        DescribedBelow: "Descripción completa abajo.");

    public static Words For(string lang) =>
        lang.Split('-')[0].ToLowerInvariant() switch
        {
            "es" => Spanish,
            _ => English,
        };

    /// <summary>"a, b and c".</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + $" {And} " + items[^1],
    };
}
