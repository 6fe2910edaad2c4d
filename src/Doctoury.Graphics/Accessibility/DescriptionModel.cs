using System.Collections.Immutable;
using Doctoury.Graphics.Localization;
using Doctoury.Graphics.Spec;

namespace Doctoury.Graphics.Accessibility;

/// <summary>One step as the description tells it: heading line, summary, details, duration.</summary>
internal sealed record DescribedStep(string Label, string Title, string Summary, ImmutableArray<string> Details, string? Duration);

/// <summary>One panel: its heading and items (title and text).</summary>
internal sealed record DescribedPanel(string Title, ImmutableArray<PanelItemSpec> Items);

/// <summary>
/// One sentence of the overview: the generated words with the author's words inside them kept
/// apart, so HTML can mark the two languages when they differ (WCAG 3.1.2).
/// </summary>
/// <param name="Parts">The sentence in order; <c>Authored</c> parts are the author's text, as typed.</param>
internal sealed record Sentence(ImmutableArray<(string Text, bool Authored)> Parts)
{
    public string Text => string.Concat(Parts.Select(p => p.Text));

    public static Sentence Authored(string text) => new([(text, true)]);

    /// <summary>
    /// <paramref name="language"/>'s message for <paramref name="count"/> filled with the author's
    /// <paramref name="values"/>; a filled list keeps its joining words as generated text.
    /// </summary>
    public static Sentence Say(LanguageProfile language, Plural message, long count, params (string Name, IReadOnlyList<string> Items)[] values)
    {
        // Fill each placeholder with a marker, then split on the markers: the generated words
        // between them stay one piece whatever order the language puts the placeholders in.
        var markers = values.Select((v, i) => (v.Name, Value: $"\uE000{i}\uE001")).ToArray();
        var filled = language.Say(message, count, markers);
        var parts = ImmutableArray.CreateBuilder<(string, bool)>();
        var at = 0;
        while (filled.IndexOf('\uE000', at) is var open and >= 0)
        {
            var close = filled.IndexOf('\uE001', open);
            if (open > at) parts.Add((filled[at..open], false));
            var items = values[int.Parse(filled.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture)].Items;
            parts.AddRange(ListParts(language, items));
            at = close + 1;
        }
        if (at < filled.Length) parts.Add((filled[at..], false));
        // An author's question ends the sentence: no full stop after "…?".
        for (var k = 1; k < parts.Count; k++)
        {
            var (before, (text, authored)) = (parts[k - 1], parts[k]);
            if (!authored && text.StartsWith('.') && before.Item1.Length > 0 && Message.EndsSentence(before.Item1[^1])) parts[k] = (text[1..], false);
        }
        return new Sentence(parts.ToImmutable());
    }

    private static IEnumerable<(string, bool)> ListParts(LanguageProfile language, IReadOnlyList<string> items)
    {
        // The list pattern joins markers too, so the items stay apart from the joining words.
        var marked = items.Select((_, i) => $"\uE002{i}\uE003").ToList();
        var list = language.List.Format(items, marked);
        var at = 0;
        while (list.IndexOf('\uE002', at) is var open and >= 0)
        {
            var close = list.IndexOf('\uE003', open);
            if (open > at) yield return (list[at..open], false);
            yield return (items[int.Parse(list.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture)], true);
            at = close + 1;
        }
        if (at < list.Length) yield return (list[at..], false);
    }
}

/// <summary>
/// The long description's content, written once and then formatted as text, Markdown and HTML.
/// Overview sentences go from what the picture is (L1) to counts and order (L2) to the point (L3),
/// after Lundgard and Satyanarayan; then every word of the picture, verbatim.
/// </summary>
/// <param name="Title">The spec's title.</param>
/// <param name="Overview">The overview sentences, in order.</param>
/// <param name="ProcessTitle">The process's own title, if any.</param>
/// <param name="Steps">The steps, in order.</param>
/// <param name="Panels">The panels, in order.</param>
/// <param name="Footer">The footer's source and note, where given.</param>
/// <param name="Authored">The author's <c>alt.long</c>, which replaces the generated description.</param>
/// <param name="Language">The profile whose words are written: the spec's language, or English when it has none.</param>
/// <param name="SpecLang">The spec's <c>lang</c>, the language of the author's words.</param>
/// <param name="GeneratedLang">
/// The language of the generated words when it differs from the spec's ("en" for a language with
/// no table), else null; HTML then marks the generated words with it and the author's with <paramref name="SpecLang"/>.
/// </param>
internal sealed record DescriptionModel(
    string Title,
    ImmutableArray<Sentence> Overview,
    string? ProcessTitle,
    ImmutableArray<DescribedStep> Steps,
    ImmutableArray<DescribedPanel> Panels,
    ImmutableArray<string> Footer,
    string? Authored,
    LanguageProfile Language,
    string SpecLang,
    string? GeneratedLang)
{
    public Words Words => Language.Words;

    public static DescriptionModel From(InfographicSpec spec)
    {
        var resolved = LanguageTable.Resolve(spec.Lang);
        var language = resolved.Profile;
        var words = language.Words;
        var steps = spec.Process.Steps;
        var overview = ImmutableArray.CreateBuilder<Sentence>();
        overview.Add(Sentence.Say(language, words.Overview, steps.Length, ("title", [spec.Title])));
        if (spec.Subtitle is { } subtitle) overview.Add(Sentence.Authored(EndSentence(subtitle)));
        overview.Add(Sentence.Say(language, words.StartsEnds, 0, ("first", [steps[0].Title]), ("last", [steps[^1].Title])));
        if (spec.Panels.Length > 0)
        {
            overview.Add(Sentence.Say(language, words.PanelsList, spec.Panels.Length, ("panels", spec.Panels.Select(p => p.Title).ToList())));
        }
        var described = steps.Select((s, i) => new DescribedStep(language.StepOf(i + 1, steps.Length), s.Title, s.Summary, s.Details, s.Duration)).ToImmutableArray();
        var panels = spec.Panels.Select(p => new DescribedPanel(p.Title, p.Items)).ToImmutableArray();
        var footer = new[] { spec.Footer?.Source, spec.Footer?.Note }.OfType<string>().ToImmutableArray();
        return new DescriptionModel(spec.Title, overview.ToImmutable(), spec.Process.Title, described, panels, footer, spec.Alt?.Long, language,
            spec.Lang, resolved.HasTable ? null : language.Tag);
    }

    /// <summary>The overview as one paragraph of plain text.</summary>
    public string OverviewText => string.Join(" ", Overview.Select(s => s.Text));

    /// <summary>Ends a fragment with a full stop unless it already ends a sentence.</summary>
    public static string EndSentence(string text) => text.Length > 0 && ".!?:\u061F\u2026".Contains(text[^1]) ? text : text + ".";
}
