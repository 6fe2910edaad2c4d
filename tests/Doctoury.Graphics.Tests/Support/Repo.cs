namespace Doctoury.Graphics.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests read the real specs.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Specs => Path.Combine(Root, "specs");

    /// <summary>Every spec in <c>specs/</c> (not the invalid ones), by file name.</summary>
    public static IEnumerable<object[]> SpecFiles() =>
        Directory.GetFiles(Specs, "*.yaml").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static Infographic Load(string specFile) => Infographic.Load(Path.Combine(Specs, specFile));

    /// <summary>A spec from <c>specs/</c> drawn in another built-in theme.</summary>
    public static Infographic InTheme(string specFile, string theme)
    {
        var text = File.ReadAllText(Path.Combine(Specs, specFile));
        text = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^theme:.*\n", "");
        return Infographic.FromYaml(text.Replace("\ntitle:", $"\ntheme: {theme}\ntitle:"), specFile);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Doctoury.Graphics.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Could not find Doctoury.Graphics.sln above the test binaries.");
    }
}
