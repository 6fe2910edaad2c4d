namespace Doctoury.Graphics.Themes;

/// <summary>The themes that ship with the library.</summary>
internal static class BuiltInThemes
{
    public const string DefaultName = "doctoury";

    /// <summary>The design mockup's palette; contrast ratios are listed in DESIGN.md.</summary>
    public static readonly Theme Doctoury = new(
        Name: DefaultName,
        Background: "#FFFFFF",
        Title: "#0F2A3D",
        Text: "#1F2933",
        Secondary: "#3E4C59",
        Muted: "#52606D",
        Accent: "#0B6B74",
        Connector: "#52606D",
        Surface: "#FFFFFF",
        OnAccent: "#FFFFFF",
        StepAccents: ["#0B6B74", "#1D5FA8", "#6B4FA3", "#A23C72"],
        StepTints: ["#E6F4F5", "#E8F0FA", "#F0ECF7", "#F8EAF1"],
        PanelAccents: ["#1E6B3A", "#1D5FA8", "#8A4B08", "#6B4FA3"],
        PanelTints: ["#EAF5EC", "#EAF1FA", "#FDF3E6", "#F0ECF7"]);

    public static readonly IReadOnlyList<string> Names = [DefaultName];

    public static Theme Get(string name) => name switch
    {
        DefaultName => Doctoury,
        _ => throw new ArgumentException($"Unknown theme '{name}'.", nameof(name)),
    };
}
