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
    /// <summary>The roles under <c>theme.colors</c> that hold one colour.</summary>
    public static readonly ImmutableArray<string> SingleRoles =
        ["background", "title", "text", "secondary", "muted", "accent", "connector"];

    /// <summary>
    /// The roles under <c>theme.colors</c> that hold a list of colours, one per step or panel in turn
    /// (cycling), or one colour for all: step accents, step card tints, panel accents, panel card tints.
    /// </summary>
    public static readonly ImmutableArray<string> ListRoles = ["steps", "step-tints", "panels", "panel-tints"];

    /// <summary>Every colour role a spec may override under <c>theme.colors</c>.</summary>
    public static readonly ImmutableArray<string> ColorRoles = [.. SingleRoles, .. ListRoles];

    /// <summary>The most entries a list role may have: one per step (8 at most).</summary>
    public const int MaxListColors = 8;

    /// <summary>Keys of the colours no spec may set, used only to find where each colour is drawn.</summary>
    internal const string SurfaceKey = "(surface)", OnAccentKey = "(on-accent)";

    public string StepAccent(int index) => StepAccents[index % StepAccents.Length];
    public string StepTint(int index) => StepTints[index % StepTints.Length];
    public string PanelAccent(int index) => PanelAccents[index % PanelAccents.Length];
    public string PanelTint(int index) => PanelTints[index % PanelTints.Length];

    /// <summary>
    /// This theme with the spec's overrides applied. Keys are a single role (<c>text</c>), a whole list
    /// role given one colour (<c>steps</c>), or one entry of a list role (<c>steps[0]</c>, <c>steps[1]</c>, …):
    /// the entries given replace the theme's whole list, so the spec's list is the one that cycles.
    /// </summary>
    public Theme With(IReadOnlyDictionary<string, string> colors) => colors.Count == 0 ? this : this with
    {
        Background = colors.GetValueOrDefault("background", Background),
        Title = colors.GetValueOrDefault("title", Title),
        Text = colors.GetValueOrDefault("text", Text),
        Secondary = colors.GetValueOrDefault("secondary", Secondary),
        Muted = colors.GetValueOrDefault("muted", Muted),
        Accent = colors.GetValueOrDefault("accent", Accent),
        Connector = colors.GetValueOrDefault("connector", Connector),
        Surface = colors.GetValueOrDefault(SurfaceKey, Surface),
        OnAccent = colors.GetValueOrDefault(OnAccentKey, OnAccent),
        StepAccents = List(colors, "steps", StepAccents),
        StepTints = List(colors, "step-tints", StepTints),
        PanelAccents = List(colors, "panels", PanelAccents),
        PanelTints = List(colors, "panel-tints", PanelTints),
    };

    /// <summary>The theme's list for a list role (<c>steps</c>, <c>step-tints</c>, <c>panels</c>, <c>panel-tints</c>).</summary>
    public ImmutableArray<string> ListOf(string role) => role switch
    {
        "steps" => StepAccents,
        "step-tints" => StepTints,
        "panels" => PanelAccents,
        "panel-tints" => PanelTints,
        _ => throw new ArgumentException($"'{role}' is not a list role.", nameof(role)),
    };

    /// <summary>
    /// Every colour of the theme by key: the single roles, the two colours no spec sets, and each
    /// entry of each list (<c>steps[0]</c>, …). <see cref="With"/> of all of them gives the theme back.
    /// </summary>
    public IReadOnlyList<(string Key, string Color)> Keyed()
    {
        var keyed = new List<(string, string)>
        {
            ("background", Background), ("title", Title), ("text", Text), ("secondary", Secondary), ("muted", Muted),
            ("accent", Accent), ("connector", Connector), (SurfaceKey, Surface), (OnAccentKey, OnAccent),
        };
        foreach (var role in ListRoles)
        {
            var list = ListOf(role);
            for (var i = 0; i < list.Length; i++) keyed.Add(($"{role}[{i}]", list[i]));
        }
        return keyed;
    }

    private static ImmutableArray<string> List(IReadOnlyDictionary<string, string> colors, string role, ImmutableArray<string> fallback)
    {
        if (colors.TryGetValue(role, out var all)) return [all];
        var entries = ImmutableArray.CreateBuilder<string>();
        while (colors.TryGetValue($"{role}[{entries.Count}]", out var entry)) entries.Add(entry);
        return entries.Count == 0 ? fallback : entries.ToImmutable();
    }
}
