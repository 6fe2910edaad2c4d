namespace Doctoury.Graphics.Cli;

/// <summary><c>--theme &lt;name&gt;</c>: draws every spec in a built-in theme without touching the files, to compare themes.</summary>
internal static class ThemeOption
{
    public static string Usage => $"--theme takes a built-in theme: {string.Join(", ", Bundled.ThemeNames)}.";

    /// <summary>The theme name, or null when it is missing or not built in.</summary>
    public static string? Parse(string? value) => value is not null && Bundled.ThemeNames.Contains(value) ? value : null;

    /// <summary>The infographic in the chosen theme, or as its spec says.</summary>
    public static Infographic Apply(Infographic infographic, string? theme) => theme is null ? infographic : infographic.WithTheme(theme);
}
