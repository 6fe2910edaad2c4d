using System.Collections.Concurrent;
using System.Text;

namespace Doctoury.Graphics.Text;

/// <summary>Whether the bundled fonts can draw a character, so a missing glyph is a diagnostic and never an empty box.</summary>
internal static class GlyphCoverage
{
    private static readonly ConcurrentDictionary<int, bool> Known = new();

    public static bool CanDraw(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Known.GetOrAdd(rune.Value, static value =>
            Has(false, value) && Has(true, value));

    private static bool Has(bool bold, int codePoint)
    {
        using var font = SkiaFonts.CreateFont(bold, 16);
        return font.ContainsGlyph(codePoint);
    }
}
