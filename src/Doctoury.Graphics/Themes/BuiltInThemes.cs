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

    /// <summary>Light text on a near-black page, for sites with a dark look. Passes the AA audit.</summary>
    public static readonly Theme Dark = new(
        Name: "dark",
        Background: "#0E1620",
        Title: "#F3F6F9",
        Text: "#E3E8EE",
        Secondary: "#C3CCD6",
        Muted: "#A9B4C0",
        Accent: "#6FD0D6",
        Connector: "#8D99A6",
        Surface: "#0A1016",
        OnAccent: "#0E1620",
        StepAccents: ["#6FD0D6", "#8CB8F2", "#C3AEEB", "#F29CC8"],
        StepTints: ["#123039", "#15273F", "#251F3D", "#36192B"],
        PanelAccents: ["#86D9A0", "#8CB8F2", "#F2BC7C", "#C3AEEB"],
        PanelTints: ["#142C1E", "#15273F", "#33260F", "#251F3D"]);

    /// <summary>Black on near-white with dark accents, for low vision. Passes the AAA audit.</summary>
    public static readonly Theme HighContrast = new(
        Name: "high-contrast",
        Background: "#FFFFFF",
        Title: "#000000",
        Text: "#000000",
        Secondary: "#1A1A1A",
        Muted: "#262626",
        Accent: "#00363B",
        Connector: "#000000",
        Surface: "#FFFFFF",
        OnAccent: "#FFFFFF",
        StepAccents: ["#00363B", "#0A2A61", "#35195F", "#560A30"],
        StepTints: ["#F3F3F3", "#F3F3F3", "#F3F3F3", "#F3F3F3"],
        PanelAccents: ["#0A431C", "#0A2A61", "#4D2700", "#35195F"],
        PanelTints: ["#F3F3F3", "#F3F3F3", "#F3F3F3", "#F3F3F3"]);

    public static readonly IReadOnlyList<string> Names = [DefaultName, "dark", "high-contrast"];

    public static Theme Get(string name) => name switch
    {
        DefaultName => Doctoury,
        "dark" => Dark,
        "high-contrast" => HighContrast,
        _ => throw new ArgumentException($"Unknown theme '{name}'.", nameof(name)),
    };
}
