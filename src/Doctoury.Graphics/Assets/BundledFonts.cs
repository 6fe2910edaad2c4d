using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Doctoury.Graphics.Assets;

/// <summary>The faces of the bundled Latin family, Atkinson Hyperlegible.</summary>
internal enum FontFace { Regular, Bold, Italic, BoldItalic }

/// <summary>
/// A bundled family by the scripts it draws. Atkinson Hyperlegible sets Latin letters, digits and
/// punctuation; the Noto faces, subset to their scripts, set the letters it lacks.
/// </summary>
internal enum FontFamily { Latin, GreekCyrillic, Arabic, Hebrew }

/// <summary>
/// The bytes of the bundled TTFs, read once from the assembly. Fonts are never looked up on the
/// machine, so output is the same everywhere.
/// </summary>
internal static class BundledFonts
{
    public const string Family = "Atkinson Hyperlegible";

    /// <summary>
    /// The families text is set in, in fallback order: each character takes the first that has it, as a
    /// browser does with a CSS font-family list. The Noto subsets share no letters, so their order
    /// among themselves changes nothing; Latin first keeps digits, spaces and punctuation in one face.
    /// </summary>
    public static readonly ImmutableArray<FontFamily> Chain = [FontFamily.Latin, FontFamily.GreekCyrillic, FontFamily.Arabic, FontFamily.Hebrew];

    private static readonly ConcurrentDictionary<string, byte[]> Cache = new();

    public static byte[] Bytes(FontFace face) => Cache.GetOrAdd(ResourceName(face), Read);

    public static byte[] Bytes(FontFamily family, bool bold) =>
        family == FontFamily.Latin ? Bytes(bold ? FontFace.Bold : FontFace.Regular) : Cache.GetOrAdd(ResourceName(family, bold), Read);

    /// <summary>The family's name in the SVG's CSS.</summary>
    public static string CssName(FontFamily family) => family switch
    {
        FontFamily.Latin => Family,
        FontFamily.GreekCyrillic => "Doctoury Noto Sans",
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
            FontFamily.GreekCyrillic => "NotoSans-GreekCyrillic",
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
