using System.Collections.Immutable;
using System.Globalization;
using Doctoury.Graphics.Spec;

namespace Doctoury.Graphics.Accessibility;

/// <summary>One step as the description tells it: heading line, summary, details, duration.</summary>
internal sealed record DescribedStep(string Label, string Title, string Summary, ImmutableArray<string> Details, string? Duration);

/// <summary>One panel: its heading and items (title and text).</summary>
internal sealed record DescribedPanel(string Title, ImmutableArray<PanelItemSpec> Items);

/// <summary>
/// The long description's content, written once and then formatted as text, Markdown and HTML.
/// Overview sentences go from what the picture is (L1) to counts and order (L2) to the point (L3),
/// after Lundgard and Satyanarayan; then every word of the picture, verbatim.
/// </summary>
internal sealed record DescriptionModel(
    string Title,
    ImmutableArray<string> Overview,
    string? ProcessTitle,
    ImmutableArray<DescribedStep> Steps,
    ImmutableArray<DescribedPanel> Panels,
    ImmutableArray<string> Footer,
    string? Authored,
    Words Words)
{
    public static DescriptionModel From(InfographicSpec spec)
    {
        var words = Words.For(spec.Lang);
        var steps = spec.Process.Steps;
        var overview = ImmutableArray.CreateBuilder<string>();
        overview.Add(string.Format(CultureInfo.InvariantCulture, words.Overview, spec.Title, steps.Length));
        if (spec.Subtitle is { } subtitle) overview.Add(Sentence(subtitle));
        overview.Add(string.Format(CultureInfo.InvariantCulture, words.StartsEnds, steps[0].Title, steps[^1].Title));
        if (spec.Panels.Length > 0)
        {
            overview.Add(string.Format(CultureInfo.InvariantCulture, words.PanelsList, spec.Panels.Length, words.List(spec.Panels.Select(p => p.Title).ToList())));
        }
        var described = steps.Select((s, i) => new DescribedStep(
            string.Format(CultureInfo.InvariantCulture, words.StepOf, i + 1, steps.Length), s.Title, s.Summary, s.Details, s.Duration)).ToImmutableArray();
        var panels = spec.Panels.Select(p => new DescribedPanel(p.Title, p.Items)).ToImmutableArray();
        var footer = new[] { spec.Footer?.Source, spec.Footer?.Note }.OfType<string>().ToImmutableArray();
        return new DescriptionModel(spec.Title, overview.ToImmutable(), spec.Process.Title, described, panels, footer, spec.Alt?.Long, words);
    }

    /// <summary>Ends a fragment with a full stop unless it already ends a sentence.</summary>
    public static string Sentence(string text) => text.Length > 0 && ".!?:".Contains(text[^1]) ? text : text + ".";
}
