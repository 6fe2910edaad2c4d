using Doctoury.Graphics.Assets;
using Doctoury.Graphics.Themes;

namespace Doctoury.Graphics;

/// <summary>What ships inside the library: icon names a spec may use, and the built-in themes.</summary>
public static class Bundled
{
    /// <summary>Every bundled Health Icons name and alias, sorted.</summary>
    public static IReadOnlyList<string> IconNames => IconLibrary.Default.Names;

    /// <summary>The built-in theme names; the first is the default.</summary>
    public static IReadOnlyList<string> ThemeNames => BuiltInThemes.Names;

    /// <summary>The JSON Schema (draft 2020-12) of spec format version 1.</summary>
    public static string Schema => SchemaText.Value;

    private static readonly Lazy<string> SchemaText = new(() =>
    {
        using var stream = typeof(Bundled).Assembly.GetManifestResourceStream("Doctoury.Graphics.infographic.schema.json")
            ?? throw new InvalidOperationException("The schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
