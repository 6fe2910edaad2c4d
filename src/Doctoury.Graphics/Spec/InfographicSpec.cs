using System.Collections.Immutable;
using Doctoury.Graphics.Assets;

namespace Doctoury.Graphics.Spec;

/// <summary>A validated spec in format version 1. Key names follow DESIGN.md exactly.</summary>
internal sealed record InfographicSpec(
    int Version,
    string Id,
    string Lang,
    string Title,
    string? Subtitle,
    ThemeSpec Theme,
    int Width,
    ProcessSpec Process,
    ImmutableArray<PanelSpec> Panels,
    FooterSpec? Footer,
    AltSpec? Alt)
{
    /// <summary>Width in CSS px of the vertical cut for phones (the spec's <c>vertical.width</c>).</summary>
    public int VerticalWidth { get; init; } = SpecLimits.DefaultVerticalWidth;

    /// <summary>Full paths of the custom icon files the spec was built from, for watchers and up-to-date checks.</summary>
    public ImmutableArray<string> IconFiles { get; init; } = [];
}

internal sealed record ProcessSpec(string? Title, ImmutableArray<StepSpec> Steps);

internal sealed record StepSpec(
    string Id,
    string Title,
    IconGlyph? Icon,
    string Summary,
    ImmutableArray<string> Details,
    string? Duration)
{
    /// <summary>Draw the icon flipped in a right-to-left picture: only for an icon that shows movement (walking, an ambulance), never by default.</summary>
    public bool MirrorIcon { get; init; }
}

internal sealed record PanelSpec(string Id, string Title, IconGlyph? Icon, ImmutableArray<PanelItemSpec> Items);

/// <summary>A panel item: plain text, or a bold title followed by text.</summary>
internal sealed record PanelItemSpec(string? Title, string Text);

internal sealed record FooterSpec(string? Source, string? Note);

internal sealed record AltSpec(string? Short, string? Long);

/// <summary>
/// A built-in theme by name, with optional colour overrides: key to <c>#RRGGBB</c>, where a key is a
/// single role (<c>text</c>), a list role given one colour for all (<c>steps</c>), or one entry of a
/// list role (<c>steps[0]</c>); see <see cref="Themes.Theme.With"/>.
/// </summary>
internal sealed record ThemeSpec(string Base, ImmutableSortedDictionary<string, string> Colors)
{
    /// <summary>Where each colour of <see cref="Colors"/> is written in the spec, by the same key, so a finding can point at it.</summary>
    public ImmutableSortedDictionary<string, SourceMark> Marks { get; init; } = ImmutableSortedDictionary<string, SourceMark>.Empty;

    /// <summary>The colours drawn: the base theme with the overrides.</summary>
    public Themes.Theme Resolve() => Themes.BuiltInThemes.Get(Base).With(Colors);
}
