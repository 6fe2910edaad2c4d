using System.Collections.Immutable;

namespace Doctoury.Graphics.Themes;

/// <summary>
/// The colours of one look. Step and panel colours cycle when there are more steps or panels
/// than entries. Every text colour is chosen to pass WCAG 2.2 AA on the fill it sits on.
/// </summary>
internal sealed record Theme(
    string Name,
    string Background,
    string Title,
    string Text,
    string Secondary,
    string Muted,
    string Accent,
    string Connector,
    string Surface,
    string OnAccent,
    ImmutableArray<string> StepAccents,
    ImmutableArray<string> StepTints,
    ImmutableArray<string> PanelAccents,
    ImmutableArray<string> PanelTints)
{
    /// <summary>The colour roles a spec may override under <c>theme.colors</c>.</summary>
    public static readonly ImmutableArray<string> ColorRoles =
        ["background", "title", "text", "secondary", "muted", "accent", "connector"];

    public string StepAccent(int index) => StepAccents[index % StepAccents.Length];
    public string StepTint(int index) => StepTints[index % StepTints.Length];
    public string PanelAccent(int index) => PanelAccents[index % PanelAccents.Length];
    public string PanelTint(int index) => PanelTints[index % PanelTints.Length];

    /// <summary>This theme with the spec's overrides applied.</summary>
    public Theme With(IReadOnlyDictionary<string, string> colors) => this with
    {
        Background = colors.GetValueOrDefault("background", Background),
        Title = colors.GetValueOrDefault("title", Title),
        Text = colors.GetValueOrDefault("text", Text),
        Secondary = colors.GetValueOrDefault("secondary", Secondary),
        Muted = colors.GetValueOrDefault("muted", Muted),
        Accent = colors.GetValueOrDefault("accent", Accent),
        Connector = colors.GetValueOrDefault("connector", Connector),
    };
}
