using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Doctoury.Graphics.Assets;

/// <summary>The faces of the bundled Latin family, Atkinson Hyperlegible.</summary>
internal enum FontFace { Regular, Bold, Italic, BoldItalic }

/// <summary>
/// A bundled family. Atkinson Hyperlegible (<see cref="Latin"/>) sets Latin letters, digits and
/// punctuation; Noto Sans, subset to Latin with Vietnamese, Greek and Cyrillic, and the Arabic and
/// Hebrew Noto faces set what it lacks (see <see cref="FontChain"/>).
/// </summary>
internal enum FontFamily { Latin, NotoSans, Arabic, Hebrew }

/// <summary>
/// The bytes of the bundled TTFs, read once from the assembly. Fonts are never looked up on the
/// machine, so output is the same everywhere.
/// </summary>
internal static class BundledFonts
{
    public const string Family = "Atkinson Hyperlegible";

    private static readonly ConcurrentDictionary<string, byte[]> Cache = new();

    public static byte[] Bytes(FontFace face) => Cache.GetOrAdd(ResourceName(face), Read);

    public static byte[] Bytes(FontFamily family, bool bold) =>
        family == FontFamily.Latin ? Bytes(bold ? FontFace.Bold : FontFace.Regular) : Cache.GetOrAdd(ResourceName(family, bold), Read);

    /// <summary>The family's name in the SVG's CSS.</summary>
    public static string CssName(FontFamily family) => family switch
    {
        FontFamily.Latin => Family,
        FontFamily.NotoSans => "Doctoury Noto Sans",
        FontFamily.Arabic => "Doctoury Noto Sans Arabic",
        _ => "Doctoury Noto Sans Hebrew",
    };

    private static string ResourceName(FontFace face) => face switch
    {
        FontFace.Regular => "AtkinsonHyperlegible_400Regular.ttf",
        FontFace.Bold => "AtkinsonHyperlegible_700Bold.ttf",
        FontFace.Italic => "AtkinsonHyperlegible_400Regular_Italic.ttf",
        _ => "AtkinsonHyperlegible_700Bold_Italic.ttf",
    };

    private static string ResourceName(FontFamily family, bool bold)
    {
        var stem = family switch
        {
            FontFamily.NotoSans => "NotoSans-Subset",
            FontFamily.Arabic => "NotoSansArabic",
            _ => "NotoSansHebrew",
        };
        return stem + (bold ? "_700Bold.ttf" : "_400Regular.ttf");
    }

    private static byte[] Read(string file)
    {
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream("Doctoury.Graphics.Fonts." + file)
            ?? throw new InvalidOperationException($"The bundled font {file} is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
