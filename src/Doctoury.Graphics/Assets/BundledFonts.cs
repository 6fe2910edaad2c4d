using System.Collections.Concurrent;

namespace Doctoury.Graphics.Assets;

/// <summary>The faces of the bundled font family.</summary>
internal enum FontFace { Regular, Bold, Italic, BoldItalic }

/// <summary>
/// The bytes of the bundled Atkinson Hyperlegible TTFs, read once from the assembly.
/// Fonts are never looked up on the machine, so output is the same everywhere.
/// </summary>
internal static class BundledFonts
{
    public const string Family = "Atkinson Hyperlegible";

    private static readonly ConcurrentDictionary<FontFace, byte[]> Cache = new();

    public static byte[] Bytes(FontFace face) => Cache.GetOrAdd(face, static f => Read(ResourceName(f)));

    private static string ResourceName(FontFace face) => face switch
    {
        FontFace.Regular => "AtkinsonHyperlegible_400Regular.ttf",
        FontFace.Bold => "AtkinsonHyperlegible_700Bold.ttf",
        FontFace.Italic => "AtkinsonHyperlegible_400Regular_Italic.ttf",
        _ => "AtkinsonHyperlegible_700Bold_Italic.ttf",
    };

    private static byte[] Read(string file)
    {
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream("Doctoury.Graphics.Fonts." + file)
            ?? throw new InvalidOperationException($"The bundled font {file} is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
