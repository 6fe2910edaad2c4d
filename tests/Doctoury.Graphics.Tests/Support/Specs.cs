namespace Doctoury.Graphics.Tests.Support;

/// <summary>Small specs that tests vary.</summary>
internal static class Specs
{
    /// <summary>A valid two-step spec; the first step's icon is <c>dna</c>.</summary>
    public const string Minimal = """
        version: 1
        id: demo
        title: Demo
        process:
          steps:
            - id: one
              title: One
              icon: dna
              summary: First.
            - id: two
              title: Two
              icon: virus
              summary: Second.
        """;

    public static string WithIcon(string icon) => Minimal.Replace("icon: dna", "icon: " + icon);
}
