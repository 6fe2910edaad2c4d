using System.Collections.Concurrent;
using System.Text;
using Doctoury.Graphics.Assets;

namespace Doctoury.Graphics.Text;

/// <summary>
/// Which bundled family draws a character: the first of <see cref="BundledFonts.Chain"/> whose regular
/// and bold faces both have it. A character none has is a diagnostic, never an empty box.
/// </summary>
internal static class GlyphCoverage
{
    private static readonly ConcurrentDictionary<int, FontFamily?> Known = new();

    public static bool CanDraw(Rune rune) => Rune.IsWhiteSpace(rune) || Scripts.DrawsNothing(rune) || FamilyOf(rune) is not null;

    /// <summary>The family that sets <paramref name="rune"/>, or null when none of the chain has it.</summary>
    public static FontFamily? FamilyOf(Rune rune) => Known.GetOrAdd(rune.Value, static value =>
    {
        foreach (var family in BundledFonts.Chain)
        {
            if (Has(family, false, value) && Has(family, true, value)) return family;
        }
        return null;
    });

    private static bool Has(FontFamily family, bool bold, int codePoint)
    {
        using var font = SkiaFonts.CreateFont(family, bold, 16);
        return font.ContainsGlyph(codePoint);
    }
}
