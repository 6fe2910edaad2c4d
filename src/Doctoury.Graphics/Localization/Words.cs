namespace Doctoury.Graphics.Localization;

/// <summary>
/// Every word of generated text for one language: the short alt, the long description's own
/// sentences, the step labels and the figure's caption. Messages are whole sentences with named
/// placeholders, so a translator can order the words as the language needs; a count chooses its
/// form by the language's CLDR plural rule (<see cref="Plural"/>). <c>{n}</c> is always a count
/// in the language's digits; titles and lists are the author's words, as typed.
/// </summary>
/// <param name="AltList">The short alt naming every step: <c>{title}</c>, <c>{n}</c> steps, <c>{steps}</c> (a list).</param>
/// <param name="AltFromTo">The short alt naming the first and last step: <c>{title}</c>, <c>{n}</c>, <c>{first}</c>, <c>{last}</c>.</param>
/// <param name="AltCount">The shortest alt: <c>{title}</c>, <c>{n}</c>.</param>
/// <param name="Overview">The description's first sentence: <c>{title}</c> in <c>{n}</c> numbered steps.</param>
/// <param name="StartsEnds">The sentence naming the first and last step: <c>{first}</c>, <c>{last}</c>.</param>
/// <param name="PanelsList">The sentence naming the panels: <c>{n}</c> panels, <c>{panels}</c> (a list).</param>
/// <param name="StepOf">A step's label: step <c>{n}</c> of <c>{total}</c>.</param>
/// <param name="Colon">What joins a label to what follows it ("Duration: 2 weeks"): ": ", or " : " in French.</param>
/// <param name="Duration">The word before a step's duration.</param>
/// <param name="FullDescription">The heading that opens the long description in the figure.</param>
/// <param name="DescribedBelow">The sentence added to the figure's alt that says where the long description is.</param>
internal sealed record Words(
    Plural AltList,
    Plural AltFromTo,
    Plural AltCount,
    Plural Overview,
    string StartsEnds,
    Plural PanelsList,
    string StepOf,
    string Colon,
    string Duration,
    string FullDescription,
    string DescribedBelow)
{
    /// <summary>Every message with the placeholders it must use, for tests and translators.</summary>
    public IEnumerable<(string Name, Plural Message, string[] Placeholders)> Messages()
    {
        yield return (nameof(AltList), AltList, ["title", "steps"]);
        yield return (nameof(AltFromTo), AltFromTo, ["title", "first", "last"]);
        yield return (nameof(AltCount), AltCount, ["title"]);
        yield return (nameof(Overview), Overview, ["title"]);
        yield return (nameof(StartsEnds), StartsEnds, ["first", "last"]);
        yield return (nameof(PanelsList), PanelsList, ["panels"]);
        yield return (nameof(StepOf), StepOf, ["n", "total"]);
    }
}
